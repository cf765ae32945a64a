package org.learningstore.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.assessment.AnswerKey;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.QuestionKind;
import org.learningstore.core.assessment.QuestionOption;
import org.learningstore.core.assessment.ShowAnswers;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.CourseOutline;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.LessonKind;
import org.learningstore.core.catalog.Level;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.catalog.SkillDetails;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.imports.CourseImport;
import org.learningstore.core.imports.CourseImportOptions;
import org.learningstore.core.imports.ImportedCourse;

/**
 * The course import, on every backend: the same courses built call by call and imported read back
 * the same through the public reads (rows, positions, statistics, audit entries); a bad row is
 * refused by name with nothing of its batch written; a batch costs the statements the table gives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CourseImportContract {
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final List<QuestionOption> OPTIONS = List.of(QuestionOption.of("a", "Alpha"), QuestionOption.of("b", "Beta"),
            QuestionOption.of("c", "Gamma"));

    protected final MutableClock clock = new MutableClock(Instant.parse("2030-03-02T08:00:00.123456Z"));
    protected final CountingStatements statements = new CountingStatements();
    protected LearningStore store;
    private UUID skill;

    /** The kit that nests this group: it opens the backend's store. */
    protected abstract StoreCompatibilityKit kit();

    @BeforeAll
    void openStore() {
        store = kit().openStore(new StoreOptions(clock, statements));
        skill = store.catalog().createSkill(SkillDetails.of(CatalogContract.slug("course-import-skill")), null).id();
    }

    @AfterAll
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void importedCoursesReadBackAsTheSameCoursesBuiltCallByCall() {
        List<CourseImport> byCalls = catalog();
        List<CourseImport> imported = catalog();
        List<UUID> built = byCalls.stream().map(this::buildByCalls).toList();
        List<Integer> batchSizes = new ArrayList<>();
        List<ImportedCourse> ids = store.imports().importCourses(imported,
                CourseImportOptions.defaults().withBatchSize(2).withListener((batches, committed) -> batchSizes.add(committed.size())));

        assertEquals(List.of(2, 1), batchSizes);
        assertEquals(3, ids.size());
        for (int c = 0; c < built.size(); c++) {
            assertEquals(describe(built.get(c), byCalls.get(c).details().slug()),
                    describe(ids.get(c).id(), imported.get(c).details().slug()), "course " + c);
            assertEquals(idsOf(ids.get(c).id()), ids.get(c), "the ids returned for course " + c);
        }
    }

    @Test
    void aBadRowIsNamedAndNothingOfItsBatchIsWritten() {
        List<CourseImport> courses = catalog();
        CourseImport second = courses.get(1);
        CourseImport.Lesson bad = new CourseImport.Lesson(LessonDetails.builder("Bad").content("[1, 2]").build(), List.of(), List.of());
        CourseImport broken = new CourseImport(second.details(), second.status(), List.of(new CourseImport.Module(
                ModuleDetails.of("Only"), List.of(lesson("Fine", List.of()), bad))), List.of());
        List<Integer> committed = new ArrayList<>();
        List<CourseImport> rows = List.of(courses.get(0), broken, courses.get(2));

        var error = assertThrows(InvalidInputException.class, () -> store.imports().importCourses(rows,
                CourseImportOptions.defaults().withBatchSize(1).withListener((batches, done) -> committed.add(batches))));

        assertEquals("courses[1].modules[0].lessons[1].details.content", error.field());
        assertEquals(List.of(1), committed);
        assertEquals(true, store.catalog().findCourseBySlug(courses.get(0).details().slug()).isPresent());
        assertEquals(Optional.empty(), store.catalog().findCourseBySlug(second.details().slug()));
        assertEquals(Optional.empty(), store.catalog().findCourseBySlug(courses.get(2).details().slug()));
    }

    @Test
    void eachBadFieldIsNamedFromTheFirstCourseOn() {
        CourseImport good = catalog().get(0);
        UUID unknown = UUID.randomUUID();
        assertInvalid("courses[0].modules[1]", List.of(new CourseImport(good.details(), CourseStatus.DRAFT,
                Arrays.asList(good.modules().get(0), null), List.of())));
        assertInvalid("courses[0].status", List.of(new CourseImport(good.details(), null, List.of(), List.of())));
        assertInvalid("courses[1].modules[0].lessons[0].skillIds[0]", List.of(catalog().get(1), new CourseImport(good.details(),
                CourseStatus.DRAFT, List.of(new CourseImport.Module(ModuleDetails.of("M"), List.of(lesson("L", List.of(unknown))))),
                List.of())));
        assertInvalid("courses[0].assessments[0].questions[1].skillId", List.of(new CourseImport(good.details(),
                CourseStatus.DRAFT, List.of(), List.of(new CourseImport.Assessment(
                        AssessmentDetails.builder(AssessmentKind.EXAM, "E").build(),
                        List.of(QuestionDetails.trueFalse("T?", true), QuestionDetails.trueFalse("F?", false).withSkill(unknown)))))));
        assertInvalid("courses[0].modules[0].lessons[0].details.metadata", List.of(new CourseImport(good.details(),
                CourseStatus.DRAFT, List.of(new CourseImport.Module(ModuleDetails.of("M"), List.of(new CourseImport.Lesson(
                        LessonDetails.builder("L").metadata("\"text\"").build(), List.of(), List.of())))), List.of())));
        var batchSize = assertThrows(InvalidInputException.class, () -> store.imports().importCourses(List.of(good),
                CourseImportOptions.defaults().withBatchSize(0)));
        assertEquals("batchSize", batchSize.field());
        assertEquals(Optional.empty(), store.catalog().findCourseBySlug(good.details().slug()));
    }

    @Test
    void aSlugTakenByAStoredCourseOrAnEarlierRowIsAConflictOnThatRow() {
        List<CourseImport> courses = catalog();
        CourseImport first = courses.get(0);
        CourseImport twin = new CourseImport(first.details(), CourseStatus.DRAFT, List.of(), List.of());

        var inImport = assertThrows(ConflictException.class, () -> store.imports().importCourses(List.of(first, courses.get(1), twin)));
        assertEquals("courses[2].details.slug", inImport.field());
        assertEquals(Optional.empty(), store.catalog().findCourseBySlug(first.details().slug()));

        store.imports().importCourses(List.of(first));
        var stored = assertThrows(ConflictException.class, () -> store.imports().importCourses(List.of(courses.get(1), twin)));
        assertEquals("courses[1].details.slug", stored.field());
        assertEquals(Optional.empty(), store.catalog().findCourseBySlug(courses.get(1).details().slug()));
    }

    @Test
    void aBatchCostsTheStatementsTheTableGives() {
        kit().expected("course import, one course of 2 modules, 3 lessons, 3 assessments, 6 questions")
                .assertMatches(statements.count(() -> store.imports().importCourses(List.of(catalog().get(0)))));
        kit().expected("course import, three courses in one batch")
                .assertMatches(statements.count(() -> store.imports().importCourses(catalog())));
    }

    private void assertInvalid(String field, List<CourseImport> rows) {
        var error = assertThrows(InvalidInputException.class, () -> store.imports().importCourses(rows));
        assertEquals(field, error.field());
    }

    /**
     * Three new courses: a published one with tags, two modules (the second unpublished), lessons
     * with content, metadata and a skill, lesson quizzes of every question kind and a timed course
     * exam; a draft one with an empty module; an archived one with no module.
     */
    private List<CourseImport> catalog() {
        var quiz = new CourseImport.Assessment(AssessmentDetails.builder(AssessmentKind.QUIZ, "Quiz one").passingScore(60)
                .partialCredit(true).build(), List.of(
                QuestionDetails.singleChoice("Which one?", OPTIONS, "b").withPoints(2),
                QuestionDetails.multipleChoice("Which ones?", OPTIONS, "a", "c").withDifficulty(4).withExplanation("A and C"),
                QuestionDetails.trueFalse("True?", true).withSkill(skill)));
        var practice = new CourseImport.Assessment(AssessmentDetails.builder(AssessmentKind.PRACTICE, "Practice").build(), List.of(
                QuestionDetails.shortText("Say it", "it", "It"),
                new QuestionDetails(QuestionKind.NUMERIC, "How many?", List.of(), new AnswerKey.Number(3.5, 0.25), null, 5, 2, skill)));
        var exam = new CourseImport.Assessment(AssessmentDetails.builder(AssessmentKind.EXAM, "Exam").passingScore(50).maxAttempts(2)
                .timeLimit(Duration.ofMinutes(30)).showAnswers(ShowAnswers.NEVER).randomizeQuestions(true).build(),
                List.of(QuestionDetails.trueFalse("Done?", false)));
        var rich = new CourseImport.Lesson(LessonDetails.builder("Rich lesson").kind(LessonKind.INTERACTIVE)
                .content("{\"blocks\": [1, 2]}").metadata("{\"source\": \"import\"}").estimatedMinutes(12).freePreview(true)
                .learningObjectives(List.of("know", "do")).resources(List.of("https://example.org/r")).description("Rich").build(),
                List.of(skill, skill), List.of(quiz, practice));
        CourseImport published = new CourseImport(CourseDetails.builder(CatalogContract.slug("course-import"), "Imported one")
                .description("First").discipline("mathematics").difficulty(Level.ADVANCED).estimatedMinutes(90).featured(true)
                .maxStudents(30).tags("algebra", "sql").prerequisites(List.of("none")).learningObjectives(List.of("count"))
                .thumbnailUrl("https://example.org/t.png").build(), CourseStatus.PUBLISHED, List.of(
                new CourseImport.Module(ModuleDetails.builder("Basics").description("B").estimatedMinutes(40).build(),
                        List.of(rich, lesson("Plain", List.of()))),
                new CourseImport.Module(ModuleDetails.of("Later").withPublished(false), List.of(lesson("Last", List.of(skill))))),
                List.of(exam));
        CourseImport draft = new CourseImport(CourseDetails.builder(CatalogContract.slug("course-import"), "Imported two").build(),
                CourseStatus.DRAFT, List.of(new CourseImport.Module(ModuleDetails.of("Empty"), List.of())), List.of());
        CourseImport archived = new CourseImport(CourseDetails.builder(CatalogContract.slug("course-import"), "Imported three")
                .tags("ux").build(), CourseStatus.ARCHIVED, List.of(), List.of());
        return List.of(published, draft, archived);
    }

    private static CourseImport.Lesson lesson(String title, List<UUID> skills) {
        return new CourseImport.Lesson(LessonDetails.builder(title).build(), skills, List.of());
    }

    /** The course made through the authoring calls, in the order the import documents. */
    private UUID buildByCalls(CourseImport row) {
        var catalog = store.catalog();
        Course course = catalog.createCourse(row.details());
        for (CourseImport.Module moduleRow : row.modules()) {
            CourseModule module = catalog.addModule(course.id(), moduleRow.details());
            for (CourseImport.Lesson lessonRow : moduleRow.lessons()) {
                Lesson lesson = catalog.addLesson(module.id(), lessonRow.details());
                lessonRow.skillIds().forEach(id -> catalog.linkSkill(lesson.id(), id));
                lessonRow.assessments().forEach(a -> addQuestions(store.assessments().createLessonAssessment(lesson.id(), a.details()), a));
            }
        }
        row.assessments().forEach(a -> addQuestions(store.assessments().createCourseAssessment(course.id(), a.details()), a));
        if (row.status() == CourseStatus.PUBLISHED) {
            catalog.publishCourse(course.id());
        } else if (row.status() == CourseStatus.ARCHIVED) {
            catalog.archiveCourse(course.id());
        }
        return course.id();
    }

    private void addQuestions(Assessment assessment, CourseImport.Assessment row) {
        row.questions().forEach(question -> store.assessments().addQuestion(assessment.id(), question));
    }

    /**
     * Everything the public reads give about the course, its parts and their audit entries, with
     * each id replaced by the order it first appears in and the slug by a placeholder.
     */
    private String describe(UUID courseId, String slug) {
        List<Object> parts = new ArrayList<>();
        parts.add(store.catalog().findCourse(courseId).orElseThrow());
        parts.add(store.audit().history("course", courseId));
        CourseOutline outline = store.catalog().outline(courseId).orElseThrow();
        parts.add(outline);
        for (CourseOutline.ModuleOutline module : outline.modules()) {
            parts.add(store.audit().history("module", module.module().id()));
            for (CourseOutline.LessonOutline lesson : module.lessons()) {
                parts.add(store.audit().history("lesson", lesson.lesson().id()));
            }
        }
        for (Assessment assessment : store.assessments().assessmentsOfCourse(courseId)) {
            parts.add(assessment);
            parts.add(store.audit().history("assessment", assessment.id()));
            for (Question question : store.assessments().questions(assessment.id())) {
                parts.add(question);
                parts.add(store.assessments().questionStats(question.id()));
                parts.add(store.audit().history("question", question.id()));
            }
        }
        Map<String, String> labels = new HashMap<>();
        Matcher ids = UUID_TEXT.matcher(parts.toString().replace(slug, "SLUG"));
        var described = new StringBuilder();
        while (ids.find()) {
            ids.appendReplacement(described, labels.computeIfAbsent(ids.group(), id -> "id" + labels.size()));
        }
        return ids.appendTail(described).toString();
    }

    /** The ids of the course's parts as the store reads them back, in the shape the import returns. */
    private ImportedCourse idsOf(UUID courseId) {
        CourseOutline outline = store.catalog().outline(courseId).orElseThrow();
        List<Assessment> assessments = store.assessments().assessmentsOfCourse(courseId);
        List<ImportedCourse.Module> modules = outline.modules().stream().map(module -> new ImportedCourse.Module(module.module().id(),
                module.lessons().stream().map(lesson -> new ImportedCourse.Lesson(lesson.lesson().id(),
                        assessmentIds(assessments.stream().filter(a -> lesson.lesson().id().equals(a.lessonId())).toList()))).toList()))
                .toList();
        return new ImportedCourse(courseId, modules, assessmentIds(assessments.stream().filter(a -> a.lessonId() == null).toList()));
    }

    private List<ImportedCourse.Assessment> assessmentIds(List<Assessment> assessments) {
        return assessments.stream().map(a -> new ImportedCourse.Assessment(a.id(),
                store.assessments().questions(a.id()).stream().map(Question::id).toList())).toList();
    }
}
