package org.learningstore.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningstore.core.port.StoreBackend;
import org.learningstore.core.progress.MasteryRules;
import org.learningstore.core.progress.MasteryStatus;
import org.learningstore.core.progress.SkillMastery;

/** A learner's mastery of some skills, read first, moved by graded answers, then saved in one write. */
final class MasteryUpdate {
    private final StoreBackend store;
    private final MasteryRules rules;
    private final Map<UUID, SkillMastery> before = new LinkedHashMap<>();
    private final Map<UUID, SkillMastery> after = new LinkedHashMap<>();
    private final UUID learnerId;

    private MasteryUpdate(StoreBackend store, MasteryRules rules, UUID learnerId, List<SkillMastery> stored) {
        this.store = store;
        this.rules = rules;
        this.learnerId = learnerId;
        stored.forEach(mastery -> before.put(mastery.skillId(), mastery));
    }

    static MasteryUpdate read(StoreBackend store, MasteryRules rules, UUID learnerId, List<UUID> skillIds) {
        List<UUID> distinct = skillIds.stream().distinct().toList();
        return new MasteryUpdate(store, rules, learnerId,
                distinct.isEmpty() ? List.of() : store.skillMasteries().find(learnerId, distinct));
    }

    /** From mastery already read (grading reads it with the attempt). */
    static MasteryUpdate of(StoreBackend store, MasteryRules rules, UUID learnerId, List<SkillMastery> stored) {
        return new MasteryUpdate(store, rules, learnerId, stored);
    }

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

    void save() {
        if (!after.isEmpty()) {
            store.skillMasteries().save(new ArrayList<>(after.values()));
        }
    }
}
