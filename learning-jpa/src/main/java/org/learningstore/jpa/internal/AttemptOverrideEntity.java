package org.learningstore.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;

/** A row of {@code attempt_overrides}: one learner's extra attempts and time on one assessment. */
@Entity
@Table(name = "attempt_overrides")
@IdClass(AttemptOverrideEntity.Key.class)
public class AttemptOverrideEntity {
    @Id
    @Column(name = "assessment_id")
    UUID assessmentId;
    @Id
    @Column(name = "learner_id")
    UUID learnerId;

    @Column(name = "extra_attempts")
    int extraAttempts;
    @Column(name = "extra_time_ms")
    long extraTimeMs;

    public record Key(UUID assessmentId, UUID learnerId) {
    }
}
