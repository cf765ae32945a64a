package org.learningstore.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StatementListener;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.QuestionView;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.catalog.Skill;
import org.learningstore.core.catalog.SkillDetails;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.progress.StudyMode;
import org.learningstore.core.progress.StudyScope;
import org.learningstore.core.progress.StudySession;

/**
 * The next study questions over random histories, against the study order worked out here from
 * what the test did: a backend that picks them in its query must pick and order exactly as the
 * documented order does (never answered first, then last answered wrong, then the rest; within
 * each, the oldest last answer first; then the scope's order), whatever the history.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StudyOrderContract {
    private static final int QUESTIONS_PER_ASSESSMENT = 6;
    private static final int EVENTS = 24;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-01T10:00:00Z"));
    private LearningStore store;

    /** The kit that nests this group: it opens the backend's store. */
    protected abstract StoreCompatibilityKit kit();

    @BeforeAll
    void openStore() {
        store = kit().openStore(new StoreOptions(clock, StatementListener.NONE));
    }

    @AfterAll
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    /** What the test knows of one question: its place in the scope's order and its last graded answer. */
    private static final class Known {
        final Question question;
        final int scopeOrder;
        final boolean inSkill;
        Instant lastAt;
        Boolean lastCorrect;

        Known(Question question, int scopeOrder, boolean inSkill) {
            this.question = question;
            this.scopeOrder = scopeOrder;
            this.inSkill = inSkill;
        }

        int priority() {
            return lastAt == null ? 0 : lastCorrect ? 2 : 1;
        }
    }

    private static final Comparator<Known> STUDY_ORDER = Comparator.comparingInt(Known::priority)
            .thenComparing(k -> k.lastAt == null ? Instant.MIN : k.lastAt)
            .thenComparingInt(k -> k.scopeOrder);

    @Test
    void theNextStudyQuestionsFollowTheStudyOrderOverRandomHistories() {
        for (long seed : new long[] {11, 23, 37}) {
            followTheStudyOrder(seed);
        }
    }

    private void followTheStudyOrder(long seed) {
        Random random = new Random(seed);
        Skill skill = store.catalog().createSkill(SkillDetails.of("Order " + CatalogContract.word()), null);
        Course course = publishedCourse();
        List<Assessment> quizzes = new ArrayList<>();
        List<Known> known = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            clock.advance(Duration.ofMinutes(1));
            Assessment quiz = store.assessments().createCourseAssessment(course.id(),
                    AssessmentDetails.builder(AssessmentKind.QUIZ, "Quiz " + a).build());
            quizzes.add(quiz);
            for (int q = 0; q < QUESTIONS_PER_ASSESSMENT; q++) {
                boolean inSkill = random.nextBoolean();
                QuestionDetails details = QuestionDetails.trueFalse("q" + a + "." + q, true).withDifficulty(1 + random.nextInt(5));
                Question question = store.assessments().addQuestion(quiz.id(), inSkill ? details.withSkill(skill.id()) : details);
                known.add(new Known(question, known.size(), inSkill));
            }
        }
        Learner learner = store.learners().createAnonymous();
        Learner other = store.learners().createAnonymous();
        Map<UUID, Known> byId = new HashMap<>();
        known.forEach(k -> byId.put(k.question.id(), k));
        StudySession practice = store.progress().startStudySession(learner.id(), StudyScope.course(course.id()), StudyMode.PRACTICE, 1, 5);
        StudySession othersPractice = store.progress().startStudySession(other.id(), StudyScope.course(course.id()), StudyMode.PRACTICE, 1, 5);
        // a quiz with an attempt left open takes no further attempt
        List<Assessment> attemptable = new ArrayList<>(quizzes);
        for (int event = 0; event < EVENTS; event++) {
            switch (attemptable.isEmpty() ? 3 * random.nextInt(2) : random.nextInt(4)) {
                case 0 -> {
                    Known question = known.get(random.nextInt(known.size()));
                    boolean truth = random.nextBoolean();
                    Instant at = clock.advance(Duration.ofSeconds(1 + random.nextInt(60)));
                    store.progress().answerPractice(practice.id(), question.question.id(), new Response.Truth(truth), null);
                    question.lastAt = at;
                    question.lastCorrect = truth;
                }
                case 1, 2 -> {
                    Assessment quiz = attemptable.get(random.nextInt(attemptable.size()));
                    boolean submitted = random.nextInt(4) > 0;
                    Attempt attempt = store.assessments().startAttempt(quiz.id(), learner.id());
                    Map<Known, Instant> answered = new HashMap<>();
                    Map<Known, Boolean> given = new HashMap<>();
                    for (Known question : known) {
                        if (question.question.assessmentId().equals(quiz.id()) && random.nextInt(3) > 0) {
                            boolean truth = random.nextBoolean();
                            answered.put(question, clock.advance(Duration.ofSeconds(1 + random.nextInt(60))));
                            given.put(question, truth);
                            store.assessments().answer(attempt.id(), question.question.id(), new Response.Truth(truth), Duration.ofSeconds(5));
                        }
                    }
                    clock.advance(Duration.ofSeconds(1));
                    if (submitted) {
                        store.assessments().submitAttempt(attempt.id());
                        answered.forEach((question, at) -> {
                            question.lastAt = at;
                            question.lastCorrect = given.get(question);
                        });
                    } else {
                        attemptable.remove(quiz);
                    }
                }
                default -> {
                    Known question = known.get(random.nextInt(known.size()));
                    clock.advance(Duration.ofSeconds(1));
                    store.progress().answerPractice(othersPractice.id(), question.question.id(), new Response.Truth(random.nextBoolean()), null);
                }
            }
        }

        int min = 1 + random.nextInt(3);
        int max = min + random.nextInt(6 - min);
        StudySession byCourse = store.progress().startStudySession(learner.id(), StudyScope.course(course.id()), StudyMode.REVIEW, min, max);
        List<Known> inRange = known.stream().filter(k -> k.question.details().difficulty() >= min && k.question.details().difficulty() <= max).toList();
        assertStudyOrder(seed, byCourse, inRange);
        Assessment one = quizzes.get(random.nextInt(quizzes.size()));
        StudySession byAssessment = store.progress().startStudySession(learner.id(), StudyScope.assessment(one.id()), StudyMode.REVIEW, min, max);
        assertStudyOrder(seed, byAssessment, inRange.stream().filter(k -> k.question.assessmentId().equals(one.id())).toList());
        StudySession bySkill = store.progress().startStudySession(learner.id(), StudyScope.skills(List.of(skill.id())), StudyMode.REVIEW, min, max);
        assertStudyOrder(seed, bySkill, inRange.stream().filter(k -> k.inSkill).toList());
    }

    private void assertStudyOrder(long seed, StudySession session, List<Known> scope) {
        List<UUID> expected = scope.stream().sorted(STUDY_ORDER).map(k -> k.question.id()).toList();
        for (int count : new int[] {1, 3, expected.size() / 2 + 1, expected.size() + 2}) {
            List<UUID> next = store.progress().nextQuestions(session.id(), count).stream().map(QuestionView::id).toList();
            assertEquals(expected.subList(0, Math.min(count, expected.size())), next, "the first " + count + " of " + session.scope() + ", seed " + seed);
        }
    }

    private Course publishedCourse() {
        Course course = store.catalog().createCourse(CourseDetails.builder(CatalogContract.slug("order"), "Order " + CatalogContract.word()).build());
        CourseModule module = store.catalog().addModule(course.id(), ModuleDetails.of("Only"));
        store.catalog().addLesson(module.id(), LessonDetails.builder("Only").build());
        return store.catalog().publishCourse(course.id());
    }
}
