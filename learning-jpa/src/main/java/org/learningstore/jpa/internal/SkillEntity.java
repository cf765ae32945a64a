package org.learningstore.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code skills}; the tree is held by {@code parentId}. */
@Entity
@Table(name = "skills")
public class SkillEntity {
    @Id
    UUID id;

    @Column(name = "parent_id")
    UUID parentId;
    String name;
    String description;
    String level;
    /** The text of a JSON object, kept verbatim. */
    String metadata;

    @Version
    long version;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;
}
