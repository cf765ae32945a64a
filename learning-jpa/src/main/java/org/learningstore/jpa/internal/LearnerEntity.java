package org.learningstore.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A row of {@code learners}. {@code emailNormalized} is the email lower-cased (Locale.ROOT), the
 * column its case-insensitive unique key stands on; {@code preferences} and {@code metadata} are
 * the JSON objects' text, kept verbatim. Updates write only the columns that changed, so a
 * profile edit never writes back a last-active time that a concurrent {@code touch} moved on.
 */
@Entity
@Table(name = "learners")
@DynamicUpdate
public class LearnerEntity {
    @Id
    UUID id;

    String kind;
    @Column(name = "external_ref")
    String externalRef;
    String email;
    @Column(name = "email_normalized")
    String emailNormalized;
    String username;
    @Column(name = "display_name")
    String displayName;
    @Column(name = "academic_level")
    String academicLevel;
    @Column(name = "total_xp")
    long totalXp;
    String preferences;
    String metadata;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "last_active_at")
    Instant lastActiveAt;
    @Column(name = "merged_into")
    UUID mergedInto;

    @Version
    long version;
    @Column(name = "deleted_at")
    Instant deletedAt;
}
