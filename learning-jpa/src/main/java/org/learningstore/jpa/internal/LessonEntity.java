package org.learningstore.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code lessons}; {@code content} is the JSON object's text, kept verbatim. */
@Entity
@Table(name = "lessons")
public class LessonEntity {
    @Id
    UUID id;

    @Column(name = "module_id")
    UUID moduleId;
    String title;
    String kind;
    String content;
    @Column(name = "estimated_minutes")
    int estimatedMinutes;
    int position;
    boolean published;
    @Column(name = "free_preview")
    boolean freePreview;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "learning_objectives")
    List<String> learningObjectives;
    @JdbcTypeCode(SqlTypes.JSON)
    List<String> resources;
    String description;
    /** The text of a JSON object, kept verbatim. */
    String metadata;

    @Version
    long version;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;
}
