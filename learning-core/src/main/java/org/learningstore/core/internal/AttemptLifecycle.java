package org.learningstore.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.learningstore.core.assessment.Answer;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptOverride;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.assessment.GivenAnswer;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.error.RuleViolationException;
import org.learningstore.core.id.Ids;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.port.AssessmentDefinitions;
import org.learningstore.core.port.Attempts;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.internal.work.UnitsOfWork;

/** An attempt from start to close: starting, answering, submitting, abandoning, expiring, regrading. */
public final class AttemptLifecycle {
    private final UnitsOfWork units;
    private final Ids ids;
    private final Attempts attempts;
    private final AssessmentDefinitions definitions;
    private final AttemptGrader grader;
    private final JsonCodec json;

    public AttemptLifecycle(UnitsOfWork units, Ids ids, Attempts attempts, AssessmentDefinitions definitions,
                            AttemptGrader grader, JsonCodec json) {
        this.json = json;
        this.units = units;
        this.ids = ids;
        this.attempts = attempts;
        this.definitions = definitions;
        this.grader = grader;
    }

    Attempt startAttempt(UUID assessmentId, UUID learnerId, String metadata) {
        Checks.required("assessmentId", assessmentId);
        Checks.required("learnerId", learnerId);
        AttemptAnnotations.requireMetadata(metadata, json);
        return units.write(() -> {
            Instant now = units.now();
            Attempts.StartContext context = attempts.startContext(assessmentId, learnerId);
            Assessment assessment = context.assessment().orElseThrow(() -> new NotFoundException("assessment", assessmentId));
            Optional<Attempt> open = context.attempts().open();
            if (open.isPresent() && !overdue(open.get(), now)) {
                return open.get();
            }
            int used = requireAttemptLeft(context.attempts().count(), context.override(), assessment, learnerId);
            open.ifPresent(overdue -> expire(overdue, now));
            Attempt attempt = next(context.questionIds(), context.override(), assessment, learnerId, used, now, metadata);
            attempts.insert(attempt);
            return attempt;
        });
    }

    /**
     * One call, one unit: the start's rules on what {@link Attempts#submissionContext} read, the
     * answers checked against its questions, then the attempt graded in memory and written with
     * its answers after the grading's reads. An open attempt past its deadline is expired in a
     * unit of its own first (after the answers are checked and the start is allowed), and the
     * call then runs again on what that left.
     */
    Attempt submitWithAnswers(UUID assessmentId, UUID learnerId, List<GivenAnswer> answers) {
        Checks.required("assessmentId", assessmentId);
        Checks.required("learnerId", learnerId);
        List<GivenAnswer> given = GivenAnswers.checked(answers);
        return units.write(() -> takeOrExpire(assessmentId, learnerId, given))
                .orElseGet(() -> units.write(() -> takeOrExpire(assessmentId, learnerId, given))
                        .orElseThrow(() -> new ConflictException("attempts at assessment " + assessmentId
                                + " changed concurrently")));
    }

    /** The graded attempt; or empty after expiring the learner's overdue attempt in progress. */
    private Optional<Attempt> takeOrExpire(UUID assessmentId, UUID learnerId, List<GivenAnswer> given) {
        Instant now = units.now();
        Attempts.SubmissionContext context = attempts.submissionContext(assessmentId, learnerId);
        Assessment assessment = context.assessment().orElseThrow(() -> new NotFoundException("assessment", assessmentId));
        GivenAnswers.requireFit(given, context.questions(), id -> definitions.findQuestion(id).isPresent());
        Optional<Attempt> open = context.attempts().open();
        if (open.isPresent() && !overdue(open.get(), now)) {
            Attempt attempt = open.get();
            List<Answer> answers = GivenAnswers.toAttempt(given, attempt.id(), now);
            var touched = new Attempt(attempt.id(), attempt.assessmentId(), attempt.learnerId(), attempt.number(),
                    attempt.status(), attempt.startedAt(), attempt.deadline(), null, null, null, null, null, null,
                    attempt.questionOrder(), attempt.version() + 1, attempt.metadata(), attempt.feedback());
            return Optional.of(grade(context, assessment, touched, GivenAnswers.over(context.openAnswers(), answers), now, outcome -> {
                attempts.touch(attempt.id(), attempt.version());
                attempts.saveAnswers(answers);
                grader.save(outcome);
            }));
        }
        int used = requireAttemptLeft(context.attempts().count(), context.override(), assessment, learnerId);
        if (open.isPresent()) {
            expire(open.get(), now);
            return Optional.empty();
        }
        Attempt attempt = next(context.questions().stream().map(Question::id).toList(), context.override(), assessment,
                learnerId, used, now, null);
        List<Answer> answers = GivenAnswers.toAttempt(given, attempt.id(), now);
        return Optional.of(grade(context, assessment, attempt, answers, now, outcome -> attempts.insertGraded(attempt, answers,
                outcome.graded(), outcome.gradedAgainst(), outcome.answerGrades())));
    }

    private Attempt grade(Attempts.SubmissionContext context, Assessment assessment, Attempt attempt, List<Answer> answers,
                          Instant now, Consumer<Grading.Outcome> saveAttempt) {
        var grading = new Attempts.GradingContext(new Attempts.AttemptContext(attempt, assessment, context.questions(),
                answers, List.of(), context.attempts().passedOnce()), context.progress());
        return grader.close(grading, AttemptStatus.SUBMITTED, now, now, saveAttempt);
    }

