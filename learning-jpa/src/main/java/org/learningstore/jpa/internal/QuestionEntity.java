package org.learningstore.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code questions}; options and answer key are the JSON text of their core shapes. */
@Entity
@Table(name = "questions")
public class QuestionEntity {
    @Id
    UUID id;

    @Column(name = "assessment_id")
    UUID assessmentId;
    int position;
    String kind;
    String prompt;
    @JdbcTypeCode(SqlTypes.JSON)
    String options;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "answer_key")
    String answerKey;
    String explanation;
    int points;
    int difficulty;
    @Column(name = "skill_id")
    UUID skillId;

    @Version
    long version;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;
}
