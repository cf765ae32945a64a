package org.learningstore.jpa.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code courses} with its ordered {@code course_tags}. */
@Entity
@Table(name = "courses")
public class CourseEntity {
    @Id
    UUID id;

    String slug;
    String title;
    String description;
    String discipline;
    String difficulty;
    @Column(name = "estimated_minutes")
    int estimatedMinutes;
    String status;
    boolean featured;
    @Column(name = "max_students")
    Integer maxStudents;

    /** Always replaced, never edited in place, so Hibernate rewrites the rows instead of renaming tags by position. */
    @ElementCollection
    @CollectionTable(name = "course_tags", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "tag")
    @OrderColumn(name = "position")
    List<String> tags = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    List<String> prerequisites;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "learning_objectives")
    List<String> learningObjectives;
    @Column(name = "thumbnail_url")
    String thumbnailUrl;
    @Column(name = "instructor_ref")
    UUID instructorRef;

    @Version
    long version;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;
    @Column(name = "deleted_at")
    Instant deletedAt;
}
