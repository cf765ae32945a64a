package org.learningstore.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.engagement.LearningEvent;
import org.learningstore.core.engagement.XpEntry;
import org.learningstore.core.error.RuleViolationException;
import org.learningstore.core.internal.engagement.ReplayedRewards;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.port.Attempts;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.LessonProgress;
import org.learningstore.core.progress.SkillMastery;

/**
 * The rows of one import batch, gathered while its learners are replayed and written table by
 * table: each table's rows in a fixed number of statements, whatever the number of learners (seats:
 * one statement per course the batch enrolls in). Learners are written as their history leaves
 * them (total XP and version included); their audit entries hold them as they were created.
 */
final class ImportBatchRows implements ReplayedRewards.Rows {
    private record AwardRow(UUID learnerId, UUID achievementId, Instant earnedAt, UUID awardId, long metricValue) {
    }

    /** A question's counters summed over the batch in place: a delta comes with nearly every imported answer. */
    private static final class StatsSum {
        private long answered;
        private long correct;
        private long nanos;

        void add(Attempts.StatsDelta delta) {
            answered += delta.answered();
            correct += delta.correct();
            nanos += delta.time().toNanos();
        }

        Attempts.StatsDelta of(UUID questionId) {
            return new Attempts.StatsDelta(questionId, answered, correct, Duration.ofNanos(nanos));
        }
    }

    private final Map<UUID, Object> created = new LinkedHashMap<>();
    private final List<Learner> learners = new ArrayList<>();
    private final Map<UUID, Integer> seats = new LinkedHashMap<>();
    private final List<Enrollment> enrollments = new ArrayList<>();
    private final List<LessonProgress> lessonProgress = new ArrayList<>();
    private final List<SkillMastery> masteries = new ArrayList<>();
    private final List<Attempts.ImportedAttempt> attempts = new ArrayList<>();
    private final Map<UUID, StatsSum> stats = new LinkedHashMap<>();
    private final List<XpEntry> payments = new ArrayList<>();
    private final List<AwardRow> awards = new ArrayList<>();
    private final List<LearningEvent> events = new ArrayList<>();

    void created(Learner learner) {
        created.put(learner.id(), learner);
    }

    /** The learner's rows as the history left them. */
    void finished(Learner learner, List<Enrollment> enrolled, List<LessonProgress> progress, List<SkillMastery> mastery) {
        learners.add(learner);
        enrollments.addAll(enrolled);
        lessonProgress.addAll(progress);
        masteries.addAll(mastery);
    }

    void seatTaken(UUID courseId) {
        seats.merge(courseId, 1, Integer::sum);
    }

    void graded(Attempts.ImportedAttempt attempt, List<Attempts.StatsDelta> deltas) {
        attempts.add(attempt);
        deltas.forEach(delta -> stats.computeIfAbsent(delta.questionId(), id -> new StatsSum()).add(delta));
    }

    @Override
    public void paid(XpEntry entry) {
        payments.add(entry);
    }

    @Override
    public void awarded(UUID learnerId, UUID achievementId, Instant earnedAt, UUID awardId, long metricValue) {
        awards.add(new AwardRow(learnerId, achievementId, earnedAt, awardId, metricValue));
    }

    @Override
    public void appended(LearningEvent event) {
        events.add(event);
    }

    /** Call inside the batch's unit of work. */
    void write(ImportWriters ports) {
        ports.profiles().insertAll(learners);
        ports.auditor().recordAll("learner", AuditAction.CREATED, created);
        seats.forEach((courseId, taken) -> ports.enrollments().takeSeats(courseId, taken,
                () -> new RuleViolationException("course.full", "course " + courseId + " has no seat left")));
        ports.enrollments().insertAll(enrollments);
        ports.lessonProgress().insertAll(lessonProgress);
        if (!masteries.isEmpty()) {
            ports.masteries().insert(masteries);
        }
        if (!attempts.isEmpty()) {
            ports.attempts().insertAll(attempts);
        }
        if (!stats.isEmpty()) {
            List<Attempts.StatsDelta> sums = new ArrayList<>(stats.size());
            stats.forEach((questionId, sum) -> sums.add(sum.of(questionId)));
            ports.attempts().addToStats(sums);
        }
        ports.rewards().insertEntries(payments);
        awards.forEach(a -> ports.rewards().award(a.learnerId(), a.achievementId(), a.earnedAt(), a.awardId(), a.metricValue()));
        ports.events().appendAll(events);
    }
}
