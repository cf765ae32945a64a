package org.learningstore.sqlite.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Many single-row INSERTs of one text as multi-row INSERTs: {@code VALUES (...), (...), ...} of
 * up to {@value #MAX_ROWS} rows and never more than {@value #MAX_PARAMETERS} bound parameters (SQLite's
 * limit), so a list of rows costs one statement per {@value #MAX_ROWS} rows, not one per row.
 */
final class MultiRowInsert {
    static final int MAX_PARAMETERS = 32_766;
    static final int MAX_ROWS = 500;
    private static final String VALUES = "VALUES (";

    private MultiRowInsert() {
    }

    /**
     * {@code rows}: each one the same single-row INSERT ({@code ... VALUES (?, ...) [tail]}), its
     * arguments bound; an empty list gives no statement.
     */
    static List<Sql> of(List<Sql> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        String text = rows.get(0).text();
        int open = text.lastIndexOf(VALUES) + VALUES.length() - 1;
        int close = text.indexOf(')', open) + 1;
        String head = text.substring(0, open);
        String tuple = text.substring(open, close);
        String tail = text.substring(close);
        int columns = rows.get(0).args().size();
        int perStatement = Math.min(MAX_ROWS, MAX_PARAMETERS / columns);
        List<Sql> statements = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<Sql> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
            List<Object> args = new ArrayList<>(chunk.size() * columns);
            chunk.forEach(row -> args.addAll(row.args()));
            statements.add(new Sql(head + String.join(", ", Collections.nCopies(chunk.size(), tuple)) + tail, args));
        }
        return statements;
    }
}
