package org.learningstore.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code modules}; the course is held by id, as queries join explicitly. */
@Entity
@Table(name = "modules")
public class CourseModuleEntity {
    @Id
    UUID id;

    @Column(name = "course_id")
    UUID courseId;
    String title;
    String description;
    int position;
    boolean published;
    @Column(name = "estimated_minutes")
    int estimatedMinutes;

    @Version
    long version;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;
}
