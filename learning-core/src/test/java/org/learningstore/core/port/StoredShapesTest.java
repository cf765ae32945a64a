package org.learningstore.core.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningstore.core.assessment.AnswerKey;
import org.learningstore.core.assessment.GradedQuestion;
import org.learningstore.core.assessment.QuestionKind;
import org.learningstore.core.assessment.QuestionOption;
import org.learningstore.core.assessment.Response;

/** The stored shapes are the ones the schemas hold, and read back as what was written. */
class StoredShapesTest {
    private static final UUID QUESTION = UUID.fromString("0190a5c4-0000-7000-8000-000000000001");

    @Test
    void answerKeysHaveTheirStoredShapeAndReadBack() {
        assertEquals(Map.of("type", "choices", "keys", List.of("a", "c")), StoredShapes.answerKeyTree(AnswerKey.Choices.of("c", "a")));
        assertEquals(Map.of("type", "truth", "value", false), StoredShapes.answerKeyTree(new AnswerKey.Truth(false)));
        assertEquals(Map.of("type", "texts", "accepted", List.of("Paris", "paris, france")),
                StoredShapes.answerKeyTree(AnswerKey.Texts.of("Paris", "paris, france")));
        assertEquals(Map.of("type", "number", "value", 3.0, "tolerance", 0.005),
                StoredShapes.answerKeyTree(new AnswerKey.Number(3.0, 0.005)));
        for (AnswerKey key : List.of(AnswerKey.Choices.of("c", "a"), new AnswerKey.Truth(true), AnswerKey.Texts.of("x"),
                new AnswerKey.Number(-2.5, 0))) {
            assertEquals(key, StoredShapes.answerKey(StoredShapes.answerKeyTree(key)));
        }
    }

    @Test
    void responsesHaveTheirStoredShapeAndReadBack() {
        assertEquals(Map.of("type", "choices", "keys", List.of("a", "b")), StoredShapes.responseTree(Response.Choices.of("b", "a")));
        assertEquals(Map.of("type", "text", "value", " x "), StoredShapes.responseTree(new Response.Text(" x ")));
        assertEquals(Map.of("type", "number", "value", -0.125), StoredShapes.responseTree(new Response.Number(-0.125)));
        for (Response response : List.of(Response.Choices.of("b", "a"), new Response.Truth(true), new Response.Text(" x "),
                new Response.Number(2.0))) {
            assertEquals(response, StoredShapes.response(StoredShapes.responseTree(response)));
        }
    }

    @Test
    void numbersReadBackWhateverNumberTypeTheCodecParsedThemAs() {
        assertEquals(new AnswerKey.Number(3.0, 0.005),
                StoredShapes.answerKey(Map.of("type", "number", "value", 3, "tolerance", new BigDecimal("0.005"))));
        assertEquals(new Response.Number(7.0), StoredShapes.response(Map.of("type", "number", "value", 7L)));
    }

    @Test
    void optionsKeepTheirOrder() {
        List<QuestionOption> options = List.of(QuestionOption.of("b", "Beta \"β\""), QuestionOption.of("a", "Alpha"));
        assertEquals(List.of(Map.of("key", "b", "text", "Beta \"β\""), Map.of("key", "a", "text", "Alpha")),
                StoredShapes.optionsTree(options));
        assertEquals(options, StoredShapes.options(StoredShapes.optionsTree(options)));
    }

    @Test
    void whatAnAttemptWasGradedAgainstKeepsEveryKindOfKeyAndNothingGradedIsNull() {
        List<GradedQuestion> graded = List.of(
                new GradedQuestion(QUESTION, QuestionKind.MULTIPLE_CHOICE, 3, AnswerKey.Choices.of("c", "a")),
                new GradedQuestion(UUID.randomUUID(), QuestionKind.TRUE_FALSE, 1, new AnswerKey.Truth(false)),
                new GradedQuestion(UUID.randomUUID(), QuestionKind.SHORT_TEXT, 2, AnswerKey.Texts.of("Paris", "paris, france")),
                new GradedQuestion(UUID.randomUUID(), QuestionKind.NUMERIC, 0, new AnswerKey.Number(3.0, 0.005)));

        assertEquals(Map.of("questionId", QUESTION.toString(), "kind", QuestionKind.MULTIPLE_CHOICE.code(), "points", 3,
                "answerKey", Map.of("type", "choices", "keys", List.of("a", "c"))), StoredShapes.gradedAgainstTree(graded).get(0));
        assertEquals(graded, StoredShapes.gradedAgainst(StoredShapes.gradedAgainstTree(graded)));
        assertNull(StoredShapes.gradedAgainstTree(List.of()));
        assertEquals(List.of(), StoredShapes.gradedAgainst(null));
    }

    @Test
    void idsAreStoredAsTheirText() {
        assertEquals(List.of(QUESTION.toString()), StoredShapes.idsTree(List.of(QUESTION)));
        assertEquals(List.of(QUESTION), StoredShapes.ids(List.of(QUESTION.toString())));
    }

    @Test
    void aTreeWithoutItsShapeIsADamagedStore() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> StoredShapes.answerKey(Map.of("type", "riddle")));
        assertEquals("a stored answerKey does not have its shape: {type=riddle}", error.getMessage());
        assertThrows(IllegalStateException.class, () -> StoredShapes.response(Map.of("type", "truth", "value", "yes")));
        assertThrows(IllegalStateException.class, () -> StoredShapes.options(Map.of()));
    }
}
