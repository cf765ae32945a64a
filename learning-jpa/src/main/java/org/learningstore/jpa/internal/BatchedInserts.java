package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.Session;

/**
 * New rows in bulk: entities persisted with Hibernate's JDBC batching on for the flush that
 * writes them, and native single-row INSERTs sent as multi-row INSERTs; either way one statement
 * per {@value #ROWS} rows of a table, not one per row.
 */
final class BatchedInserts {
    static final int ROWS = 500;
    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");
    private static final String VALUES = "VALUES (";

    private BatchedInserts() {
    }

    /** Persists and flushes the entities (one type, or each type's entities together), batched. */
    static void persistAll(EntityManager entityManager, Collection<?> entities) {
        if (entities.isEmpty()) {
            return;
        }
        Session session = entityManager.unwrap(Session.class);
        Integer before = session.getJdbcBatchSize();
        session.setJdbcBatchSize(ROWS);
        try {
            entities.forEach(entityManager::persist);
            entityManager.flush();
        } finally {
            session.setJdbcBatchSize(before);
        }
    }

    /**
     * {@code insert}: a native single-row INSERT, {@code ... VALUES (?1, ..., ?n) [tail]} with its
     * parameters numbered 1..n in its VALUES; {@code rows}: each row's n arguments.
     */
    static void insertAll(EntityManager entityManager, String insert, List<Object[]> rows) {
        int open = insert.lastIndexOf(VALUES) + VALUES.length() - 1;
        int close = closing(insert, open);
        String head = insert.substring(0, open);
        String tuple = insert.substring(open, close);
        String tail = insert.substring(close);
        for (int from = 0; from < rows.size(); from += ROWS) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS));
            StringBuilder text = new StringBuilder(head);
            Object[] args = new Object[chunk.size() * chunk.get(0).length];
            for (int r = 0; r < chunk.size(); r++) {
                int offset = r * chunk.get(0).length;
                Matcher parameter = PARAMETER.matcher(tuple);
                text.append(r == 0 ? "" : ", ").append(parameter.replaceAll(m -> "?" + (Integer.parseInt(m.group(1)) + offset)));
                System.arraycopy(chunk.get(r), 0, args, offset, chunk.get(r).length);
            }
            NativeRows.update(entityManager, text.append(tail).toString(), args);
        }
    }

    /** The end of the VALUES tuple that opens at {@code open}: its parentheses may hold CASTs. */
    private static int closing(String insert, int open) {
        int depth = 0;
        for (int i = open; i < insert.length(); i++) {
            char c = insert.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no VALUES tuple in " + insert);
    }
}
