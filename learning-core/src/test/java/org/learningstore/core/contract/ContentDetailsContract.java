package org.learningstore.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.assessment.Answer;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.Assessments;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptView;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.assessment.ShowAnswers;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.audit.AuditEntry;
import org.learningstore.core.catalog.Catalog;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.CourseOutline;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonAssessment;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.catalog.Skill;
import org.learningstore.core.catalog.SkillDetails;
import org.learningstore.core.engagement.Achievement;
import org.learningstore.core.engagement.AchievementCriteria;
import org.learningstore.core.engagement.AchievementDetails;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.error.RuleViolationException;

/**
 * What the seeds asked for beside the main areas, on every backend: the host's metadata on skills,
 * lessons and attempts; feedback on graded attempts and answers; an audit entry for every content
 * change (overrides, questions shifted by a removal, achievement definitions); each lesson's
 * assessments in the course outline; and search over the text of lessons.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ContentDetailsContract {
    private static final String INSTRUCTOR = "instructor-7";
    private static final String FEEDBACK_BEFORE_GRADING = "attempt.feedback_before_grading";

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-09-01T10:00:00Z"));
    protected final CountingStatements statements = new CountingStatements();
    protected LearningStore store;
    protected Catalog catalog;
    protected Assessments assessments;
    /** The same store acting as an instructor, so audit entries name them. */
    protected Assessments instructed;

    /** The kit that nests this group: it opens the backend's store. */
    protected abstract StoreCompatibilityKit kit();

    @BeforeAll
    void openStore() {
        store = kit().openStore(new StoreOptions(clock, statements));
        catalog = store.catalog();
        assessments = store.assessments();
        instructed = store.actingAs(INSTRUCTOR).assessments();
    }

    @AfterAll
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private record Quiz(Course course, Lesson lesson, Assessment assessment, Question first, Question second) {
    }

    /** A course with one lesson and its two-question true/false quiz that never shows answers. */
    private Quiz quiz() {
        Course course = catalog.createCourse(CourseDetails.builder(CatalogContract.slug("gaps"), "Gaps " + CatalogContract.word()).build());
        Lesson lesson = catalog.addLesson(catalog.addModule(course.id(), ModuleDetails.of("Only")).id(),
                LessonDetails.builder("Only").build());
        Assessment assessment = assessments.createLessonAssessment(lesson.id(), AssessmentDetails
                .builder(AssessmentKind.QUIZ, "Check").showAnswers(ShowAnswers.NEVER).build());
        Question first = assessments.addQuestion(assessment.id(), QuestionDetails.trueFalse("One?", true));
        Question second = assessments.addQuestion(assessment.id(), QuestionDetails.trueFalse("Two?", false));
        return new Quiz(course, lesson, assessment, first, second);
    }

    private Instant tick() {
        return clock.advance(Duration.ofSeconds(1));
    }

    private static void assertAudited(AuditEntry entry, String entityType, UUID entityId, AuditAction action, String actor,
                                      Instant at) {
        assertEquals(List.of(entityType, entityId, action, actor, at),
                List.of(entry.entityType(), entry.entityId(), entry.action(), entry.actor(), entry.at()));
    }

    private AuditEntry lastEntry(String entityType, UUID entityId) {
        List<AuditEntry> history = store.audit().history(entityType, entityId);
        return history.get(history.size() - 1);
    }

    // ---------------------------------------------------------------- metadata

    @Test
    void metadataOnSkillsLessonsAndAttemptsReadsBackByteForByte() {
        Quiz quiz = quiz();
        CourseModule module = catalog.modules(quiz.course().id()).get(0);
        String edited = FreeFormJsonCases.KEPT.get(0) + " ";
        for (String kept : FreeFormJsonCases.KEPT) {
            Skill skill = catalog.createSkill(SkillDetails.of("Meta " + CatalogContract.word()).withMetadata(kept), null);
            Lesson lesson = catalog.addLesson(module.id(), LessonDetails.builder("Meta").metadata(kept).build());
            UUID learner = UUID.randomUUID();
            Attempt attempt = assessments.startAttempt(quiz.assessment().id(), learner, kept);

            assertEquals(kept, catalog.findSkill(skill.id()).orElseThrow().details().metadata());
            assertEquals(kept, catalog.findLesson(lesson.id()).orElseThrow().details().metadata());
            assertEquals(kept, assessments.attempts(quiz.assessment().id(), learner).get(0).metadata());
            assertEquals(kept, attempt.metadata());

            catalog.updateSkill(skill.id(), 1, skill.details().withMetadata(edited));
            catalog.updateLesson(lesson.id(), 1, lesson.details().toBuilder().metadata(edited).build());
            Attempt changed = assessments.updateAttemptMetadata(attempt.id(), edited);

            assertEquals(edited, catalog.findSkill(skill.id()).orElseThrow().details().metadata());
            assertEquals(edited, catalog.findLesson(lesson.id()).orElseThrow().details().metadata());
            assertEquals(List.of(changed), assessments.attempts(quiz.assessment().id(), learner));
            assertEquals(2, changed.version());
        }
    }

    @Test
    void metadataIsAnEmptyObjectUntilGivenAndSurvivesSubmission() {
        Quiz quiz = quiz();
        UUID learner = UUID.randomUUID();
        Skill skill = catalog.createSkill(SkillDetails.of("Plain " + CatalogContract.word()), null);

        Attempt attempt = assessments.startAttempt(quiz.assessment().id(), learner);
        assertEquals(List.of("{}", "{}", "{}"), List.of(skill.details().metadata(), quiz.lesson().details().metadata(),
                attempt.metadata()));
        assertEquals("{}", catalog.findSkill(skill.id()).orElseThrow().details().metadata());

        Attempt tagged = assessments.updateAttemptMetadata(attempt.id(), "{\"cohort\": \"b\"}");
        assertEquals(tagged, assessments.startAttempt(quiz.assessment().id(), learner, "{\"ignored\": true}"),
                "an attempt in progress is returned as it is");
        Attempt submitted = assessments.submitAttempt(attempt.id());
        assertEquals("{\"cohort\": \"b\"}", submitted.metadata());
        assertEquals(List.of(submitted), assessments.attempts(quiz.assessment().id(), learner));
    }

    @Test
    void refusedMetadataIsTheSameInvalidInputEverywhereAndWritesNothing() {
        Quiz quiz = quiz();
        CourseModule module = catalog.modules(quiz.course().id()).get(0);
        String name = "Refused " + CatalogContract.word();
        UUID learner = UUID.randomUUID();
        int max = LessonDetails.METADATA_MAX;

        FreeFormJsonCases.assertAllRefused("metadata", max,
                text -> () -> catalog.createSkill(SkillDetails.of(name).withMetadata(text), null));
        FreeFormJsonCases.assertAllRefused("metadata", max,
                text -> () -> catalog.addLesson(module.id(), LessonDetails.builder("L").metadata(text).build()));
        FreeFormJsonCases.assertAllRefused("metadata", max,
                text -> () -> assessments.startAttempt(quiz.assessment().id(), learner, text));
        assertEquals(List.of(), catalog.childSkills(null).stream().filter(s -> s.name().equals(name)).toList());
        assertEquals(List.of(quiz.lesson()), catalog.lessons(module.id()));
        assertEquals(List.of(), assessments.attempts(quiz.assessment().id(), learner));

        Skill skill = catalog.createSkill(SkillDetails.of(name), null);
        Attempt attempt = assessments.startAttempt(quiz.assessment().id(), learner);
        FreeFormJsonCases.assertAllRefused("metadata", max,
                text -> () -> catalog.updateSkill(skill.id(), 1, skill.details().withMetadata(text)));
        FreeFormJsonCases.assertAllRefused("metadata", max,
                text -> () -> catalog.updateLesson(quiz.lesson().id(), 1, quiz.lesson().details().toBuilder().metadata(text).build()));
        FreeFormJsonCases.assertAllRefused("metadata", max, text -> () -> assessments.updateAttemptMetadata(attempt.id(), text));
        assertEquals(Optional.of(skill), catalog.findSkill(skill.id()), "nothing was written");
        assertEquals(Optional.of(quiz.lesson()), catalog.findLesson(quiz.lesson().id()), "nothing was written");
        assertEquals(List.of(attempt), assessments.attempts(quiz.assessment().id(), learner), "nothing was written");
    }

    @Test
    void metadataChangesOfSkillsAndLessonsAreAudited() {
        Quiz quiz = quiz();
        Skill skill = catalog.createSkill(SkillDetails.of("Audited " + CatalogContract.word()), null);
        Instant at = tick();

        store.actingAs(INSTRUCTOR).catalog().updateSkill(skill.id(), 1, skill.details().withMetadata("{\"exam\": \"AI-900\"}"));
        store.actingAs(INSTRUCTOR).catalog().updateLesson(quiz.lesson().id(), 1,
                quiz.lesson().details().toBuilder().metadata("{\"source\": \"import\"}").build());

        AuditEntry skillEntry = lastEntry("skill", skill.id());
        AuditEntry lessonEntry = lastEntry("lesson", quiz.lesson().id());
        assertAudited(skillEntry, "skill", skill.id(), AuditAction.UPDATED, INSTRUCTOR, at);
        assertAudited(lessonEntry, "lesson", quiz.lesson().id(), AuditAction.UPDATED, INSTRUCTOR, at);
        assertTrue(skillEntry.after().contains("AI-900"), skillEntry.after());
        assertTrue(lessonEntry.after().contains("import"), lessonEntry.after());
    }

    // ---------------------------------------------------------------- feedback

    @Test
    void feedbackWaitsForTheGradeAndIsRefusedOnOpenOrAbandonedAttempts() {
        Quiz quiz = quiz();
        Attempt open = assessments.startAttempt(quiz.assessment().id(), UUID.randomUUID());
        assessments.answer(open.id(), quiz.first().id(), new Response.Truth(true), Duration.ofSeconds(3));

        assertEquals(FEEDBACK_BEFORE_GRADING, assertThrows(RuleViolationException.class,
                () -> instructed.giveFeedback(open.id(), "Too early")).rule());
        assertEquals(FEEDBACK_BEFORE_GRADING, assertThrows(RuleViolationException.class,
                () -> instructed.giveAnswerFeedback(open.id(), quiz.first().id(), "Too early")).rule());
        Attempt abandoned = assessments.abandonAttempt(open.id());
        assertEquals(FEEDBACK_BEFORE_GRADING, assertThrows(RuleViolationException.class,
                () -> instructed.giveFeedback(open.id(), "Abandoned")).rule());

        assertEquals(List.of(abandoned), assessments.attempts(quiz.assessment().id(), abandoned.learnerId()), "nothing was written");
        assertNull(assessments.viewAttempt(open.id()).items().get(0).answer().feedback());
        assertEquals(List.of(), store.audit().history("attempt", open.id()));
        assertEquals("attempt", assertThrows(NotFoundException.class,
                () -> instructed.giveFeedback(UUID.randomUUID(), "Nobody")).entity());
    }

    @Test
    void feedbackOnAGradedAttemptAndItsAnswersIsShownToTheLearnerAndAudited() {
        Quiz quiz = quiz();
        Attempt attempt = assessments.startAttempt(quiz.assessment().id(), UUID.randomUUID());
        assessments.answer(attempt.id(), quiz.first().id(), new Response.Truth(false), Duration.ofSeconds(3));
        Attempt graded = assessments.submitAttempt(attempt.id());
        Instant at = tick();

        Attempt withFeedback = instructed.giveFeedback(attempt.id(), "Review chapter 2 — 🎓");
        Answer answerFeedback = instructed.giveAnswerFeedback(attempt.id(), quiz.first().id(), "Think about the sign");

        assertEquals("Review chapter 2 — 🎓", withFeedback.feedback());
        assertEquals(graded.version() + 1, withFeedback.version());
        assertEquals("Think about the sign", answerFeedback.feedback());
        AttemptView view = assessments.viewAttempt(attempt.id());
        assertEquals("Review chapter 2 — 🎓", view.attempt().feedback());
        assertEquals(false, view.answersShown());
        Answer shown = view.items().get(0).answer();
        assertEquals(List.of("Think about the sign"), List.of(shown.feedback()));
        assertNull(shown.correct(), "the learner's view still hides correctness");
        assertNull(view.items().get(1).answer(), "the second question was not answered");
        assertEquals("answer", assertThrows(NotFoundException.class,
                () -> instructed.giveAnswerFeedback(attempt.id(), quiz.second().id(), "Unanswered")).entity());

        List<AuditEntry> history = store.audit().history("attempt", attempt.id());
        assertEquals(2, history.size());
        assertAudited(history.get(0), "attempt", attempt.id(), AuditAction.FEEDBACK_GIVEN, INSTRUCTOR, at);
        assertAudited(history.get(1), "attempt", attempt.id(), AuditAction.FEEDBACK_GIVEN, INSTRUCTOR, at);
        assertTrue(history.get(0).after().contains("Review chapter 2"), history.get(0).after());
        assertEquals(false, history.get(0).before().contains("Review"), history.get(0).before());
        assertTrue(history.get(1).after().contains(quiz.first().id().toString()), history.get(1).after());

        Attempt regraded = assessments.regradeAttempt(attempt.id());
        assertEquals("Review chapter 2 — 🎓", regraded.feedback(), "a regrade keeps the feedback");
        assertEquals("Think about the sign", assessments.viewAttempt(attempt.id()).items().get(0).answer().feedback());
        assertEquals(List.of(regraded), assessments.attempts(quiz.assessment().id(), attempt.learnerId()));

        Instant cleared = tick();
        Attempt withoutFeedback = instructed.giveFeedback(attempt.id(), null);
        assertNull(withoutFeedback.feedback());
        assertEquals(List.of(withoutFeedback), assessments.attempts(quiz.assessment().id(), attempt.learnerId()));
        assertAudited(lastEntry("attempt", attempt.id()), "attempt", attempt.id(), AuditAction.FEEDBACK_GIVEN, INSTRUCTOR, cleared);
        assertTrue(lastEntry("attempt", attempt.id()).before().contains("Review chapter 2"));
    }

    // ---------------------------------------------------------------- audit of every content change

    @Test
    void overridesAreAuditedWithWhatTheyReplaced() {
        Quiz quiz = quiz();
        UUID learner = UUID.randomUUID();
        Instant first = tick();
        instructed.grantOverride(quiz.assessment().id(), learner, 2, Duration.ofMinutes(5));
        Instant second = tick();
        instructed.grantOverride(quiz.assessment().id(), learner, 3, Duration.ZERO);

        List<AuditEntry> history = store.audit().history("assessment", quiz.assessment().id());
        assertEquals(List.of(AuditAction.CREATED, AuditAction.OVERRIDDEN, AuditAction.OVERRIDDEN),
                history.stream().map(AuditEntry::action).toList());
        assertAudited(history.get(1), "assessment", quiz.assessment().id(), AuditAction.OVERRIDDEN, INSTRUCTOR, first);
        assertAudited(history.get(2), "assessment", quiz.assessment().id(), AuditAction.OVERRIDDEN, INSTRUCTOR, second);
        assertNull(history.get(1).before());
        assertTrue(history.get(1).after().contains(learner.toString()), history.get(1).after());
        assertTrue(history.get(2).before().contains("PT5M"), history.get(2).before());
    }

    @Test
    void questionEditsAndTheShiftsARemovalCausesAreAudited() {
        Quiz quiz = quiz();
        Question third = assessments.addQuestion(quiz.assessment().id(), QuestionDetails.trueFalse("Three?", true));
        Instant edited = tick();
        instructed.updateQuestion(quiz.second().id(), 1, QuestionDetails.trueFalse("Two, reworded?", false));
        Instant removed = tick();
        instructed.removeQuestion(quiz.first().id());

        assertAudited(lastEntry("question", quiz.first().id()), "question", quiz.first().id(), AuditAction.REMOVED, INSTRUCTOR, removed);
        List<AuditEntry> second = store.audit().history("question", quiz.second().id());
        assertEquals(List.of(AuditAction.CREATED, AuditAction.UPDATED, AuditAction.MOVED),
                second.stream().map(AuditEntry::action).toList());
        assertAudited(second.get(1), "question", quiz.second().id(), AuditAction.UPDATED, INSTRUCTOR, edited);
        assertAudited(second.get(2), "question", quiz.second().id(), AuditAction.MOVED, INSTRUCTOR, removed);
        assertAudited(lastEntry("question", third.id()), "question", third.id(), AuditAction.MOVED, INSTRUCTOR, removed);
        assertEquals(List.of(2, 3, 1, 2), List.of(questionPosition(second.get(2).before()), questionPosition(lastEntry("question",
                third.id()).before()), questionPosition(second.get(2).after()), questionPosition(lastEntry("question", third.id()).after())));
    }

    private static int questionPosition(String snapshot) {
        var matcher = java.util.regex.Pattern.compile("\"position\":\\s*(\\d+)").matcher(snapshot);
        assertTrue(matcher.find(), snapshot);
        return Integer.parseInt(matcher.group(1));
    }

    @Test
    void achievementDefinitionsAreAudited() {
        var achievements = store.actingAs(INSTRUCTOR).engagement().achievements();
        Instant defined = tick();
        Achievement achievement = achievements.define(new AchievementDetails(CatalogContract.slug("audited"), "Audited", null,
                "badge", AchievementCriteria.of("lessons_completed", 3), 10, null));
        Instant updated = tick();
        achievements.update(achievement.id(), new AchievementDetails(achievement.details().code(), "Audited twice", null,
                "badge", AchievementCriteria.of("lessons_completed", 4), 10, null), 1);
        Instant off = tick();
        achievements.deactivate(achievement.id());
        Instant on = tick();
        achievements.activate(achievement.id());

        List<AuditEntry> history = store.audit().history("achievement", achievement.id());
        assertEquals(4, history.size());
        assertAudited(history.get(0), "achievement", achievement.id(), AuditAction.CREATED, INSTRUCTOR, defined);
        assertAudited(history.get(1), "achievement", achievement.id(), AuditAction.UPDATED, INSTRUCTOR, updated);
        assertAudited(history.get(2), "achievement", achievement.id(), AuditAction.DEACTIVATED, INSTRUCTOR, off);
        assertAudited(history.get(3), "achievement", achievement.id(), AuditAction.ACTIVATED, INSTRUCTOR, on);
        assertTrue(history.get(1).after().contains("Audited twice"), history.get(1).after());
    }

    // ---------------------------------------------------------------- outline

    @Test
    void theOutlineListsEachLessonsAssessmentsOldestFirst() {
        Quiz quiz = quiz();
        CourseModule module = catalog.modules(quiz.course().id()).get(0);
        Lesson bare = catalog.addLesson(module.id(), LessonDetails.builder("Bare").build());
        tick();
        Assessment exam = assessments.createLessonAssessment(quiz.lesson().id(),
                AssessmentDetails.builder(AssessmentKind.EXAM, "Final").build());
        assessments.createCourseAssessment(quiz.course().id(), AssessmentDetails.builder(AssessmentKind.TEST, "Course-wide").build());

        CourseOutline outline = catalog.outline(quiz.course().id()).orElseThrow();

        List<CourseOutline.LessonOutline> lessons = outline.modules().get(0).lessons();
        assertEquals(List.of(new LessonAssessment(quiz.assessment().id(), "Check", "quiz", 2),
                new LessonAssessment(exam.id(), "Final", "exam", 0)), lessons.get(0).assessments());
        assertEquals(bare, lessons.get(1).lesson());
        assertEquals(List.of(), lessons.get(1).assessments());
    }

    @Test
    void theOutlineWithAssessmentsTakesTheSameFixedNumberOfStatementsWhateverTheCourseSize() {
        Quiz small = quiz();
        Course large = catalog.createCourse(CourseDetails.builder(CatalogContract.slug("large"), "Large").build());
        for (int m = 0; m < 3; m++) {
            CourseModule module = catalog.addModule(large.id(), ModuleDetails.of("Module " + m));
            for (int l = 0; l < 4; l++) {
                Lesson lesson = catalog.addLesson(module.id(), LessonDetails.builder("Lesson " + l).build());
                for (int a = 0; a < 2; a++) {
                    Assessment assessment = assessments.createLessonAssessment(lesson.id(),
                            AssessmentDetails.builder(AssessmentKind.QUIZ, "Quiz " + a).build());
                    assessments.addQuestion(assessment.id(), QuestionDetails.trueFalse("Q", true));
                }
            }
        }

        var smallRun = statements.count(() -> catalog.outline(small.course().id()).orElseThrow());
        var largeRun = statements.count(() -> catalog.outline(large.id()).orElseThrow());

        assertEquals(24, largeRun.result().modules().stream().flatMap(m -> m.lessons().stream())
                .mapToInt(l -> l.assessments().size()).sum());
        assertEquals(smallRun.statements().size(), largeRun.statements().size(), "statements: " + largeRun.statements());
        kit().expected("course outline").assertMatches(smallRun);
        kit().expected("course outline").assertMatches(largeRun);
    }

    // ---------------------------------------------------------------- search over lesson text

    @Test
    void searchFindsTheStringsOfLessonContentNotItsKeysAndRanksItBelowTitles() {
        String word = CatalogContract.word();
        Course inTitle = catalog.createCourse(CourseDetails.builder(CatalogContract.slug("t"), "About " + word).build());
        Course inText = courseWithLesson("{\"blocks\": [{\"type\": \"paragraph\", \"text\": \"We study " + word
                + "s today.\"}, {\"type\": \"list\", \"items\": [\"one\", \"two\"]}]}");
        Course inKeyOnly = courseWithLesson("{\"" + word + "\": \"plain words\", \"n\": 42}");
        Course later = courseWithLesson("{\"text\": \"nothing yet\"}");

        assertEquals(List.of(inTitle.id(), inText.id()), searchIds(word));
        assertEquals(List.of(inText.id()), searchIds(word + " paragraph"), "a value is found, the key 'type' is not needed");
        assertEquals(List.of(), searchIds(word + " blocks"), "keys are not text");

        Lesson lesson = catalog.lessons(catalog.modules(later.id()).get(0).id()).get(0);
        catalog.updateLesson(lesson.id(), 1, lesson.details().toBuilder().content("{\"text\": \"Now about " + word + "\"}").build());
        List<UUID> hits = searchIds(word);
        assertEquals(3, hits.size(), "the edited lesson's text is found: " + hits);
        assertEquals(inTitle.id(), hits.get(0));
        // both match in lesson text alone; how their ranks compare depends on each backend's ranking
        assertEquals(Set.of(inText.id(), later.id()), Set.copyOf(hits.subList(1, 3)));
        assertEquals(false, hits.contains(inKeyOnly.id()));

        catalog.removeLesson(lesson.id());
        assertEquals(List.of(inTitle.id(), inText.id()), searchIds(word), "a removed lesson's text is gone");
    }

    private Course courseWithLesson(String content) {
        Course course = catalog.createCourse(CourseDetails.builder(CatalogContract.slug("c"), "Course " + CatalogContract.word()).build());
        catalog.addLesson(catalog.addModule(course.id(), ModuleDetails.of("M")).id(), LessonDetails.builder("Lesson").content(content).build());
        return course;
    }

    private List<UUID> searchIds(String text) {
        return catalog.searchCourses(text, 20).stream().map(hit -> hit.course().id()).toList();
    }
}
