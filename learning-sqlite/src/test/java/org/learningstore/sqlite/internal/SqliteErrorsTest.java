package org.learningstore.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.StoreUnavailableException;
import org.learningstore.sqlite.internal.turso.StepError;
import org.learningstore.sqlite.internal.turso.TursoStatementException;
import org.learningstore.sqlite.internal.turso.TursoUnavailableException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** The messages both transports really send (sqlite-jdbc 3.54, tursodb 0.6.0) become the library's errors. */
class SqliteErrorsTest {

    @Test
    void uniqueKeysACallerCanHitNameTheirField() {
        assertEquals("slug", conflict(file(SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE,
                "A UNIQUE constraint failed (UNIQUE constraint failed: courses.slug)")).field());
        assertEquals("name", conflict(turso("Runtime error: UNIQUE constraint failed: skills.name (19)")).field());
    }

    @Test
    void learnerIdentitiesNameTheirFieldAndTheEmailIsTakenThroughItsLowerCasedCopy() {
        assertEquals("email", conflict(file(SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE,
                "A UNIQUE constraint failed (UNIQUE constraint failed: learners.email_normalized)")).field());
        assertEquals("email", conflict(turso("Runtime error: UNIQUE constraint failed: learners.email_normalized (19)")).field());
        assertEquals("username", conflict(file(SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE,
                "A UNIQUE constraint failed (UNIQUE constraint failed: learners.username)")).field());
        assertEquals("username", conflict(turso("Runtime error: UNIQUE constraint failed: learners.username (19)")).field());
        assertEquals("externalRef", conflict(file(SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE,
                "A UNIQUE constraint failed (UNIQUE constraint failed: learners.external_ref)")).field());
        assertEquals("externalRef", conflict(turso("Runtime error: UNIQUE constraint failed: learners.external_ref (19)")).field());
        assertFalse(SqliteErrors.isTransient(conflict(turso("UNIQUE constraint failed: learners.email_normalized (19)"))));
    }

    @Test
    void aTakenTokenHashIsARetriedConflictWithoutAField() {
        ConflictException onFile = conflict(file(SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE,
                "A UNIQUE constraint failed (UNIQUE constraint failed: learner_sessions.token_hash)"));
        ConflictException onTurso = conflict(turso("Runtime error: UNIQUE constraint failed: learner_sessions.token_hash (19)"));

        assertNull(onFile.field());
        assertNull(onTurso.field());
        assertTrue(SqliteErrors.isTransient(onFile));
        assertTrue(onTurso.getMessage().contains("token"), onTurso.getMessage());
    }

    @Test
    void learnerChecksNameTheirField() {
        var level = assertInstanceOf(InvalidInputException.class, file(SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK,
                "A CHECK constraint failed (CHECK constraint failed: learners_academic_level_check)"));
        var xp = assertInstanceOf(InvalidInputException.class, turso("Runtime error: CHECK constraint failed: learners_total_xp_check (19)"));
        var preferences = assertInstanceOf(InvalidInputException.class,
                turso("CHECK constraint failed: learners_preferences_check (19)"));
        var hash = assertInstanceOf(InvalidInputException.class, turso("NOT NULL constraint failed: learner_sessions.token_hash (19)"));

        assertEquals("academicLevel", level.field());
        assertEquals("totalXp", xp.field());
        assertEquals("preferences", preferences.field());
        assertEquals("tokenHash", hash.field());
    }

    @Test
    void aTakenPositionIsATransientConcurrentChange() {
        ConflictException onFile = conflict(file(SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE,
                "A UNIQUE constraint failed (UNIQUE constraint failed: modules.course_id, modules.position)"));
        ConflictException onTurso = conflict(turso("Runtime error: UNIQUE constraint failed: modules.(course_id, position) (19)"));

        assertNull(onFile.field());
        assertNull(onTurso.field());
        assertTrue(SqliteErrors.isTransient(onTurso));
        assertFalse(SqliteErrors.isTransient(conflict(turso("UNIQUE constraint failed: courses.slug (19)"))));
    }

