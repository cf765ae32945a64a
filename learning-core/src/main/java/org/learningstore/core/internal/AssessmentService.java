package org.learningstore.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.learningstore.core.assessment.Answer;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentView;
import org.learningstore.core.assessment.Assessments;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptOverride;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.assessment.AttemptView;
import org.learningstore.core.assessment.GradedQuestion;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.QuestionStats;
import org.learningstore.core.assessment.QuestionView;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.assessment.Scorer;
import org.learningstore.core.assessment.ShowAnswers;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.error.RuleViolationException;
import org.learningstore.core.id.Ids;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.port.Attempts;
import org.learningstore.core.port.StoreBackend;
import org.learningstore.core.progress.MasteryRules;

/** The assessment rules: authoring, the attempt lifecycle, grading and what learners may see. */
public final class AssessmentService extends BackendService implements Assessments {
    private final MasteryRules masteryRules;

    public AssessmentService(StoreBackend store, Clock clock, Ids ids, String actor, MasteryRules masteryRules) {
        super(store, clock, ids, actor);
        this.masteryRules = masteryRules;
    }

    // authoring

    @Override
    public Assessment createCourseAssessment(UUID courseId, AssessmentDetails details) {
        Checks.required("details", details);
        return write(() -> insert(liveCourse(courseId).id(), null, details));
    }

    @Override
    public Assessment createLessonAssessment(UUID lessonId, AssessmentDetails details) {
        Checks.required("details", details);
        return write(() -> {
            Lesson lesson = store.lessons().find(Checks.required("lessonId", lessonId))
                    .orElseThrow(() -> new NotFoundException("lesson", lessonId));
            CourseModule module = store.modules().find(lesson.moduleId())
                    .orElseThrow(() -> new NotFoundException("module", lesson.moduleId()));
            return insert(liveCourse(module.courseId()).id(), lessonId, details);
        });
    }

    private Assessment insert(UUID courseId, UUID lessonId, AssessmentDetails details) {
        Instant now = now();
        var assessment = new Assessment(ids.next(), courseId, lessonId, details, 1, now, now);
        store.assessmentDefinitions().insert(assessment);
        audit("assessment", assessment.id(), AuditAction.CREATED, null, assessment);
        return assessment;
    }

    @Override
    public Assessment updateAssessment(UUID assessmentId, long expectedVersion, AssessmentDetails details) {
        Checks.required("details", details);
        return write(() -> {
            Assessment current = assessment(assessmentId);
            if (current.version() != expectedVersion) {
                throw ConflictException.staleVersion("assessment", assessmentId, expectedVersion, current.version());
            }
            var next = new Assessment(assessmentId, current.courseId(), current.lessonId(), details,
                    current.version() + 1, current.createdAt(), now());
            store.assessmentDefinitions().update(next, expectedVersion);
            audit("assessment", assessmentId, AuditAction.UPDATED, current, next);
            return next;
        });
    }

    @Override
    public Optional<Assessment> findAssessment(UUID assessmentId) {
        Checks.required("assessmentId", assessmentId);
        return read(() -> store.assessmentDefinitions().find(assessmentId));
    }

    @Override
    public List<Assessment> assessmentsOfCourse(UUID courseId) {
        Checks.required("courseId", courseId);
        return read(() -> store.assessmentDefinitions().listByCourse(courseId));
    }

    @Override
    public Question addQuestion(UUID assessmentId, QuestionDetails details) {
        Checks.required("details", details);
        return write(() -> {
            assessment(assessmentId);
            requireSkill(details);
            int position = store.assessmentDefinitions().questions(assessmentId).size() + 1;
            Instant now = now();
            var question = new Question(ids.next(), assessmentId, position, details, 1, now, now);
            store.assessmentDefinitions().insertQuestion(question);
            audit("question", question.id(), AuditAction.CREATED, null, question);
            return question;
        });
    }

