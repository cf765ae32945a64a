package org.learningstore.sqlite.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A list of texts stored one row per text with its position, read back with its parent row in one
 * column without a JSON parser: each text as {@code position:length:text}, its length in
 * characters (code points, as SQLite's {@code length} counts them), so any text (quotes, commas,
 * colons, control characters, any script) is cut out exactly ({@link PackedFields}). Aggregates
 * promise no order, so the positions sort them here.
 */
final class PositionedTexts {
    private record Positioned(long position, String text) {
    }

    private PositionedTexts() {
    }

    /**
     * The {@code text} column of {@code table}'s rows (alias {@code t}, with a {@code position}
     * column) that match {@code where}, as a scalar subquery; NULL when there are none.
     */
    static String aggregate(String table, String text, String where) {
        return "(SELECT group_concat(t.position || ':' || length(t." + text + ") || ':' || t." + text + ", '') FROM " + table
                + " t WHERE " + where + ")";
    }

    /** The texts of an {@link #aggregate}, in position order. */
    static List<String> read(String encoded) {
        if (encoded == null) {
            return List.of();
        }
        List<Positioned> texts = new ArrayList<>();
        PackedFields fields = new PackedFields(encoded);
        while (fields.hasMore()) {
            texts.add(new Positioned(fields.number(), fields.text()));
        }
        texts.sort(Comparator.comparingLong(Positioned::position));
        List<String> sorted = new ArrayList<>(texts.size());
        for (Positioned text : texts) {
            sorted.add(text.text());
        }
        return List.copyOf(sorted);
    }
}
