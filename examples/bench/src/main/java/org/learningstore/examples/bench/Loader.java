package org.learningstore.examples.bench;

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
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.Level;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.id.Ids;
import org.learningstore.core.imports.ImportOptions;
import org.learningstore.core.imports.LearnerHistory;
import org.learningstore.core.progress.Progress;
import org.learningstore.examples.bench.DataSet.LoadedCourse;
import org.learningstore.examples.bench.DataSet.LoadedLearner;
import org.learningstore.examples.bench.DataSet.QuizLesson;
import org.learningstore.examples.bench.DataSet.QuizQuestion;

/**
 * Loads WORKLOAD.md's data set through the public API: the catalog with a quiz per lesson, then
 * the learners, each enrolled in three courses with a history of submitted quiz attempts. Every
 * course and every learner draws from its own seeded {@link Random}, so the data does not depend
 * on how many threads load it.
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

    /** The catalog through the catalog API; the learners through the bulk import, or {@code byCalls} call by call. */
    DataSet load(int learnerCount, boolean byCalls) {
        LoadedCourse[] courses = new LoadedCourse[COURSES];
        Workers.forEach(COURSES, threads, i -> courses[i] = courseInOneTransaction
                ? store.inTransaction(inOne -> createCourse(inOne, i, random("course", i)))
                : createCourse(store, i, random("course", i)));
        List<LoadedCourse> catalog = List.of(courses);
        LoadedLearner[] learners = new LoadedLearner[learnerCount];
        if (byCalls) {
            Workers.forEach(learnerCount, threads, i -> learners[i] = createLearner(catalog, random("learner", i)));
        } else {
            importLearners(catalog, learners);
        }
        return new DataSet(catalog, List.of(learners));
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
        var report = store.imports().importHistories(drawn, ImportOptions.defaults().withBatchSize(batchSize));
        System.err.printf("histories import: %d learners, %d answers in %.1f s, CPU %.1f s%n", report.learners(),
                report.answers(), (System.nanoTime() - start) / 1e9, (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
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
        Level level = LEVELS[index % LEVELS.length];
        String number = String.format("%02d", index + 1);
        Course course = catalog.createCourse(CourseDetails.builder("course-" + number, "Course " + number)
                .description("Benchmark course " + number)
                .discipline(DISCIPLINES[index % DISCIPLINES.length])
                .difficulty(level)
                .tags(TAGS[index % TAGS.length], TAGS[(index + 3) % TAGS.length])
                .build());
        List<QuizLesson> lessons = new ArrayList<>();
        for (int m = 1; m <= MODULES_PER_COURSE; m++) {
            CourseModule module = catalog.addModule(course.id(), ModuleDetails.of("Module " + m));
            for (int l = 1; l <= LESSONS_PER_MODULE; l++) {
                Lesson lesson = catalog.addLesson(module.id(), LessonDetails.builder("Lesson " + m + "." + l).build());
                lessons.add(createQuiz(store.assessments(), lesson, random));
            }
        }
        catalog.publishCourse(course.id());
        return new LoadedCourse(course.id(), level, lessons);
    }

    private static QuizLesson createQuiz(Assessments assessments, Lesson lesson, Random random) {
        Assessment quiz = assessments.createLessonAssessment(lesson.id(),
                AssessmentDetails.builder(AssessmentKind.QUIZ, "Quiz: " + lesson.title()).passingScore(QuizTaker.PASSING_PERCENT).build());
        List<QuestionOption> options = QuizTaker.OPTION_KEYS.stream()
                .map(key -> QuestionOption.of(key, "Option " + key)).toList();
        List<QuizQuestion> questions = new ArrayList<>();
        for (int q = 1; q <= QUESTIONS_PER_QUIZ; q++) {
            String correct = DataSet.pick(QuizTaker.OPTION_KEYS, random);
            Question question = assessments.addQuestion(quiz.id(),
                    QuestionDetails.singleChoice("Question " + q + " of " + lesson.title(), options, correct)
                            .withDifficulty(1 + random.nextInt(5)));
            questions.add(new QuizQuestion(question.id(), correct));
        }
        return new QuizLesson(lesson.id(), quiz.id(), questions);
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
