package org.learningstore.examples.bench;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.learningstore.core.LearningStore;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.catalog.Level;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.StudyMode;
import org.learningstore.core.progress.StudyScope;
import org.learningstore.core.progress.StudySession;
import org.learningstore.examples.bench.DataSet.LoadedCourse;
import org.learningstore.examples.bench.DataSet.LoadedLearner;
import org.learningstore.examples.bench.DataSet.QuizLesson;

/** WORKLOAD.md's operations O1-O5, each checking that its answer has the expected shape. */
final class Operations {
    private static final int PAGE_SIZE = 10;
    private static final int STUDY_QUESTIONS = 20;

    private final LearningStore store;
    private final DataSet data;

    Operations(LearningStore store, DataSet data) {
        this.store = store;
        this.data = data;
    }

    /** O1, as WORKLOAD.md asks: a random course, its modules and lessons in order (its table of contents). */
    Operation contents() {
        return random -> {
            var contents = store.catalog().contents(DataSet.pick(data.courses(), random).id()).orElseThrow();
            expect(contents.modules().size() == Loader.MODULES_PER_COURSE
                    && contents.modules().get(0).lessons().size() == Loader.LESSONS_PER_MODULE, "contents of every module and lesson");
        };
    }

    /** O1 in full: a random course's outline, every lesson's details, skills and assessments with it. */
    Operation outline() {
        return random -> {
            var outline = store.catalog().outline(DataSet.pick(data.courses(), random).id()).orElseThrow();
            expect(outline.modules().size() == Loader.MODULES_PER_COURSE, "an outline of every module");
        };
    }

    /** O2: a random learner's dashboard, first page. */
    Operation dashboard() {
        return random -> {
            var page = store.progress().dashboard(DataSet.pick(data.learners(), random).id(), PageRequest.ofSize(PAGE_SIZE));
            expect(page.content().size() == Loader.ENROLLMENTS_PER_LEARNER, "a dashboard entry per enrollment");
        };
    }

    /**
     * O3: one of the learner's enrollments, read for its current lesson (the course's last lesson
     * once the course is completed), and a quiz attempt on that lesson, submitted. Concurrent
     * submitters are given disjoint {@code learners}, as two tabs of one learner would share an attempt.
     */
    Operation submit(List<LoadedLearner> learners) {
        return submit(learners, (lesson, learner, random) -> QuizTaker.take(store.assessments(), lesson, learner, random));
    }

    /** O3 with the answers carried by one {@code submitWithAnswers} call: 2 calls in all. */
    Operation submitInOneCall(List<LoadedLearner> learners) {
        return submit(learners, (lesson, learner, random) -> QuizTaker.takeInOneCall(store.assessments(), lesson, learner, random));
    }

    private interface Taker {
        Attempt take(QuizLesson lesson, UUID learnerId, Random random);
    }

    private Operation submit(List<LoadedLearner> learners, Taker taker) {
        return random -> {
            LoadedLearner learner = DataSet.pick(learners, random);
            LoadedCourse course = data.course(DataSet.pick(learner.courseIds(), random));
            Enrollment enrollment = store.progress().enrollment(learner.id(), course.id()).orElseThrow();
            Attempt attempt = taker.take(course.lessonToTake(enrollment.currentLessonId(), data), learner.id(), random);
            expect(attempt.status() == AttemptStatus.SUBMITTED, "a submitted attempt");
        };
    }

    /** O4: page 1 of the published courses of a random difficulty, by title. */
    Operation catalogPage() {
        return random -> {
            Level level = DataSet.pick(List.of(Level.values()), random);
            var page = store.catalog().listCourses(
                    CourseQuery.all().withStatus(CourseStatus.PUBLISHED).withDifficulty(level), PageRequest.ofSize(PAGE_SIZE));
            expect(!page.content().isEmpty() && page.content().stream().allMatch(c -> c.details().difficulty() == level),
                    "courses of the difficulty asked");
        };
    }

    /** O5: a study session over one of a random learner's courses, difficulty 2-4, and its first 20 questions. */
    Operation study() {
        return random -> {
            LoadedLearner learner = DataSet.pick(data.learners(), random);
            UUID course = DataSet.pick(learner.courseIds(), random);
            StudySession session = store.progress().startStudySession(learner.id(), StudyScope.course(course),
                    StudyMode.PRACTICE, 2, 4);
            expect(store.progress().nextQuestions(session.id(), STUDY_QUESTIONS).size() == STUDY_QUESTIONS,
                    STUDY_QUESTIONS + " study questions");
        };
    }

    static void expect(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("the store did not return " + what);
        }
    }
}
