package org.learningstore.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.LearningStoreException;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.error.StoreUnavailableException;

class PersistenceErrorsTest {
    private final PersistenceErrors errors = new PersistenceErrors();

    @Test
    void uniqueViolationsNameTheTakenField() {
        assertEquals("slug", conflict(violation("23505", "courses_slug_key")).field());
        assertEquals("name", conflict(violation("23505", "skills_name_key")).field());
    }

    @Test
    void learnerIdentityKeysNameTheCallersFieldNotTheNormalizedColumn() {
        assertEquals("email", conflict(violation("23505", "learners_email_normalized_key")).field());
        assertEquals("username", conflict(violation("23505", "learners_username_key")).field());
        assertEquals("externalRef", conflict(violation("23505", "learners_external_ref_key")).field());
        assertFalse(PersistenceErrors.isConcurrentChange(errors.translate(violation("23505", "learners_email_normalized_key"))),
                "a taken email is the caller's to change, not retried");
    }

    @Test
    void aTakenSessionTokenHashIsARetryableConcurrentChange() {
        LearningStoreException error = errors.translate(violation("23505", "learner_sessions_token_hash_key"));
        assertNull(assertInstanceOf(ConflictException.class, error).field());
        assertTrue(PersistenceErrors.isConcurrentChange(error));
    }

    @Test
    void learnerCheckViolationsNameTheDomainField() {
        String[][] cases = {
                {"learners_kind_check", "kind"},
                {"learners_academic_level_check", "academicLevel"},
                {"learners_total_xp_check", "totalXp"},
                {"learners_preferences_check", "preferences"},
                {"learners_metadata_check", "metadata"},
        };
        for (String[] expected : cases) {
            assertEquals(expected[1], assertInstanceOf(InvalidInputException.class,
                    errors.translate(violation("23514", expected[0]))).field(), expected[0]);
        }
    }

    @Test
    void positionAndPrimaryKeyViolationsAreRetryableConcurrentChanges() {
        for (String constraint : new String[] {"modules_course_position_key", "lessons_module_position_key", "lesson_skills_pkey"}) {
            LearningStoreException error = errors.translate(violation("23505", constraint));
            assertNull(assertInstanceOf(ConflictException.class, error).field(), constraint);
            assertTrue(PersistenceErrors.isConcurrentChange(error), constraint);
        }
    }

    @Test
    void attemptNumberingAndQuestionPositionKeysAreRetryableConcurrentChanges() {
        for (String constraint : new String[] {"attempts_number_key", "attempts_in_progress_idx",
                "questions_assessment_position_key", "answers_pkey", "attempt_overrides_pkey"}) {
            LearningStoreException error = errors.translate(violation("23505", constraint));
            assertNull(assertInstanceOf(ConflictException.class, error).field(), constraint);
            assertTrue(PersistenceErrors.isConcurrentChange(error), constraint);
        }
    }

    @Test
    void progressKeysAreRetryableConcurrentChanges() {
        for (String constraint : new String[] {"enrollments_learner_course_key", "lesson_progress_pkey", "skill_mastery_pkey"}) {
            LearningStoreException error = errors.translate(violation("23505", constraint));
            assertNull(assertInstanceOf(ConflictException.class, error).field(), constraint);
            assertTrue(PersistenceErrors.isConcurrentChange(error), constraint);
        }
        assertTrue(PersistenceErrors.isConcurrentChange(errors.translate(new EntityExistsException("seen in this unit"))),
                "a row inserted concurrently and then read in the same unit");
    }

    @Test
    void progressCheckViolationsNameTheDomainField() {
        String[][] cases = {
                {"enrollments_status_check", "status"},
                {"enrollments_progress_percent_check", "progressPercent"},
                {"lesson_progress_time_spent_ms_check", "timeSpent"},
                {"lesson_progress_last_position_check", "lastPosition"},
                {"lesson_progress_bookmarks_check", "bookmarks"},
                {"skill_mastery_score_check", "score"},
                {"study_sessions_scope_kind_check", "scopeKind"},
                {"study_sessions_min_difficulty_check", "minDifficulty"},
                {"practice_answers_time_spent_ms_check", "timeSpent"},
                {"practice_answers_response_check", "response"},
        };
        for (String[] expected : cases) {
            assertEquals(expected[1], assertInstanceOf(InvalidInputException.class,
                    errors.translate(violation("23514", expected[0]))).field(), expected[0]);
        }
    }

