package org.learningstore.core.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.learningstore.core.port.StudySessions.Candidate;

/**
 * The order a study session offers its questions in: never answered first, then last answered
 * wrong, then the rest; within each, the longest since the last answer first; ties keep the
 * scope's order (the order the candidates come in).
 */
final class StudyOrder {
    private static final Comparator<Candidate> ORDER = Comparator.comparingInt(StudyOrder::priority)
            .thenComparing(c -> c.lastAnsweredAt() == null ? Instant.MIN : c.lastAnsweredAt());

    private StudyOrder() {
    }

    /** The first {@code count} of {@code candidates} in study order. */
    static List<Candidate> first(List<Candidate> candidates, int count) {
        return candidates.stream().sorted(ORDER).limit(count).toList();
    }

    private static int priority(Candidate candidate) {
        if (candidate.lastAnsweredAt() == null) {
            return 0;
        }
        return Boolean.FALSE.equals(candidate.lastCorrect()) ? 1 : 2;
    }
}
