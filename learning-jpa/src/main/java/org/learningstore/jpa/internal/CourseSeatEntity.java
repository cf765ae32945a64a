package org.learningstore.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The seat counter of a {@code courses} row, apart from {@link CourseEntity} (which does not map
 * {@code enrolled_count}), so that a seat taken or given back is never an edit of the course: it
 * neither steps the course's version nor is written back by a course update. Never persisted or
 * loaded; only the target of guarded bulk updates ({@link JpaEnrollments}).
 */
@Entity
@Table(name = "courses")
public class CourseSeatEntity {
    @Id
    UUID id;

    @Column(name = "max_students", insertable = false, updatable = false)
    Integer maxStudents;
    @Column(name = "enrolled_count", insertable = false)
    int enrolledCount;
}
