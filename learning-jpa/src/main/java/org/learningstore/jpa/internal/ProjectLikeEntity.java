package org.learningstore.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code project_likes}: one learner likes one project. */
@Entity
@Table(name = "project_likes")
@IdClass(ProjectLikeEntity.Key.class)
public class ProjectLikeEntity {
    @Id
    @Column(name = "project_id")
    UUID projectId;
    @Id
    @Column(name = "learner_id")
    UUID learnerId;
    @Column(name = "liked_at")
    Instant likedAt;

    protected ProjectLikeEntity() {
    }

    ProjectLikeEntity(UUID projectId, UUID learnerId, Instant likedAt) {
        this.projectId = projectId;
        this.learnerId = learnerId;
        this.likedAt = likedAt;
    }

    public record Key(UUID projectId, UUID learnerId) {
    }
}
