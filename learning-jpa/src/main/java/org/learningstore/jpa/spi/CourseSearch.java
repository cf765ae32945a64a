package org.learningstore.jpa.spi;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Full-text search over courses: JPQL cannot express it, so each database module implements it natively. */
public interface CourseSearch {
    /**
     * Non-deleted courses whose search document holds every term as a word prefix, best first.
     * {@code terms} are lower-case letters and digits.
     */
    List<Match> match(EntityManager entityManager, List<String> terms, int limit);

    /** A matching course and its rank (higher is better). */
    record Match(UUID courseId, double rank) {
    }
}
