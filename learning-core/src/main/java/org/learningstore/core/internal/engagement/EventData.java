package org.learningstore.core.internal.engagement;

import java.util.StringJoiner;

/**
 * The JSON object of a library event. Its values are ids, codes, numbers and booleans only,
 * none of which needs escaping, so core writes the text itself.
 */
final class EventData {
    private final StringJoiner fields = new StringJoiner(",", "{", "}");

    EventData with(String name, Object value) {
        String text = value instanceof String || value instanceof java.util.UUID ? "\"" + value + "\"" : String.valueOf(value);
        fields.add("\"" + name + "\":" + text);
        return this;
    }

    String text() {
        return fields.toString();
    }
}
