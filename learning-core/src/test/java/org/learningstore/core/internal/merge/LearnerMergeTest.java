package org.learningstore.core.internal.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptOverride;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.catalog.Level;
import org.learningstore.core.engagement.XpEntry;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.learner.LearnerKind;
import org.learningstore.core.learner.LearnerProfile;
import org.learningstore.core.port.RewardRecords.Award;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.EnrollmentStatus;
import org.learningstore.core.progress.LessonProgress;
import org.learningstore.core.progress.LessonStatus;
import org.learningstore.core.progress.MasteryStatus;
import org.learningstore.core.progress.SkillMastery;

/** The merge rules without a database: which rows move, which go, and what the moved and changed rows become. */
class LearnerMergeTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00.123456Z");
    private static final UUID S = UUID.fromString("00000000-0000-7000-8000-000000000001");
    private static final UUID M = UUID.fromString("00000000-0000-7000-8000-000000000002");
    private static final Learner SURVIVOR = new Learner(S, LearnerKind.REGISTERED,
            new LearnerProfile("ext-s", "s@example.org", "survivor", "Survivor", Level.BEGINNER, "{}", "{}"), 120, T0,
            T0.plusSeconds(60), null, 4, null);
    private static final Learner MERGED = new Learner(M, LearnerKind.REGISTERED,
            new LearnerProfile("ext-m", "m@example.org", "merged", "Merged", Level.ADVANCED, "{\"a\":1}", "{\"b\":2}"), 35, T0,
            T0.plusSeconds(90), null, 7, null);

    private static MergePlan plan(LearnerRows rows) {
        return LearnerMerge.plan(SURVIVOR, MERGED, rows, NOW);
    }

    private static LearnerRows none() {
        return new LearnerRows(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static UUID id(int n) {
        return UUID.fromString("00000000-0000-7000-8000-0000000001%02d".formatted(n));
    }

    @Test
    void withoutLedgerEntriesNoXpMovesAndBothLearnersStepTheirVersion() {
        MergePlan plan = plan(none());

        assertEquals(new Learner(S, LearnerKind.REGISTERED, SURVIVOR.profile(), 120, T0, T0.plusSeconds(90), null, 5, null),
                plan.survivor());
        assertEquals(new Learner(M, LearnerKind.REGISTERED, new LearnerProfile(null, null, null, "Merged", Level.ADVANCED,
                "{\"a\":1}", "{\"b\":2}"), 0, T0, T0.plusSeconds(90), S, 8, NOW), plan.retired());
        assertEquals(new KeyedMoves<>(List.of(), List.of(), List.of()), plan.enrollments());
        assertEquals(List.of(), plan.attempts());
        assertEquals(List.of(), plan.seatsToRelease());
    }

    @Test
    void theEnrollmentWithStrictlyMoreProgressStaysAndTheLoserGivesBackASeatUnlessDropped() {
        UUID ahead = id(1);
        UUID tie = id(2);
        UUID only = id(3);
        UUID droppedAhead = id(4);
        UUID survivorOnly = id(5);
        UUID droppedBehind = id(6);
        var rows = new LearnerRows(List.of(), List.of(), List.of(
                enrollment(S, ahead, EnrollmentStatus.ACTIVE, 25), enrollment(M, ahead, EnrollmentStatus.ACTIVE, 50),
                enrollment(S, tie, EnrollmentStatus.COMPLETED, 100), enrollment(M, tie, EnrollmentStatus.COMPLETED, 100),
                enrollment(M, only, EnrollmentStatus.DROPPED, 10),
                enrollment(S, droppedAhead, EnrollmentStatus.DROPPED, 10), enrollment(M, droppedAhead, EnrollmentStatus.ACTIVE, 5),
                enrollment(S, survivorOnly, EnrollmentStatus.ACTIVE, 0),
                enrollment(S, droppedBehind, EnrollmentStatus.ACTIVE, 50), enrollment(M, droppedBehind, EnrollmentStatus.DROPPED, 10)),
                List.of(), List.of(), List.of(), List.of());

        MergePlan plan = plan(rows);

        assertEquals(new KeyedMoves<>(List.of(ahead, only), List.of(ahead), List.of(tie, droppedAhead, droppedBehind)),
                plan.enrollments(), "a dropped enrollment wins on progress too");
        assertEquals(List.of(ahead, tie, droppedAhead), plan.seatsToRelease(), "every losing enrollment but a dropped one held a seat");
    }

    @Test
    void lessonProgressPrefersCompletedThenTheHigherBestScoreThenMoreTime() {
        var rows = new LearnerRows(List.of(), List.of(), List.of(), List.of(
                lesson(S, id(1), LessonStatus.IN_PROGRESS, 99.0, 600), lesson(M, id(1), LessonStatus.COMPLETED, null, 1),
                lesson(S, id(2), LessonStatus.COMPLETED, 90.0, 1), lesson(M, id(2), LessonStatus.COMPLETED, 80.0, 600),
                lesson(S, id(3), LessonStatus.IN_PROGRESS, null, 600), lesson(M, id(3), LessonStatus.IN_PROGRESS, 0.0, 1),
                lesson(S, id(4), LessonStatus.IN_PROGRESS, 50.0, 60), lesson(M, id(4), LessonStatus.IN_PROGRESS, 50.0, 61),
                lesson(S, id(5), LessonStatus.IN_PROGRESS, 50.0, 60), lesson(M, id(5), LessonStatus.IN_PROGRESS, 50.0, 60),
                lesson(M, id(6), LessonStatus.NOT_STARTED, null, 0)), List.of(), List.of(), List.of());

        MergePlan plan = plan(rows);

        assertEquals(new KeyedMoves<>(List.of(id(1), id(3), id(4), id(6)), List.of(id(1), id(3), id(4)), List.of(id(2), id(5))),
                plan.lessonProgress(), "a score of 0 beats none; a tie keeps the survivor's");
    }

    @Test
    void theHigherMasteryScoreStaysAndTheSurvivorsOverrideAlways() {
        var rows = new LearnerRows(List.of(), List.of(
                new AttemptOverride(id(1), S, 1, Duration.ZERO), new AttemptOverride(id(1), M, 9, Duration.ofHours(1)),
                new AttemptOverride(id(2), M, 2, Duration.ZERO)), List.of(), List.of(), List.of(
                mastery(S, id(1), 0.3), mastery(M, id(1), 0.51),
                mastery(S, id(2), 0.6), mastery(M, id(2), 0.2),
                mastery(S, id(3), 0.4), mastery(M, id(3), 0.4),
                mastery(M, id(4), 0.9)), List.of(), List.of());

        MergePlan plan = plan(rows);

        assertEquals(new KeyedMoves<>(List.of(id(1), id(4)), List.of(id(1)), List.of(id(2), id(3))), plan.masteries());
        assertEquals(new KeyedMoves<>(List.of(id(2)), List.of(), List.of(id(1))), plan.overrides());
    }

    @Test
    void theMergedLearnersXpOfASourceTheSurvivorHasNotMovesAndTheTotalGrowsByItAlone() {
        var rows = new LearnerRows(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
                xp(S, "lesson:1", 100), xp(M, "lesson:1", 30), xp(M, "host:quiz", 25), xp(S, "host:survey", 20),
                xp(M, "achievement:2", 10)), List.of(
                new Award(S, id(1)), new Award(M, id(1)), new Award(M, id(2))));

        MergePlan plan = plan(rows);

        assertEquals(new KeyedMoves<>(List.of("host:quiz", "achievement:2"), List.of(), List.of("lesson:1")), plan.xpEntries(),
                "a source pays once: the survivor's entry of it stays");
        assertEquals(new KeyedMoves<>(List.of(id(2)), List.of(), List.of(id(1))), plan.awards());
        assertEquals(120 + 25 + 10, plan.survivor().totalXp());
        assertEquals(0, plan.retired().totalXp());
    }

    @Test
    void attemptsAreNumberedAfterTheSurvivorsInTheirOrderAndAClashingOneIsAbandoned() {
        UUID both = id(1);
        UUID onlyMerged = id(2);
        Attempt s1 = attempt(id(11), both, S, 1, AttemptStatus.SUBMITTED, 2);
        Attempt s2 = attempt(id(12), both, S, 2, AttemptStatus.IN_PROGRESS, 1);
        Attempt m2 = attempt(id(22), both, M, 2, AttemptStatus.IN_PROGRESS, 3);
        Attempt m1 = attempt(id(21), both, M, 1, AttemptStatus.EXPIRED, 2);
        Attempt o1 = attempt(id(31), onlyMerged, M, 1, AttemptStatus.IN_PROGRESS, 1);

        MergePlan plan = plan(new LearnerRows(List.of(s1, m2, s2, o1, m1), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of()));

        assertEquals(List.of(
                attempt(id(21), both, S, 3, AttemptStatus.EXPIRED, 3),
                new Attempt(id(22), both, S, 4, AttemptStatus.ABANDONED, T0, null, NOW, null, null, null, null, null, List.of(), 4, null, null),
                attempt(id(31), onlyMerged, S, 1, AttemptStatus.IN_PROGRESS, 2)), plan.attempts());
    }

    private static XpEntry xp(UUID learner, String source, int amount) {
        return new XpEntry(UUID.nameUUIDFromBytes((learner + source).getBytes(StandardCharsets.UTF_8)), learner, amount,
                "reason", source, null, T0);
    }

    private static Enrollment enrollment(UUID learner, UUID course, EnrollmentStatus status, double percent) {
        return new Enrollment(UUID.randomUUID(), course, learner, status, T0, null, percent, null, T0, 3);
    }

    private static LessonProgress lesson(UUID learner, UUID lesson, LessonStatus status, Double best, long seconds) {
        return new LessonProgress(learner, lesson, status, T0, null, Duration.ofSeconds(seconds), best, 0, null, List.of(), T0, 2);
    }

    private static SkillMastery mastery(UUID learner, UUID skill, double score) {
        return new SkillMastery(learner, skill, MasteryStatus.IN_PROGRESS, score, 1, 1, T0, 2);
    }

    private static Attempt attempt(UUID id, UUID assessment, UUID learner, int number, AttemptStatus status, long version) {
        return new Attempt(id, assessment, learner, number, status, T0, null, status == AttemptStatus.IN_PROGRESS ? null : T0,
                null, null, null, null, null, List.of(), version, null, null);
    }
}
