package org.learningstore.jpa.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningstore.core.assessment.AnswerKey;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.QuestionKind;
import org.learningstore.core.assessment.QuestionOption;
import org.learningstore.core.assessment.QuestionStats;

/**
 * Converts between {@link QuestionEntity} and {@link Question}. Options are stored as
 * {@code [{"key": ..., "text": ...}]}, the answer key as {@link AnswerKey#toJsonMap()}.
 */
final class QuestionMapping {
    private QuestionMapping() {
    }

    static Question toRecord(QuestionEntity entity) {
        var details = new QuestionDetails(QuestionKind.fromCode(entity.kind), entity.prompt, options(entity.options),
                AnswerKey.fromJsonMap(JsonColumns.object(entity.answerKey)), entity.explanation, entity.points,
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
        entity.options = JsonColumns.keepIfSame(entity.options, optionsJson(details.options()));
        entity.answerKey = JsonColumns.keepIfSame(entity.answerKey, JsonColumns.write(details.answerKey().toJsonMap()));
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

    private static String optionsJson(List<QuestionOption> options) {
        List<Map<String, Object>> shapes = new ArrayList<>();
        for (QuestionOption option : options) {
            var shape = new LinkedHashMap<String, Object>();
            shape.put("key", option.key());
            shape.put("text", option.text());
            shapes.add(shape);
        }
        return JsonColumns.write(shapes);
    }

    private static List<QuestionOption> options(String json) {
        List<QuestionOption> options = new ArrayList<>();
        for (Object element : JsonColumns.array(json)) {
            Map<?, ?> shape = (Map<?, ?>) element;
            options.add(new QuestionOption((String) shape.get("key"), (String) shape.get("text")));
        }
        return options;
    }
}
