package org.learningstore.core.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * Proof of one erasure, safe to keep: the audit log's {@code "learner_erasure"} entry carries the
 * same {@code receiptId}, which is new and not the learner's id.
 */
public record Erasure(UUID receiptId, Instant erasedAt) {
}
