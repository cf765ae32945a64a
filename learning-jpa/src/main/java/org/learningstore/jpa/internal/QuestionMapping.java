package org.learningstore.jpa.internal;

import java.time.Duration;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.QuestionKind;
import org.learningstore.core.assessment.QuestionStats;
import org.learningstore.core.port.StoredShapes;

/**
 * Converts between {@link QuestionEntity} and {@link Question}. Options and the answer key are
 * stored in their {@link StoredShapes}.
 */
final class QuestionMapping {
    private QuestionMapping() {
    }

    static Question toRecord(QuestionEntity entity) {
        var details = new QuestionDetails(QuestionKind.fromCode(entity.kind), entity.prompt,
                StoredShapes.options(JsonColumns.parse(entity.options)),
                StoredShapes.answerKey(JsonColumns.parse(entity.answerKey)), entity.explanation, entity.points,
                entity.difficulty, entity.skillId);
        return new Question(entity.id, entity.assessmentId, entity.position, details, entity.version,
                entity.createdAt, entity.updatedAt);
    }

    static QuestionEntity toEntity(Question question) {
        var entity = new QuestionEntity();
        entity.id = question.id();
        entity.assessmentId = question.assessmentId();
        entity.position = question.position();
        entity.version = question.version();
        entity.createdAt = question.createdAt();
        write(question, entity);
        return entity;
    }

    /** Copies the details and the update time; assessment and position are left alone. */
    static void write(Question question, QuestionEntity entity) {
        QuestionDetails details = question.details();
        entity.kind = details.kind().code();
        entity.prompt = details.prompt();
        entity.options = JsonColumns.keepIfSame(entity.options, JsonColumns.print(StoredShapes.optionsTree(details.options())));
        entity.answerKey = JsonColumns.keepIfSame(entity.answerKey, JsonColumns.print(StoredShapes.answerKeyTree(details.answerKey())));
        entity.explanation = details.explanation();
        entity.points = details.points();
        entity.difficulty = details.difficulty();
        entity.skillId = details.skillId();
        entity.updatedAt = question.updatedAt();
    }

    static QuestionStats toRecord(QuestionStatsEntity entity) {
        return new QuestionStats(entity.questionId, entity.timesAnswered, entity.timesCorrect,
                Duration.ofMillis(entity.totalTimeMs));
    }
}
