package org.learningstore.core.internal.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Pays XP, awards achievements and appends learning events for what happened in a write, in
 * that write's unit of work. Two phases, because a unit on Turso is one batch that cannot read
 * after it has queued a change: {@link #read} before any write of the unit, {@link #apply} after.
 */
public interface Rewards {
    /** What rewarding these kinds of events of these learners needs, read before the unit writes. */
    Before read(Set<UUID> learnerIds, Set<Class<? extends EngagementEvent>> kinds);

    /** Queues, in the current unit, the writes the events earn, judged against what {@code before} read. */
    void apply(Before before, List<EngagementEvent> events, Instant now);

    /** What {@link #read} read; only its own {@link Rewards} knows what is inside. */
    interface Before {
        /** Whether the learner is one the store has and has not deleted: only those earn anything. */
        boolean knows(UUID learnerId);
    }
}
