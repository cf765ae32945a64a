package org.learningstore.core.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.learningstore.core.engagement.XpEntry;
import org.learningstore.core.engagement.XpLedger;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.id.Ids;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.engagement.EngagementEvent;
import org.learningstore.core.internal.engagement.Rewards;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.port.RewardRecords;
import org.learningstore.core.internal.work.UnitsOfWork;

/** XP a host pays for its own events, once per source key, and the ledger's entries. */
public final class XpService implements XpLedger {
    private static final Set<Class<? extends EngagementEvent>> KINDS = Set.of(EngagementEvent.XpAwarded.class);

    private final UnitsOfWork units;
    private final Ids ids;
    private final RewardRecords records;
    private final Rewards rewards;

    public XpService(UnitsOfWork units, Ids ids, RewardRecords records, Rewards rewards) {
        this.units = units;
        this.ids = ids;
        this.records = records;
        this.rewards = rewards;
    }

    @Override
    public XpEntry award(UUID learnerId, int amount, String reason, String sourceKey) {
        return award(learnerId, amount, reason, sourceKey, null);
    }

    @Override
    public XpEntry award(UUID learnerId, int amount, String reason, String sourceKey, UUID courseId) {
        Checks.required("learnerId", learnerId);
        Checks.range("amount", amount, 1, 1_000_000);
        Checks.requiredText("reason", reason, 200);
        Checks.requiredText("sourceKey", sourceKey, 200);
        if (sourceKey.startsWith(LIBRARY_SOURCE_PREFIX)) {
            throw new InvalidInputException("sourceKey", "must not start with " + LIBRARY_SOURCE_PREFIX);
        }
        return units.write(() -> {
            Optional<XpEntry> existing = records.findEntry(learnerId, sourceKey);
            if (existing.isPresent()) {
                return existing.get();
            }
            Rewards.Before before = rewards.read(Set.of(learnerId), KINDS);
            if (!before.knows(learnerId)) {
                throw new NotFoundException("learner", learnerId);
            }
            var entry = new XpEntry(ids.next(), learnerId, amount, reason, sourceKey, courseId, units.now());
            rewards.apply(before, List.of(new EngagementEvent.XpAwarded(learnerId, entry)), entry.earnedAt());
            return entry;
        });
    }

    @Override
    public Page<XpEntry> entries(UUID learnerId, PageRequest page) {
        Checks.required("learnerId", learnerId);
        Checks.required("page", page);
        return units.read(() -> records.entries(learnerId, page));
    }
}
