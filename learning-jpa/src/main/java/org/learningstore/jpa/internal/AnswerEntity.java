package org.learningstore.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code answers}: one per question per attempt. {@code correct} and {@code points} are
 * set by a grading, in one native statement ({@link org.learningstore.jpa.spi.AttemptGrading}).
 */
@Entity
@Table(name = "answers")
@IdClass(AnswerEntity.Key.class)
public class AnswerEntity {
    @Id
    @Column(name = "attempt_id")
    UUID attemptId;
    @Id
    @Column(name = "question_id")
    UUID questionId;

    @JdbcTypeCode(SqlTypes.JSON)
    String response;
    Boolean correct;
    Double points;
    @Column(name = "answered_at")
    Instant answeredAt;
    @Column(name = "time_spent_ms")
    long timeSpentMs;
    String feedback;

    public record Key(UUID attemptId, UUID questionId) {
    }
}