    /** The number of attempts {@code used}; refused when none is left. */
    private static int requireAttemptLeft(int used, Optional<AttemptOverride> override, Assessment assessment,
                                          UUID learnerId) {
        Integer allowed = assessment.details().maxAttempts() == null ? null
                : assessment.details().maxAttempts() + override.map(AttemptOverride::extraAttempts).orElse(0);
        if (allowed != null && used >= allowed) {
            throw new RuleViolationException("attempt.max_attempts",
                    "learner " + learnerId + " has used all " + allowed + " attempts at assessment " + assessment.id());
        }
        return used;
    }

    private void expire(Attempt overdue, Instant now) {
        grader.close(attempts.gradingContext(overdue.id()).orElseThrow(), AttemptStatus.EXPIRED, overdue.deadline(), now);
    }

    /**
     * The learner's next attempt, in progress from {@code now}, its questions shuffled if the
     * assessment says so, with the host's {@code metadata} (null for none).
     */
    private Attempt next(List<UUID> questionIds, Optional<AttemptOverride> override, Assessment assessment, UUID learnerId,
                         int used, Instant now, String metadata) {
        List<UUID> order = new ArrayList<>(questionIds);
        if (assessment.details().randomizeQuestions()) {
            Collections.shuffle(order, ThreadLocalRandom.current());
        }
        Duration limit = assessment.details().timeLimit();
        Instant deadline = limit == null ? null
                : now.plus(limit).plus(override.map(AttemptOverride::extraTime).orElse(Duration.ZERO));
        return new Attempt(ids.next(), assessment.id(), learnerId, used + 1, AttemptStatus.IN_PROGRESS, now,
                deadline, null, null, null, null, null, null, order, 1, metadata, null);
    }

    Answer answer(UUID attemptId, UUID questionId, Response response, Duration timeSpent) {
        Checks.required("questionId", questionId);
        Checks.required("response", response);
        Duration spent = Checks.duration("timeSpent", timeSpent == null ? Duration.ZERO : timeSpent, Checks.MAX_TIME_SPENT);
        return units.write(() -> {
            Instant now = units.now();
            Attempts.AttemptContext context = context(attempts, attemptId);
            Attempt attempt = context.attempt();
            requireOpen(attempt, now);
            Question question = context.questions().stream().filter(q -> q.id().equals(questionId)).findFirst()
                    .orElseThrow(() -> definitions.findQuestion(questionId).isPresent()
                            ? new InvalidInputException("questionId", "belongs to another assessment than the attempt")
                            : new NotFoundException("question", questionId));
            question.details().requireFits(response);
            var answer = new Answer(attemptId, questionId, response, null, null, now,
                    Duration.ofMillis(spent.toMillis()), null);
            attempts.touch(attemptId, attempt.version());
            attempts.saveAnswer(answer);
            return answer;
        });
    }

    Attempt submitAttempt(UUID attemptId) {
        Checks.required("attemptId", attemptId);
        return units.write(() -> {
            Instant now = units.now();
            Attempts.GradingContext grading = attempts.gradingContext(attemptId)
                    .orElseThrow(() -> new NotFoundException("attempt", attemptId));
            Attempt attempt = grading.attempt().attempt();
            if (Grading.isGraded(attempt)) {
                return attempt;
            }
            if (attempt.status() == AttemptStatus.ABANDONED) {
                throw new RuleViolationException("attempt.abandoned", "attempt " + attemptId + " was abandoned");
            }
            return overdue(attempt, now)
                    ? grader.close(grading, AttemptStatus.EXPIRED, attempt.deadline(), now)
                    : grader.close(grading, AttemptStatus.SUBMITTED, now, now);
        });
    }

    Attempt abandonAttempt(UUID attemptId) {
        return units.write(() -> {
            Attempt attempt = context(attempts, attemptId).attempt();
            if (attempt.status() == AttemptStatus.ABANDONED) {
                return attempt;
            }
            if (attempt.closed()) {
                throw new RuleViolationException("attempt.closed", "attempt " + attemptId + " is already " + attempt.status().code());
            }
            var abandoned = new Attempt(attempt.id(), attempt.assessmentId(), attempt.learnerId(), attempt.number(),
                    AttemptStatus.ABANDONED, attempt.startedAt(), attempt.deadline(), units.now(), null, null, null, null, null,
                    attempt.questionOrder(), attempt.version() + 1, attempt.metadata(), attempt.feedback());
            attempts.save(abandoned, attempt.version(), List.of(), List.of());
            return abandoned;
        });
    }

    int expireOverdueAttempts(int limit) {
        Checks.range("limit", limit, 1, 10_000);
        Instant now = units.now();
        int expired = 0;
        for (UUID attemptId : units.read(() -> attempts.overdue(now, limit))) {
            boolean closedHere = units.write(() -> {
                Optional<Attempts.GradingContext> grading = attempts.gradingContext(attemptId);
                Attempt attempt = grading.map(g -> g.attempt().attempt()).orElse(null);
                if (attempt == null || attempt.closed() || !overdue(attempt, now)) {
                    return false;
                }
                grader.close(grading.get(), AttemptStatus.EXPIRED, attempt.deadline(), now);
                return true;
            });
            expired += closedHere ? 1 : 0;
        }
        return expired;
    }

    Attempt regradeAttempt(UUID attemptId) {
        return units.write(() -> {
            Attempts.AttemptContext context = context(attempts, attemptId);
            if (!Grading.isGraded(context.attempt())) {
                throw new RuleViolationException("attempt.not_graded", "attempt " + attemptId + " has no grade to redo");
            }
            return grader.regrade(context);
        });
    }

    /** The attempt's context; an unknown attempt is not found. */
    static Attempts.AttemptContext context(Attempts attempts, UUID attemptId) {
        Checks.required("attemptId", attemptId);
        return attempts.context(attemptId).orElseThrow(() -> new NotFoundException("attempt", attemptId));
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
}
