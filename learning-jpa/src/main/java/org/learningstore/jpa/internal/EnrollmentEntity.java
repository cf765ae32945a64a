package org.learningstore.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code enrollments}: one per learner and course ({@code enrollments_learner_course_key}). */
@Entity
@Table(name = "enrollments")
public class EnrollmentEntity {
    @Id
    UUID id;

    @Column(name = "course_id")
    UUID courseId;
    @Column(name = "learner_id")
    UUID learnerId;
    String status;
    @Column(name = "enrolled_at")
    Instant enrolledAt;
    @Column(name = "completed_at")
    Instant completedAt;
    @Column(name = "progress_percent")
    double progressPercent;
    @Column(name = "current_lesson_id")
    UUID currentLessonId;
    @Column(name = "last_accessed_at")
    Instant lastAccessedAt;

    @Version
    long version;
}
