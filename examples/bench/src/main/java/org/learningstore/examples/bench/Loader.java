package org.learningstore.examples.bench;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.learningstore.core.LearningStore;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.Assessments;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.QuestionOption;
import org.learningstore.core.catalog.Catalog;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.Level;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.id.Ids;
import org.learningstore.core.imports.CourseImport;
import org.learningstore.core.imports.ImportListener;
import org.learningstore.core.imports.ImportOptions;
import org.learningstore.core.imports.ImportedCourse;
import org.learningstore.core.imports.LearnerHistory;
import org.learningstore.core.progress.Progress;
import org.learningstore.examples.bench.DataSet.LoadedCourse;
import org.learningstore.examples.bench.DataSet.LoadedLearner;
import org.learningstore.examples.bench.DataSet.QuizLesson;
import org.learningstore.examples.bench.DataSet.QuizQuestion;

/**
 * Loads WORKLOAD.md's data set through the public API: the catalog with a quiz per lesson, then
 * the learners, each enrolled in three courses with a history of submitted quiz attempts; both
 * through the bulk imports, or call by call. Every course and every learner draws from its own
 * seeded {@link Random}, so the data does not depend on how many threads load it.
 */
final class Loader {
    static final int COURSES = 20;
    static final int MODULES_PER_COURSE = 6;
    static final int LESSONS_PER_MODULE = 8;
    static final int QUESTIONS_PER_QUIZ = 10;
    static final int LEARNERS_AT_SF1 = 2_000;
    static final int ENROLLMENTS_PER_LEARNER = 3;
    private static final Level[] LEVELS = {Level.BEGINNER, Level.INTERMEDIATE, Level.ADVANCED};
    private static final String[] DISCIPLINES = {"data-science", "web-development", "mathematics", "languages", "design"};
    private static final String[] TAGS = {"python", "sql", "statistics", "javascript", "algebra", "grammar", "ux", "career"};

    /** How long ago the imported histories start (each event one second after the one before). */
    private static final Duration HISTORY_AGE = Duration.ofDays(30);

    private final LearningStore store;
    private final long seed;
    private final int threads;
    private final int batchSize;
    private final boolean courseInOneTransaction;
    private final AtomicLong attempts = new AtomicLong();
    private double catalogSeconds;
    private double catalogCpuSeconds;

    /** {@code courseInOneTransaction}: each course's calls as one transaction ({@code inTransaction}), where the backend can. */
    Loader(LearningStore store, long seed, int threads, int batchSize, boolean courseInOneTransaction) {
        this.store = store;
        this.seed = seed;
        this.threads = threads;
        this.batchSize = batchSize;
        this.courseInOneTransaction = courseInOneTransaction;
    }

    static int learnerCount(double scaleFactor) {
        return Math.max(1, (int) Math.round(LEARNERS_AT_SF1 * scaleFactor));
    }

    /** The catalog and the learners through the bulk imports, or {@code byCalls} call by call. */
    DataSet load(int learnerCount, boolean byCalls) {
        long catalogStart = System.nanoTime();
        double cpuStart = processCpuSeconds();
        List<LoadedCourse> catalog = byCalls ? createCatalog() : importCatalog();
        catalogSeconds = (System.nanoTime() - catalogStart) / 1e9;
        catalogCpuSeconds = processCpuSeconds() - cpuStart;
        LoadedLearner[] learners = new LoadedLearner[learnerCount];
        if (byCalls) {
            Workers.forEach(learnerCount, threads, i -> learners[i] = createLearner(catalog, random("learner", i)));
        } else {
            importLearners(catalog, learners);
        }
        return new DataSet(catalog, List.of(learners));
    }

    private List<LoadedCourse> createCatalog() {
        LoadedCourse[] courses = new LoadedCourse[COURSES];
        Workers.forEach(COURSES, threads, i -> courses[i] = courseInOneTransaction
                ? store.inTransaction(inOne -> createCourse(inOne, i, random("course", i)))
                : createCourse(store, i, random("course", i)));
        return List.of(courses);
    }