    @Override
    public Question updateQuestion(UUID questionId, long expectedVersion, QuestionDetails details) {
        Checks.required("details", details);
        return write(() -> {
            Question current = question(questionId);
            if (current.version() != expectedVersion) {
                throw ConflictException.staleVersion("question", questionId, expectedVersion, current.version());
            }
            requireSkill(details);
            var next = new Question(questionId, current.assessmentId(), current.position(), details,
                    current.version() + 1, current.createdAt(), now());
            store.assessmentDefinitions().updateQuestion(next, expectedVersion);
            audit("question", questionId, AuditAction.UPDATED, current, next);
            return next;
        });
    }

    @Override
    public void removeQuestion(UUID questionId) {
        write(() -> {
            Question question = question(questionId);
            List<UUID> remaining = new ArrayList<>();
            for (Question other : store.assessmentDefinitions().questions(question.assessmentId())) {
                if (!other.id().equals(questionId)) {
                    remaining.add(other.id());
                }
            }
            store.assessmentDefinitions().deleteQuestion(questionId);
            if (question.position() <= remaining.size()) {
                store.assessmentDefinitions().repositionQuestions(question.assessmentId(), remaining);
            }
            audit("question", questionId, AuditAction.REMOVED, question, null);
            return null;
        });
    }

    @Override
    public List<Question> questions(UUID assessmentId) {
        Checks.required("assessmentId", assessmentId);
        return read(() -> store.assessmentDefinitions().questions(assessmentId));
    }

    @Override
    public QuestionStats questionStats(UUID questionId) {
        Checks.required("questionId", questionId);
        return read(() -> store.assessmentDefinitions().stats(questionId))
                .orElseThrow(() -> new NotFoundException("question", questionId));
    }

    @Override
    public AttemptOverride grantOverride(UUID assessmentId, UUID learnerId, int extraAttempts, Duration extraTime) {
        var override = new AttemptOverride(assessmentId, learnerId, extraAttempts, extraTime);
        return write(() -> {
            assessment(assessmentId);
            store.assessmentDefinitions().saveOverride(override);
            return override;
        });
    }

    // taking

