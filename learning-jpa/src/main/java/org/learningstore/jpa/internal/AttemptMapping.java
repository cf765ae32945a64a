package org.learningstore.jpa.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.learningstore.core.assessment.Answer;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptOverride;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.assessment.GradedQuestion;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.port.StoredShapes;

/**
 * Converts attempts, answers and overrides between their entities and records. The JSON columns
 * (question order, what an attempt was graded against, responses) hold the
 * {@link StoredShapes}; durations are in milliseconds.
 */
final class AttemptMapping {
    private AttemptMapping() {
    }

    static Attempt toRecord(AttemptEntity entity) {
        return new Attempt(entity.id, entity.assessmentId, entity.learnerId, entity.number,
                AttemptStatus.fromCode(entity.status), entity.startedAt, entity.deadline, entity.submittedAt,
                entity.score, entity.maxScore, entity.percent, entity.passed, entity.previousScore,
                StoredShapes.ids(JsonColumns.parse(entity.questionOrder)), entity.version, entity.metadata, entity.feedback);
    }

    static AttemptEntity toEntity(Attempt attempt) {
        var entity = new AttemptEntity();
        entity.id = attempt.id();
        entity.assessmentId = attempt.assessmentId();
        entity.learnerId = attempt.learnerId();
        entity.number = attempt.number();
        entity.startedAt = attempt.startedAt();
        entity.questionOrder = JsonColumns.print(StoredShapes.idsTree(attempt.questionOrder()));
        entity.version = attempt.version();
        entity.metadata = attempt.metadata();
        entity.feedback = attempt.feedback();
        write(attempt, entity);
        return entity;
    }

    /** Copies status, deadline, submission and grade; who, which number, start and question order never change. */
    static void write(Attempt attempt, AttemptEntity entity) {
        entity.status = attempt.status().code();
        entity.deadline = attempt.deadline();
        entity.submittedAt = attempt.submittedAt();
        entity.score = attempt.score();
        entity.maxScore = attempt.maxScore();
        entity.percent = attempt.percent();
        entity.passed = attempt.passed();
        entity.previousScore = attempt.previousScore();
    }

    /** Null for nothing graded, so that an open or abandoned attempt reads back with an empty list. */
    static String gradedAgainstJson(List<GradedQuestion> gradedAgainst) {
        List<Map<String, Object>> tree = StoredShapes.gradedAgainstTree(gradedAgainst);
        return tree == null ? null : JsonColumns.print(tree);
    }

    static List<GradedQuestion> gradedAgainst(String json) {
        return StoredShapes.gradedAgainst(json == null ? null : JsonColumns.parse(json));
    }

    // answers

    static AnswerEntity toEntity(Answer answer) {
        var entity = new AnswerEntity();
        entity.attemptId = answer.attemptId();
        entity.questionId = answer.questionId();
        write(answer, entity);
        return entity;
    }

    /** Copies everything but the key and the feedback: re-answering replaces response, grade, time and when. */
    static void write(Answer answer, AnswerEntity entity) {
        entity.response = JsonColumns.keepIfSame(entity.response, responseJson(answer.response()));
        entity.correct = answer.correct();
        entity.points = answer.points();
        entity.answeredAt = answer.answeredAt();
        entity.timeSpentMs = answer.timeSpent() == null ? 0 : answer.timeSpent().toMillis();
    }

    static String responseJson(Response response) {
        return JsonColumns.print(StoredShapes.responseTree(response));
    }

    // overrides

    static AttemptOverride toRecord(AttemptOverrideEntity entity) {
        return new AttemptOverride(entity.assessmentId, entity.learnerId, entity.extraAttempts,
                Duration.ofMillis(entity.extraTimeMs));
    }

    static AttemptOverrideEntity toEntity(AttemptOverride override) {
        var entity = new AttemptOverrideEntity();
        entity.assessmentId = override.assessmentId();
        entity.learnerId = override.learnerId();
        write(override, entity);
        return entity;
    }

    static void write(AttemptOverride override, AttemptOverrideEntity entity) {
        entity.extraAttempts = override.extraAttempts();
        entity.extraTimeMs = override.extraTime().toMillis();
    }
}
