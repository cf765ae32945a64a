package org.learningstore.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningstore.core.assessment.AnswerKey;
import org.learningstore.core.assessment.GradedQuestion;
import org.learningstore.core.assessment.QuestionKind;
import org.learningstore.core.assessment.QuestionOption;
import org.learningstore.core.assessment.Response;

/** The JSON the assessment tables store reads back as what was written. */
class AssessmentRowsTest {
    private final JacksonJsonCodec json = new JacksonJsonCodec();
    private final AssessmentRows rows = new AssessmentRows(json);

    @Test
    void whatAnAttemptWasGradedAgainstKeepsEveryKindOfKey() {
        List<GradedQuestion> graded = List.of(
                new GradedQuestion(UUID.randomUUID(), QuestionKind.MULTIPLE_CHOICE, 3, AnswerKey.Choices.of("c", "a")),
                new GradedQuestion(UUID.randomUUID(), QuestionKind.TRUE_FALSE, 1, new AnswerKey.Truth(false)),
                new GradedQuestion(UUID.randomUUID(), QuestionKind.SHORT_TEXT, 2, AnswerKey.Texts.of("Paris", "paris, france")),
                new GradedQuestion(UUID.randomUUID(), QuestionKind.NUMERIC, 0, new AnswerKey.Number(3.0, 0.005)));

        assertEquals(graded, rows.gradedAgainst(row("graded_against", rows.gradedAgainst(graded))));
        assertEquals(List.of(), rows.gradedAgainst(row("graded_against", rows.gradedAgainst(List.of()))));
    }

    @Test
    void responsesKeepTheirShape() {
        for (Response response : List.of(Response.Choices.of("b", "a"), new Response.Truth(true), new Response.Text(" x "),
                new Response.Number(2.0), new Response.Number(-0.125))) {
            assertEquals(response, Response.fromJsonMap(json.readObject(rows.response(response))));
        }
    }

    @Test
    void optionsKeepTheirOrder() {
        List<QuestionOption> options = List.of(QuestionOption.of("b", "Beta \"β\""), QuestionOption.of("a", "Alpha"));
        List<Map<String, Object>> stored = json.readObjects(rows.options(options));

        assertEquals(List.of("b", "a"), stored.stream().map(item -> item.get("key")).toList());
        assertEquals("Beta \"β\"", stored.get(0).get("text"));
    }

    private static Row row(String column, Object value) {
        return new Row(Map.of(column, 0), Arrays.asList(value));
    }
}