    /** The same courses as {@link #createCatalog}, drawn alike, in one course import. */
    private List<LoadedCourse> importCatalog() {
        List<List<List<DrawnQuestion>>> drawn = new ArrayList<>();
        List<CourseImport> rows = new ArrayList<>();
        for (int i = 0; i < COURSES; i++) {
            Random random = random("course", i);
            List<List<DrawnQuestion>> quizzes = new ArrayList<>();
            List<CourseImport.Module> modules = new ArrayList<>();
            for (int m = 1; m <= MODULES_PER_COURSE; m++) {
                List<CourseImport.Lesson> lessons = new ArrayList<>();
                for (int l = 1; l <= LESSONS_PER_MODULE; l++) {
                    LessonDetails lesson = lessonDetails(m, l);
                    List<DrawnQuestion> questions = drawQuestions(lesson.title(), random);
                    quizzes.add(questions);
                    lessons.add(new CourseImport.Lesson(lesson, List.of(), List.of(new CourseImport.Assessment(
                            quizDetails(lesson.title()), questions.stream().map(DrawnQuestion::details).toList()))));
                }
                modules.add(new CourseImport.Module(ModuleDetails.of("Module " + m), lessons));
            }
            drawn.add(quizzes);
            rows.add(new CourseImport(courseDetails(i), CourseStatus.PUBLISHED, modules, List.of()));
        }
        List<ImportedCourse> imported = store.imports().importCourses(rows);
        List<LoadedCourse> catalog = new ArrayList<>();
        for (int i = 0; i < COURSES; i++) {
            List<QuizLesson> lessons = new ArrayList<>();
            List<ImportedCourse.Lesson> importedLessons = imported.get(i).modules().stream()
                    .flatMap(module -> module.lessons().stream()).toList();
            for (int l = 0; l < importedLessons.size(); l++) {
                ImportedCourse.Assessment quiz = importedLessons.get(l).assessments().get(0);
                List<DrawnQuestion> questions = drawn.get(i).get(l);
                lessons.add(new QuizLesson(importedLessons.get(l).id(), quiz.id(), IntStream.range(0, questions.size())
                        .mapToObj(q -> new QuizQuestion(quiz.questionIds().get(q), questions.get(q).correctKey())).toList()));
            }
            catalog.add(new LoadedCourse(imported.get(i).id(), LEVELS[i % LEVELS.length], lessons));
        }
        return catalog;
    }