    @Override
    public AssessmentView viewAssessment(UUID assessmentId, UUID learnerId) {
        Checks.required("learnerId", learnerId);
        return read(() -> {
            Assessment assessment = assessment(assessmentId);
            List<Attempt> attempts = store.attempts().list(assessmentId, learnerId);
            boolean shown = answersShown(assessment.details().showAnswers(),
                    attempts.stream().anyMatch(AssessmentService::graded),
                    attempts.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed())));
            List<QuestionView> views = new ArrayList<>();
            for (Question question : store.assessmentDefinitions().questions(assessmentId)) {
                views.add(QuestionView.of(question, views.size() + 1, shown));
            }
            return new AssessmentView(assessment, views, shown);
        });
    }

    @Override
    public Attempt startAttempt(UUID assessmentId, UUID learnerId) {
        Checks.required("assessmentId", assessmentId);
        Checks.required("learnerId", learnerId);
        return write(() -> {
            Instant now = now();
            Attempts.StartContext context = store.attempts().startContext(assessmentId, learnerId);
            Assessment assessment = context.assessment().orElseThrow(() -> new NotFoundException("assessment", assessmentId));
            Optional<Attempt> open = context.attempts().stream().filter(a -> !a.closed()).findFirst();
            if (open.isPresent() && !overdue(open.get(), now)) {
                return open.get();
            }
            Optional<AttemptOverride> override = context.override();
            Integer allowed = assessment.details().maxAttempts() == null ? null
                    : assessment.details().maxAttempts() + override.map(AttemptOverride::extraAttempts).orElse(0);
            int used = context.attempts().size();
            if (allowed != null && used >= allowed) {
                throw new RuleViolationException("attempt.max_attempts",
                        "learner " + learnerId + " has used all " + allowed + " attempts at assessment " + assessmentId);
            }
            if (open.isPresent()) {
                grade(store.attempts().gradingContext(open.get().id()).orElseThrow(), AttemptStatus.EXPIRED, open.get().deadline());
            }
            List<UUID> order = new ArrayList<>(context.questionIds());
            if (assessment.details().randomizeQuestions()) {
                Collections.shuffle(order, ThreadLocalRandom.current());
            }
            Duration limit = assessment.details().timeLimit();
            Instant deadline = limit == null ? null
                    : now.plus(limit).plus(override.map(AttemptOverride::extraTime).orElse(Duration.ZERO));
            var attempt = new Attempt(ids.next(), assessmentId, learnerId, used + 1, AttemptStatus.IN_PROGRESS, now,
                    deadline, null, null, null, null, null, null, order, 1);
            store.attempts().insert(attempt);
            return attempt;
        });
    }

    @Override
    public Answer answer(UUID attemptId, UUID questionId, Response response, Duration timeSpent) {
        Checks.required("questionId", questionId);
        Checks.required("response", response);
        Duration spent = timeSpent == null ? Duration.ZERO : timeSpent;
        if (spent.isNegative() || spent.toDays() > 1) {
            throw new InvalidInputException("timeSpent", "must be between 0 and 24 hours");
        }
        return write(() -> {
            Instant now = now();
            Attempts.AttemptContext context = context(attemptId);
            Attempt attempt = context.attempt();
            requireOpen(attempt, now);
            Question question = context.questions().stream().filter(q -> q.id().equals(questionId)).findFirst()
                    .orElseThrow(() -> store.assessmentDefinitions().findQuestion(questionId).isPresent()
                            ? new InvalidInputException("questionId", "belongs to another assessment than the attempt")
                            : new NotFoundException("question", questionId));
            question.details().requireFits(response);
            var answer = new Answer(attemptId, questionId, response, null, null, now,
                    Duration.ofMillis(spent.toMillis()));
            store.attempts().touch(attemptId, attempt.version());
            store.attempts().saveAnswer(answer);
            return answer;
        });
    }

    @Override
    public Attempt submitAttempt(UUID attemptId) {
        Checks.required("attemptId", attemptId);
        return write(() -> {
            Instant now = now();
            Attempts.GradingContext grading = store.attempts().gradingContext(attemptId)
                    .orElseThrow(() -> new NotFoundException("attempt", attemptId));
            Attempt attempt = grading.attempt().attempt();
            if (graded(attempt)) {
                return attempt;
            }
            if (attempt.status() == AttemptStatus.ABANDONED) {
                throw new RuleViolationException("attempt.abandoned", "attempt " + attemptId + " was abandoned");
            }
            return overdue(attempt, now)
                    ? grade(grading, AttemptStatus.EXPIRED, attempt.deadline())
                    : grade(grading, AttemptStatus.SUBMITTED, now);
        });
    }

    @Override
    public Attempt abandonAttempt(UUID attemptId) {
        return write(() -> {
            Attempt attempt = context(attemptId).attempt();
            if (attempt.status() == AttemptStatus.ABANDONED) {
                return attempt;
            }
            if (attempt.closed()) {
                throw new RuleViolationException("attempt.closed", "attempt " + attemptId + " is already " + attempt.status().code());
            }
            var abandoned = new Attempt(attempt.id(), attempt.assessmentId(), attempt.learnerId(), attempt.number(),
                    AttemptStatus.ABANDONED, attempt.startedAt(), attempt.deadline(), now(), null, null, null, null, null,
                    attempt.questionOrder(), attempt.version() + 1);
            store.attempts().save(abandoned, attempt.version(), List.of(), List.of());
            return abandoned;
        });
    }

    @Override
    public int expireOverdueAttempts(int limit) {
        Checks.range("limit", limit, 1, 10_000);
        Instant now = now();
        int expired = 0;
        for (UUID attemptId : read(() -> store.attempts().overdue(now, limit))) {
            boolean closedHere = write(() -> {
                Optional<Attempts.GradingContext> grading = store.attempts().gradingContext(attemptId);
                Attempt attempt = grading.map(g -> g.attempt().attempt()).orElse(null);
                if (attempt == null || attempt.closed() || !overdue(attempt, now)) {
                    return false;
                }
                grade(grading.get(), AttemptStatus.EXPIRED, attempt.deadline());
                return true;
            });
            expired += closedHere ? 1 : 0;
        }
        return expired;
    }

    @Override
    public Attempt regradeAttempt(UUID attemptId) {
        return write(() -> {
            Attempts.AttemptContext context = context(attemptId);
            Attempt attempt = context.attempt();
            if (!graded(attempt)) {
                throw new RuleViolationException("attempt.not_graded", "attempt " + attemptId + " has no grade to redo");
            }
            return grade(context, attempt.status(), attempt.submittedAt(), true, LearnerProgress.NONE);
        });
    }

    @Override
    public AttemptView viewAttempt(UUID attemptId) {
        return read(() -> {
            Attempts.AttemptContext context = context(attemptId);
            Attempt attempt = context.attempt();
            boolean shown = answersShown(context.assessment().details().showAnswers(), graded(attempt),
                    context.learnerHasPassed());
            Map<UUID, Answer> answers = new HashMap<>();
            context.answers().forEach(answer -> answers.put(answer.questionId(), answer));
            Map<UUID, GradedQuestion> gradedAgainst = new HashMap<>();
            context.gradedAgainst().forEach(graded -> gradedAgainst.put(graded.questionId(), graded));
            List<AttemptView.Item> items = new ArrayList<>();
            for (Question question : inAttemptOrder(context)) {
                GradedQuestion graded = gradedAgainst.get(question.id());
                Question asGraded = graded == null ? question : new Question(question.id(), question.assessmentId(),
                        question.position(), question.details().withAnswerKey(graded.answerKey()).withPoints(graded.points()),
                        question.version(), question.createdAt(), question.updatedAt());
                Answer answer = answers.get(question.id());
                if (answer != null && !shown) {
                    answer = new Answer(answer.attemptId(), answer.questionId(), answer.response(), null, null,
                            answer.answeredAt(), answer.timeSpent());
                }
                items.add(new AttemptView.Item(QuestionView.of(asGraded, items.size() + 1, shown), answer));
            }
            return new AttemptView(attempt, items, shown);
        });
    }

    @Override
    public List<Attempt> attempts(UUID assessmentId, UUID learnerId) {
        Checks.required("assessmentId", assessmentId);
        Checks.required("learnerId", learnerId);
        return read(() -> store.attempts().list(assessmentId, learnerId));
    }

    // grading

    /**
     * Grades the attempt's questions (as they are now) against its saved answers and closes it
     * with {@code status} at {@code closedAt}; a regrade keeps the score it replaces and leaves
     * question statistics alone, since they counted these answers once already.
     */
    private Attempt grade(Attempts.GradingContext grading, AttemptStatus status, Instant closedAt) {
        Attempts.AttemptContext context = grading.attempt();
        boolean anySkill = inAttemptOrder(context).stream().anyMatch(q -> q.details().skillId() != null);
        return grade(context, status, closedAt, false, LearnerProgress.of(store, masteryRules, context.attempt(),
                context.assessment().lessonId(), anySkill, grading.progress()));
    }

    private Attempt grade(Attempts.AttemptContext context, AttemptStatus status, Instant closedAt, boolean regrade,
                          LearnerProgress progress) {
        Attempt attempt = context.attempt();
        AssessmentDetails rules = context.assessment().details();
        List<Question> questions = inAttemptOrder(context);
        List<GradedQuestion> gradedAgainst = questions.stream().map(GradedQuestion::of).toList();
        Map<UUID, Response> responses = new HashMap<>();
        Map<UUID, Duration> times = new HashMap<>();
        for (Answer answer : context.answers()) {
            responses.put(answer.questionId(), answer.response());
            times.put(answer.questionId(), answer.timeSpent());
        }
        Scorer.Result result = Scorer.grade(gradedAgainst, responses, rules.partialCredit(), rules.passingScore());
        var graded = new Attempt(attempt.id(), attempt.assessmentId(), attempt.learnerId(), attempt.number(), status,
                attempt.startedAt(), attempt.deadline(), closedAt, result.score(), result.maxScore(), result.percent(),
                result.passed(), regrade ? attempt.score() : null, attempt.questionOrder(), attempt.version() + 1);
        store.attempts().save(graded, attempt.version(), gradedAgainst, result.questions());
        if (!regrade && !result.questions().isEmpty()) {
            store.attempts().addToStats(result.questions().stream()
                    .map(r -> new Attempts.StatsDelta(r.questionId(), 1, r.correct() ? 1 : 0, times.get(r.questionId())))
                    .toList());
        }
        Map<UUID, UUID> skillOf = new HashMap<>();
        questions.forEach(q -> skillOf.put(q.id(), q.details().skillId()));
        progress.record(graded, result.questions(), skillOf, closedAt);
        return graded;
    }

    /** The assessment's current questions that the attempt was given, in the attempt's order. */
    private static List<Question> inAttemptOrder(Attempts.AttemptContext context) {
        Map<UUID, Question> byId = new HashMap<>();
        context.questions().forEach(question -> byId.put(question.id(), question));
        List<Question> ordered = new ArrayList<>();
        for (UUID id : context.attempt().questionOrder()) {
            Question question = byId.get(id);
            if (question != null) {
                ordered.add(question);
            }
        }
        return ordered;
    }

    private static boolean answersShown(ShowAnswers rule, boolean graded, boolean passed) {
        return switch (rule) {
            case NEVER -> false;
            case AFTER_SUBMIT -> graded;
            case AFTER_PASS -> passed;
        };
    }

    private static boolean graded(Attempt attempt) {
        return attempt.status() == AttemptStatus.SUBMITTED || attempt.status() == AttemptStatus.EXPIRED;
    }

    private static boolean overdue(Attempt attempt, Instant now) {
        return attempt.deadline() != null && now.isAfter(attempt.deadline());
    }

    private static void requireOpen(Attempt attempt, Instant now) {
        if (attempt.closed()) {
            throw new RuleViolationException("attempt.closed", "attempt " + attempt.id() + " is " + attempt.status().code());
        }
        if (overdue(attempt, now)) {
            throw new RuleViolationException("attempt.deadline_passed", "attempt " + attempt.id() + " passed its deadline "
                    + attempt.deadline());
        }
    }

    // lookups

    private Attempts.AttemptContext context(UUID attemptId) {
        Checks.required("attemptId", attemptId);
        return store.attempts().context(attemptId).orElseThrow(() -> new NotFoundException("attempt", attemptId));
    }

    private Course liveCourse(UUID courseId) {
        Checks.required("courseId", courseId);
        return store.courses().find(courseId).filter(course -> !course.deleted())
                .orElseThrow(() -> new NotFoundException("course", courseId));
    }

    private Assessment assessment(UUID id) {
        Checks.required("assessmentId", id);
        return store.assessmentDefinitions().find(id).orElseThrow(() -> new NotFoundException("assessment", id));
    }

    private Question question(UUID id) {
        Checks.required("questionId", id);
        return store.assessmentDefinitions().findQuestion(id).orElseThrow(() -> new NotFoundException("question", id));
    }

    private void requireSkill(QuestionDetails details) {
        if (details.skillId() != null && store.skills().find(details.skillId()).isEmpty()) {
            throw new NotFoundException("skill", details.skillId());
        }
    }
}
