package org.learningstore.core.progress;

import java.time.Duration;
import java.time.Instant;
import org.learningstore.core.error.InvalidInputException;

/**
 * The mastery rule: each graded answer to a question of a skill moves the score to
 * {@code score + weight * (outcome - score)} (outcome 1 if right, 0 if wrong; an exponentially
 * weighted average). The skill is mastered once the score reaches {@code masteredAt} after at
 * least {@code minAnswers} answers; a skill not practised for {@code reviewAfter} needs review.
 */
public record MasteryRules(double weight, double masteredAt, int minAnswers, Duration reviewAfter) {
    public static final MasteryRules DEFAULT = new MasteryRules(0.3, 0.8, 5, Duration.ofDays(30));

    public MasteryRules {
        if (!(weight > 0 && weight <= 1) || !(masteredAt > 0 && masteredAt <= 1) || minAnswers < 1
                || reviewAfter == null || reviewAfter.isNegative() || reviewAfter.isZero()) {
            throw new InvalidInputException("masteryRules", "weight and masteredAt in (0, 1], minAnswers 1 or more, reviewAfter positive");
        }
    }

    /** The mastery after one more graded answer at {@code at}. */
    public SkillMastery after(SkillMastery before, boolean correct, Instant at) {
        double score = before.score() + weight * ((correct ? 1 : 0) - before.score());
        int answers = before.answers() + 1;
        MasteryStatus status = answers >= minAnswers && score >= masteredAt - 1e-9 ? MasteryStatus.MASTERED : MasteryStatus.IN_PROGRESS;
        return new SkillMastery(before.learnerId(), before.skillId(), status, score, answers,
                before.correct() + (correct ? 1 : 0), at, before.version() + 1);
    }

    /** The mastery as seen at {@code now}: a skill left unpractised too long needs review. */
    public SkillMastery asOf(SkillMastery stored, Instant now) {
        if (stored.lastPracticedAt() != null && stored.status() != MasteryStatus.NOT_STARTED
                && stored.lastPracticedAt().plus(reviewAfter).isBefore(now)) {
            return new SkillMastery(stored.learnerId(), stored.skillId(), MasteryStatus.REVIEW_NEEDED, stored.score(),
                    stored.answers(), stored.correct(), stored.lastPracticedAt(), stored.version());
        }
        return stored;
    }
}
