package org.learningstore.jpa.spi;

import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * The renumbering write of a merge. Each moved attempt's new number depends on the other
 * learner's attempts at the same assessment, a correlated sub-select that JPQL cannot put in a
 * SET clause, so each database module writes it natively, in ONE statement whatever the number
 * of attempts. It runs inside the caller's transaction, on its EntityManager.
 */
public interface AttemptTransfer {

    /**
     * Gives every attempt of {@code fromLearnerId} to {@code toLearnerId}: on each assessment, the
     * moved attempts keep their order and are numbered after the highest number
     * {@code toLearnerId} has there ({@code number + max}), and each steps its version by one.
     * The caller first settles attempts in progress on both sides, so that the moved rows cannot
     * break the one-in-progress index. Returns the rows moved.
     */
    int moveAttempts(EntityManager entityManager, UUID fromLearnerId, UUID toLearnerId);
}
