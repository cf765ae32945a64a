package org.learningstore.sqlite.internal.turso;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rows of one statement; cells are {@code null}, {@link Long}, {@link Double}, {@link String} or {@code byte[]}.
 * A column name may be null when the server reports none.
 */
public record ResultSet(List<String> columns, List<List<Object>> rows) {

    public ResultSet {
        columns = Collections.unmodifiableList(new ArrayList<>(columns));
        rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
    }
}
