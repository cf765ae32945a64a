package org.learningstore.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MasteryRulesTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final MasteryRules rules = MasteryRules.DEFAULT;

    @Test
    void fiveRightAnswersFromScratchMasterASkillAndOneMissUndoesIt() {
        SkillMastery mastery = new SkillMastery(UUID.randomUUID(), UUID.randomUUID(), MasteryStatus.NOT_STARTED, 0, 0, 0, null, 0);
        for (int i = 0; i < 4; i++) {
            mastery = rules.after(mastery, true, T0);
            assertEquals(MasteryStatus.IN_PROGRESS, mastery.status(), "not before the fifth answer");
        }
        mastery = rules.after(mastery, true, T0);
        assertEquals(1 - Math.pow(0.7, 5), mastery.score(), 1e-12);
        assertEquals(MasteryStatus.MASTERED, mastery.status());
        assertEquals(5, mastery.correct());
        assertEquals(5, mastery.version());

        SkillMastery missed = rules.after(mastery, false, T0);
        assertEquals(mastery.score() * 0.7, missed.score(), 1e-12);
        assertEquals(MasteryStatus.IN_PROGRESS, missed.status());
    }

    @Test
    void masteryNotPractisedForTheReviewPeriodNeedsReview() {
        SkillMastery mastered = new SkillMastery(UUID.randomUUID(), UUID.randomUUID(), MasteryStatus.MASTERED, 0.9, 9, 9, T0, 3);

        assertEquals(MasteryStatus.MASTERED, rules.asOf(mastered, T0.plus(Duration.ofDays(30))).status());
        assertEquals(MasteryStatus.REVIEW_NEEDED, rules.asOf(mastered, T0.plus(Duration.ofDays(31))).status());
        assertEquals(MasteryStatus.REVIEW_NEEDED, new MasteryRules(0.5, 0.9, 3, Duration.ofDays(1))
                .asOf(mastered, T0.plus(Duration.ofDays(2))).status(), "the period is configurable");
    }
}