    @Test
    void concurrentStartsAndQuestionPositionsAreRetriedConflictsOnBothTransports() {
        List<RuntimeException> failures = List.of(
                file(SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE,
                        "A UNIQUE constraint failed (UNIQUE constraint failed: attempts.assessment_id, attempts.learner_id, attempts.number)"),
                turso("Runtime error: UNIQUE constraint failed: attempts.(assessment_id, learner_id, number) (19)"),
                // the partial unique index attempts_in_progress_idx
                file(SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE,
                        "A UNIQUE constraint failed (UNIQUE constraint failed: attempts.assessment_id, attempts.learner_id)"),
                turso("Runtime error: UNIQUE constraint failed: attempts.(assessment_id, learner_id) (19)"),
                file(SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE,
                        "A UNIQUE constraint failed (UNIQUE constraint failed: questions.assessment_id, questions.position)"),
                turso("Runtime error: UNIQUE constraint failed: questions.(assessment_id, position) (19)"));

        for (RuntimeException failure : failures) {
            ConflictException conflict = conflict(failure);
            assertNull(conflict.field(), conflict.getMessage());
            assertTrue(SqliteErrors.isTransient(conflict), conflict.getMessage());
        }
        assertTrue(conflict(failures.get(1)).getMessage().contains("attempt number"), failures.get(1).getMessage());
        assertTrue(conflict(failures.get(2)).getMessage().contains("in progress"), failures.get(2).getMessage());
    }

    @Test
    void aSecondEnrollmentLessonProgressOrMasteryRowIsARetriedConflictOnBothTransports() {
        List<RuntimeException> failures = List.of(
                file(SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE,
                        "A UNIQUE constraint failed (UNIQUE constraint failed: enrollments.learner_id, enrollments.course_id)"),
                turso("Runtime error: UNIQUE constraint failed: enrollments.(learner_id, course_id) (19)"),
                // composite primary keys (measured on tursodb 0.6.0: the same message as a unique key)
                file(SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY,
                        "A PRIMARY KEY constraint failed (UNIQUE constraint failed: lesson_progress.learner_id, lesson_progress.lesson_id)"),
                turso("Runtime error: UNIQUE constraint failed: lesson_progress.(learner_id, lesson_id) (19)"),
                file(SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY,
                        "A PRIMARY KEY constraint failed (UNIQUE constraint failed: skill_mastery.learner_id, skill_mastery.skill_id)"),
                turso("Runtime error: UNIQUE constraint failed: skill_mastery.(learner_id, skill_id) (19)"));

        for (RuntimeException failure : failures) {
            ConflictException conflict = conflict(failure);
            assertNull(conflict.field(), conflict.getMessage());
            assertTrue(SqliteErrors.isTransient(conflict), conflict.getMessage());
            assertTrue(conflict.getMessage().contains("concurrent"), conflict.getMessage());
        }
    }

    @Test
    void progressChecksNameTheirField() {
        assertEquals("progressPercent", assertInstanceOf(InvalidInputException.class,
                turso("CHECK constraint failed: enrollments_progress_percent_check (19)")).field());
        assertEquals("timeSpent", assertInstanceOf(InvalidInputException.class, file(SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK,
                "A CHECK constraint failed (CHECK constraint failed: lesson_progress_time_spent_ms_check)")).field());
        assertEquals("lastPosition", assertInstanceOf(InvalidInputException.class,
                turso("CHECK constraint failed: lesson_progress_last_position_check (19)")).field());
        assertEquals("score", assertInstanceOf(InvalidInputException.class,
                turso("CHECK constraint failed: skill_mastery_score_check (19)")).field());
        assertEquals("minDifficulty", assertInstanceOf(InvalidInputException.class,
                turso("CHECK constraint failed: study_sessions_min_difficulty_check (19)")).field());
        assertEquals("timeSpent", assertInstanceOf(InvalidInputException.class,
                turso("CHECK constraint failed: practice_answers_time_spent_ms_check (19)")).field());
        assertEquals("correct", assertInstanceOf(InvalidInputException.class,
                turso("CHECK constraint failed: correct IN (0, 1) (19)")).field());
    }

    @Test
    void bothSpellingsOfAUniqueKeyMeanTheSameKey() {
        assertEquals("attempts(assessment_id, learner_id)", SqliteErrors.uniqueKey("attempts.assessment_id, attempts.learner_id"));
        assertEquals("attempts(assessment_id, learner_id)", SqliteErrors.uniqueKey("attempts.(assessment_id, learner_id)"));
        assertEquals("courses(slug)", SqliteErrors.uniqueKey("courses.slug"));
    }

