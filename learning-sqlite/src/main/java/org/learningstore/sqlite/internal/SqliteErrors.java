package org.learningstore.sqlite.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.StoreUnavailableException;
import org.learningstore.sqlite.internal.turso.StepError;
import org.learningstore.sqlite.internal.turso.TursoStatementException;
import org.learningstore.sqlite.internal.turso.TursoUnavailableException;
import org.sqlite.SQLiteException;

/**
 * The one place where SQLite and Turso failures become the library's typed errors. Both speak
 * SQLite's messages ({@code UNIQUE constraint failed: courses.slug}); the file adds result codes.
 */
final class SqliteErrors {
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_CONSTRAINT = 19;

    /** The file says {@code t.a, t.b}; Turso says {@code t.(a, b)} for a key of several columns. */
    private static final Pattern UNIQUE =
            Pattern.compile("UNIQUE constraint failed: (\\w+\\.(?:\\w+|\\([\\w, ]+\\))(?:, \\w+\\.\\w+)*)");
    private static final Pattern CHECK = Pattern.compile("CHECK constraint failed: (\\w+)");
    private static final Pattern NOT_NULL = Pattern.compile("NOT NULL constraint failed: \\w+\\.(\\w+)");
    private static final Pattern BUSY = Pattern.compile("database (table )?is locked|database is busy|SQLITE_BUSY",
            Pattern.CASE_INSENSITIVE);

    /** Unique keys (as {@link #uniqueKey} writes them) a caller can collide with on purpose, and the field each names. */
    private static final Map<String, String> UNIQUE_FIELDS = Map.of(
            "courses(slug)", "slug",
            "skills(name)", "name",
            // emails are unique ignoring case through the lower-cased copy the adapter writes beside them
            "learners(email_normalized)", "email",
            "learners(username)", "username",
            "learners(external_ref)", "externalRef",
            "achievement_definitions(code)", "code",
            "projects(external_token)", "externalToken");
    /**
     * Unique keys only a concurrent change can collide with, since the services read before they write:
     * what was taken. Like any unique key not in {@link #UNIQUE_FIELDS}, they are conflicts without a
     * field, which the unit of work retries (and its retry reads the winner's row).
     */
    private static final Map<String, String> CONCURRENT_KEYS = Map.of(
            "modules(course_id, position)", "a module position",
            "lessons(module_id, position)", "a lesson position",
            "questions(assessment_id, position)", "a question position",
            "attempts(assessment_id, learner_id, number)", "an attempt number (a concurrent start)",
            "attempts(assessment_id, learner_id)", "the one attempt in progress (a concurrent start)",
            "learner_sessions(token_hash)", "a session token hash (a token drawn twice)",
            "enrollments(learner_id, course_id)", "the learner's enrollment in the course (a concurrent enroll)",
            "lesson_progress(learner_id, lesson_id)", "the learner's progress on the lesson (a concurrent first touch)",
            "skill_mastery(learner_id, skill_id)", "the learner's mastery of the skill (a concurrent first answer)");
    /**
     * The tables whose CHECKs are named {@code <table>_<column>_check}; longest first, so that a name
     * made of a shorter one plus {@code _} is matched whole.
     */
    private static final List<String> TABLES = Stream.of("courses", "course_tags", "modules", "lessons", "skills",
            "lesson_skills", "audit_log", "assessments", "questions", "question_stats", "attempt_overrides", "attempts",
            "answers", "learners", "learner_sessions", "enrollments", "lesson_progress", "skill_mastery", "study_sessions",
            "practice_answers").sorted(Comparator.comparingInt(String::length).reversed()).toList();
    /** A column {@code <name>_ms} stores the duration field {@code <name>} in milliseconds. */
    private static final String MILLIS_SUFFIX = "_ms";

    private SqliteErrors() {
    }

    static RuntimeException fromFile(SQLException failure) {
        if (failure instanceof SQLiteException sqlite) {
            int primaryCode = sqlite.getResultCode().code & 0xff;
            if (primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED) {
                return busy(failure);
            }
            if (primaryCode != SQLITE_CONSTRAINT) {
                return unavailable(failure);
            }
        }
        return fromMessage(failure.getMessage(), failure);
    }

