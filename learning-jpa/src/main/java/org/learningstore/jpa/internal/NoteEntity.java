package org.learningstore.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code notes}; {@code position} is plain text (checked as a JSON object by the core),
 * so it reads back as written. Changed only by guarded bulk statements after the insert.
 */
@Entity
@Table(name = "notes")
public class NoteEntity {
    @Id
    UUID id;

    @Column(name = "learner_id")
    UUID learnerId;
    @Column(name = "lesson_id")
    UUID lessonId;
    @Column(name = "course_id")
    UUID courseId;
    String body;
    String position;
    @Column(name = "public")
    boolean isPublic;
    long version;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;
}
