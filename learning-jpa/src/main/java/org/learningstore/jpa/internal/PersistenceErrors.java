package org.learningstore.jpa.internal;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.NonUniqueObjectException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.LearningStoreException;
import org.learningstore.core.error.StoreUnavailableException;

/** Turns whatever JPA, Hibernate or the driver threw into the library's typed errors. */
public final class PersistenceErrors {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String CHECK_VIOLATION = "23514";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** Operator intervention: the server shutting down, crashed, or still starting (57P01, 57P02, 57P03). */
    private static final String SERVER_GOING_OR_COMING_BACK = "57P0";

    /**
     * Unique keys that a concurrent writer, not the caller's input, can break: positions, primary
     * keys, and the keys of attempt numbering (a concurrent start took the number, or already has
     * an attempt in progress). Running the unit of work again reads what the other one wrote.
     * A session's token hash is the library's own random value, never the caller's input. A
     * learner's second enrollment in a course is a concurrent enroll (the service returns the
     * first one when it sees it).
     */
    private static final Set<String> CONCURRENT_UNIQUES = Set.of("attempts_number_key", "attempts_in_progress_idx",
            "questions_assessment_position_key", "learner_sessions_token_hash_key", "enrollments_learner_course_key");

    /** A column {@code <name>_normalized} holds the library's normal form of the caller's field {@code <name>}. */
    private static final String NORMALIZED = "Normalized";

    private final List<String> tableNames = MappedEntities.tableNames();

    public LearningStoreException translate(RuntimeException failure) {
        if (failure instanceof LearningStoreException known) {
            return known;
        }
        if (causedBy(failure, OptimisticLockException.class) || causedBy(failure, StaleStateException.class)) {
            return concurrentChange(failure);
        }
        if (causedBy(failure, EntityExistsException.class) || causedBy(failure, NonUniqueObjectException.class)) {
            // an insert of a row that a read later in the same unit found: a concurrent first insert
            return concurrentChange(failure);
        }
        String state = sqlState(failure);
        String constraint = constraintName(failure);
        if (UNIQUE_VIOLATION.equals(state)) {
            return uniqueViolation(constraint, failure);
        }
        if (CHECK_VIOLATION.equals(state)) {
            return new InvalidInputException(checkedField(constraint), "violates " + constraint);
        }
        // the services check every reference before they write: a foreign key that fails was broken by
        // a concurrent unit of work (a row deleted, or a referencing row added), which a new run sees
        if (FOREIGN_KEY_VIOLATION.equals(state) || SERIALIZATION_FAILURE.equals(state) || DEADLOCK.equals(state)) {
            return concurrentChange(failure);
        }
        if (isConnectionProblem(failure, state)) {
            return new StoreUnavailableException("the database cannot be reached" + stateOf(state), true, failure);
        }
        return new StoreUnavailableException("the store failed" + stateOf(state), false, failure);
    }

    /**
     * Only the SQLSTATE: the driver's own message may quote the SQL and the values of a row (an
     * email in a unique violation's detail); the cause keeps it for the host's logs.
     */
    private static String stateOf(String state) {
        return state == null ? "" : " (SQLSTATE " + state + ")";
    }

    /** Whether running the same unit of work again can succeed: a concurrent change, not the caller's input. */
    public static boolean isConcurrentChange(LearningStoreException error) {
        return error instanceof ConflictException conflict && conflict.field() == null;
    }

    private LearningStoreException uniqueViolation(String constraint, RuntimeException failure) {
        if (constraint == null || CONCURRENT_UNIQUES.contains(constraint) || constraint.endsWith("_position_key")
                || constraint.endsWith("_pkey")) {
            return concurrentChange(failure);
        }
        String field = columnField(constraint, "_key");
        if (field.endsWith(NORMALIZED) && field.length() > NORMALIZED.length()) {
            field = field.substring(0, field.length() - NORMALIZED.length());
        }
        return new ConflictException(field, field + " is already taken", failure);
    }

    private static ConflictException concurrentChange(RuntimeException failure) {
        return new ConflictException(null, "concurrent change", failure);
    }

    /** A duration column ({@code time_limit_ms}) names the Duration field it stores ({@code timeLimit}). */
    private String checkedField(String constraint) {
        if (constraint == null) {
            return null;
        }
        String field = columnField(constraint, "_check");
        return field.endsWith("Ms") && field.length() > 2 ? field.substring(0, field.length() - 2) : field;
    }

    /** The camelCase column of a constraint named {@code <table>_<column><suffix>}. */
    private String columnField(String constraint, String suffix) {
        String rest = constraint.endsWith(suffix) ? constraint.substring(0, constraint.length() - suffix.length()) : constraint;
        for (String table : tableNames) {
            if (rest.startsWith(table + "_")) {
                rest = rest.substring(table.length() + 1);
                break;
            }
        }
        return camelCase(rest);
    }

    private static String camelCase(String snake) {
        var result = new StringBuilder();
        for (String part : snake.split("_")) {
            if (!part.isEmpty()) {
                result.append(result.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
            }
        }
        return result.toString();
    }

    private static boolean isConnectionProblem(RuntimeException failure, String state) {
        return (state != null && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || state.startsWith(SERVER_GOING_OR_COMING_BACK)))
                || causedBy(failure, JDBCConnectionException.class)
                || causedBy(failure, SQLTransientConnectionException.class)
                || causedBy(failure, SQLNonTransientConnectionException.class)
                || causedBy(failure, SQLRecoverableException.class);
    }

    private static String constraintName(Throwable failure) {
        ConstraintViolationException violation = cause(failure, ConstraintViolationException.class);
        return violation == null || violation.getConstraintName() == null
                ? null : violation.getConstraintName().toLowerCase(Locale.ROOT);
    }

    private static String sqlState(Throwable failure) {
        for (SQLException sql = cause(failure, SQLException.class); sql != null; sql = sql.getNextException()) {
            if (sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        return cause(failure, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