    /** Runs a Turso client call, turning the client's failures into the library's errors. */
    static <T> T onTurso(Supplier<T> call) {
        try {
            return call.get();
        } catch (TursoUnavailableException e) {
            throw new StoreUnavailableException(e.getMessage(), e.retryable(), e);
        } catch (TursoStatementException e) {
            throw fromMessage(e.serverMessage(), e);
        }
    }

    /** The failure of one step of a Turso batch, reported in the batch's answer. */
    static RuntimeException fromTursoStep(StepError error, int step) {
        return fromMessage(error.message(), new TursoStatementException(step, error.message(), error.code()));
    }

    /** BEGIN failed, say on a transaction another client left open: nothing ran, so trying again can help. */
    static StoreUnavailableException transactionNotStarted(StepError error, int step) {
        return new StoreUnavailableException("could not start a transaction", true,
                new TursoStatementException(step, error.message(), error.code()));
    }

    /** A transient failure: the unit of work is retried, and if it still fails the caller may retry. */
    static boolean isTransient(RuntimeException failure) {
        return failure instanceof ConflictException conflict && conflict.field() == null
                || failure instanceof StoreUnavailableException unavailable && unavailable.retryable();
    }

    private static RuntimeException fromMessage(String message, Throwable cause) {
        String text = message == null ? "" : message;
        Matcher unique = UNIQUE.matcher(text);
        if (unique.find()) {
            String key = uniqueKey(unique.group(1));
            String field = UNIQUE_FIELDS.get(key);
            if (field != null) {
                return new ConflictException(field, field + " is already taken", cause);
            }
            return new ConflictException(null, "a concurrent change took " + CONCURRENT_KEYS.getOrDefault(key, "the same place")
                    + " (" + unique.group() + ")", cause);
        }
        Matcher check = CHECK.matcher(text);
        if (check.find()) {
            return new InvalidInputException(field(checkedColumn(check.group(1))),
                    "breaks the database rule " + check.group(1));
        }
        Matcher notNull = NOT_NULL.matcher(text);
        if (notNull.find()) {
            return new InvalidInputException(field(notNull.group(1)), "is required");
        }
        if (text.contains("FOREIGN KEY constraint failed")) {
            // the services check every reference before they write: a concurrent unit of work broke it
            return new ConflictException(null, "a concurrent change removed a referenced row or added a referencing one",
                    cause);
        }
        if (BUSY.matcher(text).find()) {
            return busy(cause);
        }
        return unavailable(cause);
    }

    /**
     * One spelling for a unique key whichever transport reported it: the file's
     * {@code attempts.assessment_id, attempts.learner_id} and Turso's {@code attempts.(assessment_id, learner_id)}
     * both become {@code attempts(assessment_id, learner_id)}.
     */
    static String uniqueKey(String reported) {
        int dot = reported.indexOf('.');
        String table = reported.substring(0, dot);
        List<String> columns = new ArrayList<>();
        for (String part : reported.substring(dot + 1).replace("(", "").replace(")", "").split(",")) {
            String column = part.strip();
            columns.add(column.startsWith(table + ".") ? column.substring(table.length() + 1) : column);
        }
        return table + "(" + String.join(", ", columns) + ")";
    }

    /**
     * {@code <table>_<column>_check} names its column ({@code courses_estimated_minutes_check}:
     * {@code estimated_minutes}); an unnamed CHECK starts with its column.
     */
    private static String checkedColumn(String constraint) {
        for (String table : TABLES) {
            if (constraint.startsWith(table + "_") && constraint.endsWith("_check")) {
                return constraint.substring(table.length() + 1, constraint.length() - "_check".length());
            }
        }
        return constraint;
    }

    /** The Java field a column stores: camel case; a {@code _ms} column is a duration ({@code time_limit_ms}: {@code timeLimit}). */
    private static String field(String column) {
        String name = column.endsWith(MILLIS_SUFFIX) ? column.substring(0, column.length() - MILLIS_SUFFIX.length()) : column;
        return camelCase(name);
    }

    private static String camelCase(String column) {
        var camel = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    private static StoreUnavailableException busy(Throwable cause) {
        return new StoreUnavailableException("the database is busy; try again", true, cause);
    }

    /** The driver's message may quote SQL and values, so it stays in the cause, for the host's logs. */
    private static StoreUnavailableException unavailable(Throwable cause) {
        return new StoreUnavailableException("the database failed", false, cause);
    }
}
