package org.learningstore.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code learner_sessions}. {@code tokenHash} is the SHA-256 of the raw token in
 * lower-case hex; the raw token is never stored. Sessions carry no version: every change to one
 * is a single guarded statement (touch forward, revoke once).
 */
@Entity
@Table(name = "learner_sessions")
public class LearnerSessionEntity {
    @Id
    UUID id;

    @Column(name = "learner_id")
    UUID learnerId;
    @Column(name = "token_hash")
    String tokenHash;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "expires_at")
    Instant expiresAt;
    @Column(name = "last_seen_at")
    Instant lastSeenAt;
    String ip;
    @Column(name = "user_agent")
    String userAgent;
    @Column(name = "revoked_at")
    Instant revokedAt;
}
