package org.learningstore.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code audit_log}; append-only. */
@Entity
@Table(name = "audit_log")
public class AuditEntryEntity {
    @Id
    UUID id;

    @Column(name = "entity_type")
    String entityType;
    @Column(name = "entity_id")
    UUID entityId;
    String action;
    String actor;
    @JdbcTypeCode(SqlTypes.JSON)
    String before;
    @JdbcTypeCode(SqlTypes.JSON)
    String after;
    Instant at;
}