    /** One history at a time, drawn as the import asks for it, so memory holds one batch. */
    private void importLearners(List<LoadedCourse> catalog, LoadedLearner[] learners) {
        var histories = new LearnerHistories(catalog, new Ids(Clock.systemUTC()),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(HISTORY_AGE));
        Iterable<LearnerHistory> drawn = () -> IntStream.range(0, learners.length).mapToObj(i -> {
            LearnerHistories.Drawn learner = histories.draw(random("learner", i));
            learners[i] = learner.learner();
            attempts.addAndGet(learner.attempts());
            return learner.history();
        }).iterator();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        double processCpuStart = processCpuSeconds();
        var report = store.imports().importHistories(drawn, ImportOptions.defaults().withBatchSize(batchSize)
                .withListener(progressEveryTenth(learners.length, start)));
        System.err.printf("histories import: %d learners, %d answers in %.1f s, CPU %.1f s (process %.1f s)%n",
                report.learners(), report.answers(), (System.nanoTime() - start) / 1e9,
                (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9, processCpuSeconds() - processCpuStart);
    }

    /** A line on standard error each time another tenth of the learners is committed: a long load shows where it is. */
    private static ImportListener progressEveryTenth(int learners, long start) {
        long step = Math.max(1, learners / 10);
        long[] next = {step};
        return committed -> {
            if (committed.learners() >= next[0] || committed.learners() == learners) {
                next[0] = (committed.learners() / step + 1) * step;
                System.err.printf("histories: %d of %d learners, %d answers, %.1f s%n", committed.learners(), learners,
                        committed.answers(), (System.nanoTime() - start) / 1e9);
            }
        };
    }

    /** How long the catalog took, of the whole load. */
    double catalogSeconds() {
        return catalogSeconds;
    }

    /** The CPU time the process spent while the catalog loaded (all its threads, the JIT's and GC's too). */
    double catalogCpuSeconds() {
        return catalogCpuSeconds;
    }

    static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** History attempts submitted, one per completed lesson, each of {@value #QUESTIONS_PER_QUIZ} answers. */
    long attempts() {
        return attempts.get();
    }

    private Random random(String kind, int index) {
        return new Random(Objects.hash(seed, kind, index));
    }

    private static LoadedCourse createCourse(LearningStore store, int index, Random random) {
        Catalog catalog = store.catalog();
        Course course = catalog.createCourse(courseDetails(index));
        List<QuizLesson> lessons = new ArrayList<>();
        for (int m = 1; m <= MODULES_PER_COURSE; m++) {
            CourseModule module = catalog.addModule(course.id(), ModuleDetails.of("Module " + m));
            for (int l = 1; l <= LESSONS_PER_MODULE; l++) {
                Lesson lesson = catalog.addLesson(module.id(), lessonDetails(m, l));
                lessons.add(createQuiz(store.assessments(), lesson, random));
            }
        }
        catalog.publishCourse(course.id());
        return new LoadedCourse(course.id(), LEVELS[index % LEVELS.length], lessons);
    }

    private static CourseDetails courseDetails(int index) {
        String number = String.format("%02d", index + 1);
        return CourseDetails.builder("course-" + number, "Course " + number)
                .description("Benchmark course " + number)
                .discipline(DISCIPLINES[index % DISCIPLINES.length])
                .difficulty(LEVELS[index % LEVELS.length])
                .tags(TAGS[index % TAGS.length], TAGS[(index + 3) % TAGS.length])
                .build();
    }

    private static LessonDetails lessonDetails(int module, int lesson) {
        return LessonDetails.builder("Lesson " + module + "." + lesson).build();
    }

    private static AssessmentDetails quizDetails(String lessonTitle) {
        return AssessmentDetails.builder(AssessmentKind.QUIZ, "Quiz: " + lessonTitle).passingScore(QuizTaker.PASSING_PERCENT).build();
    }

    private static QuizLesson createQuiz(Assessments assessments, Lesson lesson, Random random) {
        Assessment quiz = assessments.createLessonAssessment(lesson.id(), quizDetails(lesson.title()));
        List<QuizQuestion> questions = new ArrayList<>();
        for (DrawnQuestion drawn : drawQuestions(lesson.title(), random)) {
            Question question = assessments.addQuestion(quiz.id(), drawn.details());
            questions.add(new QuizQuestion(question.id(), drawn.correctKey()));
        }
        return new QuizLesson(lesson.id(), quiz.id(), questions);
    }

    /** A quiz question and its correct option. */
    private record DrawnQuestion(QuestionDetails details, String correctKey) {
    }

    private static List<DrawnQuestion> drawQuestions(String lessonTitle, Random random) {
        List<QuestionOption> options = QuizTaker.OPTION_KEYS.stream()
                .map(key -> QuestionOption.of(key, "Option " + key)).toList();
        List<DrawnQuestion> questions = new ArrayList<>();
        for (int q = 1; q <= QUESTIONS_PER_QUIZ; q++) {
            String correct = DataSet.pick(QuizTaker.OPTION_KEYS, random);
            questions.add(new DrawnQuestion(QuestionDetails.singleChoice("Question " + q + " of " + lessonTitle, options, correct)
                    .withDifficulty(1 + random.nextInt(5)), correct));
        }
        return questions;
    }

    /** A learner enrolled in three distinct courses, each with its first k lessons completed (k uniform in 0..48). */
    private LoadedLearner createLearner(List<LoadedCourse> catalog, Random random) {
        Progress progress = store.progress();
        UUID learner = store.learners().createAnonymous().id();
        List<Integer> order = new ArrayList<>(IntStream.range(0, catalog.size()).boxed().toList());
        Collections.shuffle(order, random);
        List<UUID> enrolled = new ArrayList<>();
        for (int c : order.subList(0, ENROLLMENTS_PER_LEARNER)) {
            LoadedCourse course = catalog.get(c);
            progress.enroll(learner, course.id());
            enrolled.add(course.id());
            int completed = random.nextInt(course.lessons().size() + 1);
            for (QuizLesson lesson : course.lessons().subList(0, completed)) {
                Attempt attempt = QuizTaker.take(store.assessments(), lesson, learner, random);
                if (!Boolean.TRUE.equals(attempt.passed())) {
                    progress.completeLesson(learner, lesson.lessonId());
                }
            }
            attempts.addAndGet(completed);
        }
        return new LoadedLearner(learner, enrolled);
    }
}
