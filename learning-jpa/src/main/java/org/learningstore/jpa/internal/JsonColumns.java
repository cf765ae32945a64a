package org.learningstore.jpa.internal;

import org.learningstore.core.port.JsonCodec;
import org.learningstore.json.JacksonJsonCodec;

/**
 * The text of the jsonb columns that hold the core's stored shapes
 * ({@link org.learningstore.core.port.StoredShapes}), through the shared codec.
 */
final class JsonColumns {
    private static final JsonCodec CODEC = new JacksonJsonCodec();

    private JsonColumns() {
    }

    static String print(Object tree) {
        return CODEC.print(tree);
    }

    static Object parse(String text) {
        return CODEC.parse(text);
    }

    /**
     * {@code stored} when it holds the same JSON as {@code written}, else {@code written}. A jsonb
     * column reads back respaced (and with its keys reordered), so assigning equal content as new
     * text would make Hibernate see a change that is none, and write (and version) it.
     */
    static String keepIfSame(String stored, String written) {
        if (stored == null || written == null) {
            return written;
        }
        return CODEC.parse(stored).equals(CODEC.parse(written)) ? stored : written;
    }
}
