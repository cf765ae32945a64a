package org.learningstore.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code lesson_progress}: one per learner and lesson. {@code lastPosition} is plain
 * text (checked as a JSON object by the database), so it reads back exactly as written.
 * Updates write only the columns that changed, so an edit never writes back a time spent that a
 * concurrent {@code addTime} moved on.
 */
@Entity
@Table(name = "lesson_progress")
@IdClass(LessonProgressEntity.Key.class)
@DynamicUpdate
public class LessonProgressEntity {
    @Id
    @Column(name = "learner_id")
    UUID learnerId;
    @Id
    @Column(name = "lesson_id")
    UUID lessonId;

    String status;
    @Column(name = "started_at")
    Instant startedAt;
    @Column(name = "completed_at")
    Instant completedAt;
    @Column(name = "time_spent_ms")
    long timeSpentMs;
    @Column(name = "best_score")
    Double bestScore;
    int attempts;
    @Column(name = "last_position")
    String lastPosition;
    @JdbcTypeCode(SqlTypes.JSON)
    List<String> bookmarks;
    @Column(name = "updated_at")
    Instant updatedAt;

    @Version
    long version;

    public record Key(UUID learnerId, UUID lessonId) {
    }
}
