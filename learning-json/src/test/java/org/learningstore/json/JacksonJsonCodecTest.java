package org.learningstore.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningstore.core.assessment.AnswerKey;
import org.learningstore.core.assessment.GradedQuestion;
import org.learningstore.core.assessment.QuestionKind;
import org.learningstore.core.assessment.QuestionOption;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.StoredShapes;

class JacksonJsonCodecTest {
    private final JsonCodec json = new JacksonJsonCodec();

    @Test
    void textParsesToPlainMapsListsAndScalarsInDocumentOrder() {
        Object tree = json.parse(" {\"z\": [1, 2.50, -1e-3, 12345678901234567890, true, null], \"a\": {\"b\": \"\\ud83c\\udf93\"}} ");

        var expected = new LinkedHashMap<String, Object>();
        expected.put("z", Arrays.asList(1, new BigDecimal("2.50"), new BigDecimal("-1e-3"),
                new BigInteger("12345678901234567890"), true, null));
        expected.put("a", Map.of("b", "🎓"));
        assertEquals(expected, tree);
        assertEquals(List.of("z", "a"), new ArrayList<>(((Map<?, ?>) tree).keySet()));
        assertEquals(ArrayList.class, ((Map<?, ?>) tree).get("z").getClass());
    }

    @Test
    void whatTheRuleRefusesStillParsesSoThatCoreCanRefuseIt() {
        assertEquals(Map.of("a", "\0"), json.parse("{\"a\":\"\\u0000\"}"));
        assertEquals(Map.of("a", "\ud800"), json.parse("{\"a\":\"\\ud800\"}"));
        assertEquals(Map.of("a", new BigDecimal("1e999999")), json.parse("{\"a\":1e999999}"));
        assertEquals(List.of(1), json.parse("[1]"));
        assertNull(json.parse("null"));
    }

    @Test
    void textThatIsNotOneDocumentIsMalformed() {
        for (String malformed : Arrays.asList("", "  ", "{", "{\"a\": ", "{} {}", "{'a': 1}", "{\"a\": NaN}", "not json", null)) {
            assertThrows(JsonCodec.MalformedJsonException.class, () -> json.parse(malformed), String.valueOf(malformed));
        }
        assertEquals("Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED "
                        + "(`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])",
                assertThrows(JsonCodec.MalformedJsonException.class, () -> json.parse("{\"a\": 1")).getMessage());
    }

    @Test
    void theStoredShapesPrintAsTheSchemasHoldThemAndParseBack() {
        UUID id = UUID.fromString("0190a5c4-0000-7000-8000-000000000001");
        List<GradedQuestion> graded = List.of(
                new GradedQuestion(id, QuestionKind.MULTIPLE_CHOICE, 3, AnswerKey.Choices.of("c", "a")),
                new GradedQuestion(id, QuestionKind.NUMERIC, 0, new AnswerKey.Number(3.0, 0.005)));
        String text = json.print(StoredShapes.gradedAgainstTree(graded));

        assertEquals("[{\"questionId\":\"" + id + "\",\"kind\":\"" + QuestionKind.MULTIPLE_CHOICE.code()
                + "\",\"points\":3,\"answerKey\":{\"type\":\"choices\",\"keys\":[\"a\",\"c\"]}},"
                + "{\"questionId\":\"" + id + "\",\"kind\":\"" + QuestionKind.NUMERIC.code()
                + "\",\"points\":0,\"answerKey\":{\"type\":\"number\",\"value\":3.0,\"tolerance\":0.005}}]", text);
        assertEquals(graded, StoredShapes.gradedAgainst(json.parse(text)));

        List<QuestionOption> options = List.of(QuestionOption.of("b", "Beta \"β\" 🎓"), QuestionOption.of("a", "Alpha"));
        assertEquals("[{\"key\":\"b\",\"text\":\"Beta \\\"β\\\" 🎓\"},{\"key\":\"a\",\"text\":\"Alpha\"}]",
                json.print(StoredShapes.optionsTree(options)));
        assertEquals(options, StoredShapes.options(json.parse(json.print(StoredShapes.optionsTree(options)))));

        for (Response response : List.of(Response.Choices.of("b", "a"), new Response.Truth(true), new Response.Text(" x "),
                new Response.Number(2.0), new Response.Number(-0.125))) {
            assertEquals(response, StoredShapes.response(json.parse(json.print(StoredShapes.responseTree(response)))));
        }
        assertEquals("{\"type\":\"text\",\"value\":\" x \"}", json.print(StoredShapes.responseTree(new Response.Text(" x "))));
    }
}
