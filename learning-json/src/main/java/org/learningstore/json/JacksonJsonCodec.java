package org.learningstore.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.learningstore.core.port.JsonCodec;

/**
 * The core's {@link JsonCodec} through Jackson, one for every backend: objects parse to
 * {@code LinkedHashMap} in document order, arrays to {@code ArrayList}, numbers with a fraction or
 * exponent to {@code BigDecimal} (so that {@code 1e999999} stays a number core can refuse rather
 * than becoming infinity), whole numbers to {@code Integer}, {@code Long} or {@code BigInteger}.
 * Thread-safe.
 */
public final class JacksonJsonCodec implements JsonCodec {
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @Override
    public Object parse(String text) {
        if (text == null) {
            throw new MalformedJsonException("no text", null);
        }
        try {
            return mapper.readValue(text, Object.class);
        } catch (JsonProcessingException malformed) {
            throw new MalformedJsonException(malformed.getOriginalMessage(), malformed);
        }
    }

    @Override
    public String print(Object tree) {
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("cannot print a " + tree.getClass().getName() + " as JSON", unwritable);
        }
    }
}