    @Test
    void assessmentChecksNameTheirFieldAndMillisecondColumnsTheirDuration() {
        var points = assertInstanceOf(InvalidInputException.class,
                turso("Runtime error: CHECK constraint failed: questions_points_check (19)"));
        var status = assertInstanceOf(InvalidInputException.class, file(SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK,
                "A CHECK constraint failed (CHECK constraint failed: attempts_status_check)"));
        var extraTime = assertInstanceOf(InvalidInputException.class, file(SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK,
                "A CHECK constraint failed (CHECK constraint failed: attempt_overrides_extra_time_ms_check)"));
        var timeLimit = assertInstanceOf(InvalidInputException.class,
                turso("CHECK constraint failed: assessments_time_limit_ms_check (19)"));
        var order = assertInstanceOf(InvalidInputException.class,
                turso("CHECK constraint failed: attempts_question_order_check (19)"));
        var timeSpent = assertInstanceOf(InvalidInputException.class,
                turso("NOT NULL constraint failed: answers.time_spent_ms (19)"));

        assertEquals("points", points.field());
        assertEquals("status", status.field());
        assertEquals("extraTime", extraTime.field());
        assertEquals("timeLimit", timeLimit.field());
        assertEquals("questionOrder", order.field());
        assertEquals("timeSpent", timeSpent.field());
    }

    @Test
    void namedAndUnnamedChecksNameTheColumnInCamelCase() {
        var named = assertInstanceOf(InvalidInputException.class, file(SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK,
                "A CHECK constraint failed (CHECK constraint failed: courses_estimated_minutes_check)"));
        var unnamed = assertInstanceOf(InvalidInputException.class, turso("Runtime error: CHECK constraint failed: free_preview IN (0, 1) (19)"));
        var tableWithUnderscore = assertInstanceOf(InvalidInputException.class,
                turso("CHECK constraint failed: lessons_learning_objectives_check (19)"));

        assertEquals("estimatedMinutes", named.field());
        assertEquals("freePreview", unnamed.field());
        assertEquals("learningObjectives", tableWithUnderscore.field());
    }

    @Test
    void foreignKeysAreAConcurrentChangeThatIsRunAgain() {
        var file = assertInstanceOf(ConflictException.class, file(SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY,
                "A foreign key constraint failed (FOREIGN KEY constraint failed)"));
        var turso = assertInstanceOf(ConflictException.class, turso("Runtime error: FOREIGN KEY constraint failed"));

        assertNull(file.field());
        assertNull(turso.field());
        assertTrue(SqliteErrors.isTransient(file));
        assertTrue(SqliteErrors.isTransient(turso));
    }

    @Test
    void busyIsRetryableAndOtherFailuresAreNot() {
        var busy = assertInstanceOf(StoreUnavailableException.class, file(SQLiteErrorCode.SQLITE_BUSY, "database is locked"));
        var io = assertInstanceOf(StoreUnavailableException.class, file(SQLiteErrorCode.SQLITE_IOERR, "disk I/O error"));
        var unreachable = assertThrows(StoreUnavailableException.class, () -> SqliteErrors.onTurso(() -> {
            throw new TursoUnavailableException("connection refused", true);
        }));

        assertTrue(busy.retryable());
        assertTrue(SqliteErrors.isTransient(busy));
        assertFalse(io.retryable());
        assertTrue(unreachable.retryable());
    }

    @Test
    void unavailableMessagesKeepTheDriversTextWithItsSqlInTheCauseOnly() {
        String driverText = "near \"FROM\": syntax error in SELECT email FROM learners WHERE email = 'ann@example.org'";
        var fileFailure = assertInstanceOf(StoreUnavailableException.class, file(SQLiteErrorCode.SQLITE_ERROR, driverText));
        var tursoFailure = assertInstanceOf(StoreUnavailableException.class, turso(driverText));

        assertEquals("the database failed", fileFailure.getMessage());
        assertEquals("the database failed", tursoFailure.getMessage());
        assertEquals("[SQLITE_ERROR] " + driverText, fileFailure.getCause().getMessage());
    }

    @Test
    void tursoStatementFailuresAreTranslatedToo() {
        assertThrows(ConflictException.class, () -> SqliteErrors.onTurso(() -> {
            throw new TursoStatementException(0, "UNIQUE constraint failed: courses.slug (19)", "EXECUTE_ERROR");
        }));
    }

    private static ConflictException conflict(RuntimeException failure) {
        return assertInstanceOf(ConflictException.class, failure);
    }

    private static RuntimeException file(SQLiteErrorCode code, String message) {
        return SqliteErrors.fromFile(new SQLiteException("[" + code.name() + "] " + message, code));
    }

    private static RuntimeException turso(String message) {
        return SqliteErrors.fromTursoStep(new StepError(message, "EXECUTE_ERROR"), 2);
    }
}
