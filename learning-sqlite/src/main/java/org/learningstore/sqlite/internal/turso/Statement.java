package org.learningstore.sqlite.internal.turso;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One SQL statement with positional arguments ({@code ?}). Arguments may be {@code null}, {@link String},
 * {@link Long}, {@link Integer}, {@link Short}, {@link Byte}, {@link Boolean} (sent as 1/0), {@link Double},
 * {@link Float} or {@code byte[]}.
 */
public record Statement(String sql, List<Object> args) {

    public Statement {
        Objects.requireNonNull(sql, "sql");
        // List.copyOf rejects nulls, and SQL NULL arguments are legitimate
        args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Statement of(String sql, Object... args) {
        return new Statement(sql, Arrays.asList(args));
    }
}
