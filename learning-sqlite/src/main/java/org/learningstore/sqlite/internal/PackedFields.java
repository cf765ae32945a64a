package org.learningstore.sqlite.internal;

import java.util.UUID;

/**
 * A cursor over rows packed into one text by the SQL: fields end with {@code ':'}, and a free text
 * is its length in characters (code points, as SQLite's {@code length} counts them), {@code ':'}
 * and the text itself, so any text (colons, quotes, any script) is cut out exactly; the next row
 * starts right after it. One text cell costs the driver one call, where a row of cells costs one
 * call per cell.
 */
final class PackedFields {
    private final String packed;
    private int at;

    /** @param packed the packed rows, or null for none */
    PackedFields(String packed) {
        this.packed = packed == null ? "" : packed;
    }

    boolean hasMore() {
        return at < packed.length();
    }

    long number() {
        int end = packed.indexOf(':', at);
        long number = Long.parseLong(packed, at, end, 10);
        at = end + 1;
        return number;
    }

    boolean flag() {
        return number() != 0;
    }

    /** A field without a colon in it, such as a code or an id. */
    String word() {
        int end = packed.indexOf(':', at);
        String word = packed.substring(at, end);
        at = end + 1;
        return word;
    }

    UUID uuid() {
        return UUID.fromString(word());
    }

    /**
     * A free text: its length, then the text. A stored text is well-formed UTF-16 (core refuses lone
     * surrogates), so a high surrogate always starts a pair: a plain loop over the chars does,
     * where {@link String#offsetByCodePoints} was a tenth of a course page's Java time.
     */
    String text() {
        int length = Math.toIntExact(number());
        int end = at;
        for (int counted = 0; counted < length; counted++) {
            end += Character.isHighSurrogate(packed.charAt(end)) ? 2 : 1;
        }
        String text = packed.substring(at, end);
        at = end;
        return text;
    }
}
