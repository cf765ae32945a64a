package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Native SQL of the engagement ports: numbered parameters bound in order, rows as column arrays. */
final class NativeRows {
    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

    private NativeRows() {
    }

    static Query query(EntityManager entityManager, String sql, Object... args) {
        Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < args.length; i++) {
            query.setParameter(i + 1, args[i]);
        }
        return query;
    }

    static List<Object[]> rows(EntityManager entityManager, String sql, Object... args) {
        return query(entityManager, sql, args).getResultList().stream().map(row -> row instanceof Object[] columns ? columns
                : new Object[] {row}).toList();
    }

    /**
     * In plain JDBC ({@link JdbcReads#update}): Hibernate's native query costs more JVM time than
     * the statement. Each numbered parameter {@code ?n} becomes a {@code ?} bound to the n-th argument.
     */
    static int update(EntityManager entityManager, String sql, Object... args) {
        Matcher parameter = NUMBERED.matcher(sql);
        List<Object> bound = new ArrayList<>();
        while (parameter.find()) {
            bound.add(args[Integer.parseInt(parameter.group(1)) - 1]);
        }
        return JdbcReads.update(entityManager, parameter.replaceAll("?"), bound.toArray());
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    /** The text form of a PostgreSQL uuid[], for a parameter cast to it: a uuid needs no quoting there. */
    static String uuidArray(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Hibernate reads a {@code timestamptz} column of a native query as one of these, depending on its settings. */
    static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass().getName());
    }
}
