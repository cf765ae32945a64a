package org.learningstore.core.internal.merge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptOverride;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.engagement.XpEntry;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.learner.LearnerProfile;
import org.learningstore.core.port.RewardRecords.Award;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.EnrollmentStatus;
import org.learningstore.core.progress.LessonProgress;
import org.learningstore.core.progress.LessonStatus;
import org.learningstore.core.progress.SkillMastery;

/**
 * The merge rules, as a pure function of the two learners and their rows. Where both learners
 * have a row of one thing, the merged learner's wins only if it is strictly better, so a tie keeps
 * the survivor's: the enrollment with more progress, the lesson progress that is completed, else
 * has the higher best score, else more time, the higher mastery score, and always the survivor's
 * attempt override, XP entry of a source and earned achievement (a source pays once, an
 * achievement is earned once). The survivor's total XP grows by the entries that move, so it stays
 * the sum of its ledger. See {@link MergePlan} for the version rule.
 */
public final class LearnerMerge {
    /** Completed over not, then the higher best score (none lowest), then more time. */
    static final Comparator<LessonProgress> LESSON_PROGRESS = Comparator
            .comparing((LessonProgress p) -> p.status() == LessonStatus.COMPLETED)
            .thenComparing(LessonProgress::bestScore, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(LessonProgress::timeSpent);

    private LearnerMerge() {
    }

    public static MergePlan plan(Learner survivor, Learner merged, LearnerRows rows, Instant now) {
        UUID survivorId = survivor.id();
        UUID mergedId = merged.id();
        List<Enrollment> losingEnrollments = new ArrayList<>();
        KeyedMoves<UUID> enrollments = keepBetter(rows.enrollments(), Enrollment::learnerId, Enrollment::courseId,
                survivorId, mergedId, (mine, theirs) -> mine.progressPercent() > theirs.progressPercent(), losingEnrollments);
        List<UUID> seats = losingEnrollments.stream()
                .filter(loser -> loser.status() != EnrollmentStatus.DROPPED).map(Enrollment::courseId).toList();
        KeyedMoves<String> xpEntries = keepBetter(rows.xpEntries(), XpEntry::learnerId, XpEntry::source, survivorId, mergedId,
                (mine, theirs) -> false, new ArrayList<>());
        Set<String> movedSources = new HashSet<>(xpEntries.moveFromMerged());
        long movedXp = rows.xpEntries().stream()
                .filter(entry -> entry.learnerId().equals(mergedId) && movedSources.contains(entry.source()))
                .mapToLong(XpEntry::amount).sum();
        return new MergePlan(
                attempts(rows.attempts(), survivorId, mergedId, now),
                keepBetter(rows.overrides(), AttemptOverride::learnerId, AttemptOverride::assessmentId, survivorId, mergedId,
                        (mine, theirs) -> false, new ArrayList<>()),
                enrollments,
                seats,
                keepBetter(rows.lessonProgress(), LessonProgress::learnerId, LessonProgress::lessonId, survivorId, mergedId,
                        (mine, theirs) -> LESSON_PROGRESS.compare(mine, theirs) > 0, new ArrayList<>()),
                keepBetter(rows.masteries(), SkillMastery::learnerId, SkillMastery::skillId, survivorId, mergedId,
                        (mine, theirs) -> mine.score() > theirs.score(), new ArrayList<>()),
                xpEntries,
                keepBetter(rows.awards(), Award::learnerId, Award::achievementId, survivorId, mergedId,
                        (mine, theirs) -> false, new ArrayList<>()),
                new Learner(survivorId, survivor.kind(), survivor.profile(), survivor.totalXp() + movedXp,
                        survivor.createdAt(), latest(survivor.lastActiveAt(), merged.lastActiveAt()), null,
                        survivor.version() + 1, null),
                retired(merged, survivorId, now));
    }

    /**
     * The merged learner's rows move where the survivor has none with their key; where both
     * have one, the merged learner's replaces the survivor's only if {@code mergedWins}, and
     * the row that gives way is added to {@code losers}.
     */
    private static <R, K> KeyedMoves<K> keepBetter(List<R> rows, Function<R, UUID> learner, Function<R, K> key,
                                                   UUID survivorId, UUID mergedId, BiPredicate<R, R> mergedWins,
                                                   List<R> losers) {
        Map<K, R> survivors = new HashMap<>();
        rows.stream().filter(row -> learner.apply(row).equals(survivorId)).forEach(row -> survivors.put(key.apply(row), row));
        List<K> move = new ArrayList<>();
        List<K> deleteOfSurvivor = new ArrayList<>();
        List<K> deleteOfMerged = new ArrayList<>();
        for (R mine : rows.stream().filter(row -> learner.apply(row).equals(mergedId)).toList()) {
            K at = key.apply(mine);
            R theirs = survivors.get(at);
            if (theirs == null) {
                move.add(at);
            } else if (mergedWins.test(mine, theirs)) {
                deleteOfSurvivor.add(at);
                move.add(at);
                losers.add(theirs);
            } else {
                deleteOfMerged.add(at);
                losers.add(mine);
            }
        }
        return new KeyedMoves<>(move, deleteOfSurvivor, deleteOfMerged);
    }

    /**
     * Every attempt of the merged learner, given to the survivor and numbered after the
     * survivor's last on the same assessment, in the merged learner's order; one still in
     * progress where the survivor also has one in progress is abandoned now.
     */
    private static List<Attempt> attempts(List<Attempt> attempts, UUID survivorId, UUID mergedId, Instant now) {
        Map<UUID, Integer> lastNumber = new HashMap<>();
        Set<UUID> survivorInProgress = new HashSet<>();
        for (Attempt attempt : attempts) {
            if (attempt.learnerId().equals(survivorId)) {
                lastNumber.merge(attempt.assessmentId(), attempt.number(), Math::max);
                if (attempt.status() == AttemptStatus.IN_PROGRESS) {
                    survivorInProgress.add(attempt.assessmentId());
                }
            }
        }
        List<Attempt> moved = new ArrayList<>();
        for (Attempt a : attempts.stream().filter(attempt -> attempt.learnerId().equals(mergedId))
                .sorted(Comparator.comparing(Attempt::assessmentId).thenComparingInt(Attempt::number)).toList()) {
            int number = lastNumber.merge(a.assessmentId(), 1, Integer::sum);
            boolean clashes = a.status() == AttemptStatus.IN_PROGRESS && survivorInProgress.contains(a.assessmentId());
            moved.add(new Attempt(a.id(), a.assessmentId(), survivorId, number, clashes ? AttemptStatus.ABANDONED : a.status(),
                    a.startedAt(), a.deadline(), clashes ? now : a.submittedAt(), a.score(), a.maxScore(), a.percent(),
                    a.passed(), a.previousScore(), a.questionOrder(), a.version() + 1, a.metadata(),
                    a.feedback()));
        }
        return moved;
    }

    /** Soft-deleted, identities cleared so they can be used again, no XP left (its entries moved or dropped). */
    private static Learner retired(Learner merged, UUID survivorId, Instant now) {
        LearnerProfile profile = merged.profile();
        return new Learner(merged.id(), merged.kind(), new LearnerProfile(null, null, null, profile.displayName(),
                profile.academicLevel(), profile.preferences(), profile.metadata()), 0, merged.createdAt(),
                merged.lastActiveAt(), survivorId, merged.version() + 1, now);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