    @Test
    void assessmentCheckViolationsNameTheDomainField() {
        String[][] cases = {
                {"assessments_passing_score_check", "passingScore"},
                {"assessments_time_limit_ms_check", "timeLimit"},
                {"questions_answer_key_check", "answerKey"},
                {"question_stats_times_answered_check", "timesAnswered"},
                {"attempt_overrides_extra_time_ms_check", "extraTime"},
                {"attempt_overrides_extra_attempts_check", "extraAttempts"},
                {"attempts_question_order_check", "questionOrder"},
                {"answers_time_spent_ms_check", "timeSpent"},
        };
        for (String[] expected : cases) {
            assertEquals(expected[1], assertInstanceOf(InvalidInputException.class,
                    errors.translate(violation("23514", expected[0]))).field(), expected[0]);
        }
    }

    @Test
    void checkViolationsNameTheColumnInCamelCase() {
        var invalid = assertInstanceOf(InvalidInputException.class,
                errors.translate(violation("23514", "lessons_estimated_minutes_check")));
        assertEquals("estimatedMinutes", invalid.field());
        assertEquals("violates lessons_estimated_minutes_check", invalid.reason());
        assertEquals("learningObjectives", assertInstanceOf(InvalidInputException.class,
                errors.translate(violation("23514", "courses_learning_objectives_check"))).field());
    }

    @Test
    void foreignKeyViolationsAreAConcurrentChangeThatIsRunAgain() {
        var conflict = assertInstanceOf(ConflictException.class, errors.translate(violation("23503", "lessons_module_id_fkey")));
        assertNull(conflict.field());
        assertTrue(PersistenceErrors.isConcurrentChange(conflict));
    }

    @Test
    void lostOptimisticLocksSerializationFailuresAndDeadlocksAreConcurrentChanges() {
        RuntimeException[] failures = {
                new OptimisticLockException("stale"),
                new PersistenceException(new StaleObjectStateException("CourseEntity", "id")),
                new LockAcquisitionException("deadlock", new SQLException("deadlock detected", "40P01")),
                new PersistenceException(new SQLException("could not serialize access", "40001")),
        };
        for (RuntimeException failure : failures) {
            LearningStoreException error = errors.translate(failure);
            assertTrue(PersistenceErrors.isConcurrentChange(error), failure.toString());
            assertSame(failure, error.getCause());
        }
    }

    @Test
    void connectionProblemsAreRetryableUnavailability() {
        assertTrue(unavailable(new PersistenceException(new SQLException("refused", "08001"))).retryable());
        assertTrue(unavailable(new PersistenceException(
                new SQLTransientConnectionException("learning-store - Connection is not available"))).retryable());
    }

    @Test
    void anythingElseIsUnavailabilityThatARetryCannotFix() {
        assertFalse(unavailable(new PersistenceException(new SQLException("disk full", "53100"))).retryable());
        assertFalse(unavailable(new IllegalStateException("bug")).retryable());
    }

    @Test
    void theLibrarysOwnErrorsPassUnchanged() {
        var notFound = new NotFoundException("course", "x");
        assertSame(notFound, errors.translate(notFound));
        assertFalse(PersistenceErrors.isConcurrentChange(ConflictException.staleVersion("course", "x", 1, 2)));
    }

    @Test
    void messagesCarryTheSqlStateButNotTheDriversTextWithItsSqlAndValues() {
        String driverText = "ERROR: invalid byte sequence for encoding \"UTF8\": 0x00 [select c from courses c where c.slug='ann@example.org']";
        assertEquals("the store failed (SQLSTATE 22021)",
                unavailable(new PersistenceException(new SQLException(driverText, "22021"))).getMessage());
        assertEquals("the database cannot be reached (SQLSTATE 08001)",
                unavailable(new PersistenceException(new SQLException(driverText, "08001"))).getMessage());
        assertEquals("the store failed", unavailable(new IllegalStateException(driverText)).getMessage());
        var taken = new ConstraintViolationException("Key (email_normalized)=(ann@example.org) already exists",
                new SQLException("Detail: Key (email_normalized)=(ann@example.org) already exists.", "23505"),
                "learners_email_normalized_key");
        assertEquals("email is already taken", conflict(taken).getMessage());
    }

    private static ConstraintViolationException violation(String sqlState, String constraint) {
        return new ConstraintViolationException("violation", new SQLException("violation", sqlState), constraint);
    }

    private ConflictException conflict(RuntimeException failure) {
        return assertInstanceOf(ConflictException.class, errors.translate(failure));
    }

    private StoreUnavailableException unavailable(RuntimeException failure) {
        return assertInstanceOf(StoreUnavailableException.class, errors.translate(failure));
    }
}
