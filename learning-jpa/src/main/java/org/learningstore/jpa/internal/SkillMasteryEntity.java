package org.learningstore.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code skill_mastery}: one per learner and skill. */
@Entity
@Table(name = "skill_mastery")
@IdClass(SkillMasteryEntity.Key.class)
public class SkillMasteryEntity {
    @Id
    @Column(name = "learner_id")
    UUID learnerId;
    @Id
    @Column(name = "skill_id")
    UUID skillId;

    String status;
    double score;
    int answers;
    int correct;
    @Column(name = "last_practiced_at")
    Instant lastPracticedAt;

    @Version
    long version;

    public record Key(UUID learnerId, UUID skillId) {
    }
}
