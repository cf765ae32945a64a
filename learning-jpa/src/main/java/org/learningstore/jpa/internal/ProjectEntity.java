package org.learningstore.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code projects}; {@code artifact} and {@code metrics} are plain text (checked as JSON
 * objects by the core), so they read back as written. After the insert it changes only by guarded
 * bulk statements: edits on the version, counts by increments in SQL.
 */
@Entity
@Table(name = "projects")
public class ProjectEntity {
    @Id
    UUID id;

    @Column(name = "learner_id")
    UUID learnerId;
    @Column(name = "course_id")
    UUID courseId;
    String title;
    String description;
    String kind;
    String artifact;
    String metrics;
    @Column(name = "public")
    boolean isPublic;
    boolean featured;
    @Column(name = "external_token")
    String externalToken;
    @Column(name = "view_count")
    long viewCount;
    @Column(name = "like_count")
    int likeCount;
    long version;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;
}
