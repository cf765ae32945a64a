package org.learningstore.jpa.internal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.port.LearnerStatistics;
import org.learningstore.core.progress.LessonStatus;
import org.learningstore.jpa.spi.LearnerHistory;

/** A learner's totals in two statements (lesson progress, attempts), and active days in one ({@link LearnerHistory}). */
public final class JpaLearnerStatistics implements LearnerStatistics {
    private static final String COMPLETED = LessonStatus.COMPLETED.code();
    private static final String GRADED = "('" + AttemptStatus.SUBMITTED.code() + "', '" + AttemptStatus.EXPIRED.code() + "')";

    private final CurrentEntityManager current;
    private final LearnerHistory history;

    public JpaLearnerStatistics(CurrentEntityManager current, LearnerHistory history) {
        this.current = current;
        this.history = history;
    }

    /**
     * On the primary key of {@code lesson_progress} and {@code attempts_learner_idx}. The average
     * is over graded (submitted or expired) attempts, null when there is none.
     */
    @Override
    public Totals totals(UUID learnerId) {
        Object[] lessons = current.get().createQuery("select coalesce(sum(case when p.status = '" + COMPLETED
                        + "' then 1 else 0 end), 0), coalesce(sum(p.timeSpentMs), 0)"
                        + " from LessonProgressEntity p where p.learnerId = :learner", Object[].class)
                .setParameter("learner", learnerId)
                .getSingleResult();
        Object[] attempts = current.get().createQuery("select count(distinct case when a.passed = true then a.assessmentId end),"
                        + " avg(case when a.status in " + GRADED + " then a.percent end)"
                        + " from AttemptEntity a where a.learnerId = :learner", Object[].class)
                .setParameter("learner", learnerId)
                .getSingleResult();
        return new Totals(((Number) lessons[0]).longValue(), ((Number) attempts[0]).longValue(),
                attempts[1] == null ? null : ((Number) attempts[1]).doubleValue(),
                Duration.ofMillis(((Number) lessons[1]).longValue()));
    }

    @Override
    public List<Long> activeDays(UUID learnerId, long fromDay) {
        return history.activeDays(current.get(), learnerId, fromDay);
    }
}
