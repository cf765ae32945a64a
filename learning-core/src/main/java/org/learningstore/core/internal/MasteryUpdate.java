package org.learningstore.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningstore.core.progress.MasteryRules;
import org.learningstore.core.progress.MasteryStatus;
import org.learningstore.core.progress.SkillMastery;

/** A learner's mastery of some skills, as read, moved by graded answers; pure: {@link #changed} is what to save. */
final class MasteryUpdate {
    private final MasteryRules rules;
    private final UUID learnerId;
    private final Map<UUID, SkillMastery> before = new LinkedHashMap<>();
    private final Map<UUID, SkillMastery> after = new LinkedHashMap<>();

    MasteryUpdate(MasteryRules rules, UUID learnerId, List<SkillMastery> stored) {
        this.rules = rules;
        this.learnerId = learnerId;
        stored.forEach(mastery -> before.put(mastery.skillId(), mastery));
    }

    /** Moves the skill's mastery by one answer; an answer to a question without a skill moves nothing. */
    void record(UUID skillId, boolean correct, Instant at) {
        if (skillId == null) {
            return;
        }
        SkillMastery current = after.getOrDefault(skillId, before.getOrDefault(skillId,
                new SkillMastery(learnerId, skillId, MasteryStatus.NOT_STARTED, 0, 0, 0, null, 0)));
        SkillMastery moved = rules.after(current, correct, at);
        long storedVersion = before.containsKey(skillId) ? before.get(skillId).version() : 0;
        after.put(skillId, new SkillMastery(moved.learnerId(), moved.skillId(), moved.status(), moved.score(), moved.answers(),
                moved.correct(), moved.lastPracticedAt(), storedVersion + 1));
    }

    /** How many skills this update took to mastered that were not mastered before. */
    int newlyMastered() {
        return (int) after.values().stream().filter(m -> m.status() == MasteryStatus.MASTERED)
                .filter(m -> !before.containsKey(m.skillId()) || before.get(m.skillId()).status() != MasteryStatus.MASTERED)
                .count();
    }

    /** Each moved mastery once, at one version above the stored one (1 when none was stored). */
    List<SkillMastery> changed() {
        return new ArrayList<>(after.values());
    }
}
