package org.learningstore.core.engagement;

import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import java.util.UUID;

/** The XP ledger: entries of learner, amount, reason and source; a source pays once. */
public interface XpLedger {
    /** The prefix of the library's own source keys; a host's keys may not start with it. */
    String LIBRARY_SOURCE_PREFIX = "learningstore:";

    /**
     * Pays {@code amount} for the host's event {@code sourceKey}, once: paying the same key again
     * returns the existing entry and pays nothing. May earn {@code total_xp} achievements.
     */
    XpEntry award(UUID learnerId, int amount, String reason, String sourceKey);

    /** As {@link #award(UUID, int, String, String)}, counted on {@code courseId}'s leaderboard. */
    XpEntry award(UUID learnerId, int amount, String reason, String sourceKey, UUID courseId);

    /** The learner's entries, newest first. */
    Page<XpEntry> entries(UUID learnerId, PageRequest page);
}
