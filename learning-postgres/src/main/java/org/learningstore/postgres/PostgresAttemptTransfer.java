package org.learningstore.postgres;

import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.learningstore.jpa.spi.AttemptTransfer;

/**
 * A merge's move of attempts, one statement. PostgreSQL checks the non-deferrable unique keys
 * row by row as the UPDATE goes, so no intermediate state may collide, and none can: a moved
 * row's new key {@code (assessment, to, number + max)} lies above every number {@code to} had
 * there, the moved rows of one assessment keep distinct numbers (their old ones were distinct),
 * and no row of {@code to} changes. The sub-select reads the snapshot the statement started on,
 * before any row moved, so {@code max} is {@code to}'s own attempts only, whatever order rows are
 * updated in. Attempts in progress were settled by the caller; a concurrent start for {@code to}
 * that slips in between fails on {@code attempts_number_key} or {@code attempts_in_progress_idx},
 * a concurrent change, and the merge runs again.
 */
final class PostgresAttemptTransfer implements AttemptTransfer {
    private static final String MOVE_ATTEMPTS = """
            UPDATE attempts a
            SET learner_id = ?2,
                number = a.number + (SELECT coalesce(max(t.number), 0) FROM attempts t
                                     WHERE t.assessment_id = a.assessment_id AND t.learner_id = ?2),
                version = a.version + 1
            WHERE a.learner_id = ?1""";

    @Override
    public int moveAttempts(EntityManager entityManager, UUID fromLearnerId, UUID toLearnerId) {
        return entityManager.createNativeQuery(MOVE_ATTEMPTS)
                .setParameter(1, fromLearnerId)
                .setParameter(2, toLearnerId)
                .executeUpdate();
    }
}
