package org.learningstore.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code practice_answers}: append-only. {@code response} is the JSON text of the
 * response's stored shape ({@link org.learningstore.core.port.StoredShapes}); the answer key and
 * explanation a practice answer shows are the question's, not stored here.
 */
@Entity
@Table(name = "practice_answers")
public class PracticeAnswerEntity {
    @Id
    UUID id;

    @Column(name = "session_id")
    UUID sessionId;
    @Column(name = "learner_id")
    UUID learnerId;
    @Column(name = "question_id")
    UUID questionId;
    @JdbcTypeCode(SqlTypes.JSON)
    String response;
    boolean correct;
    double points;
    @Column(name = "answered_at")
    Instant answeredAt;
    @Column(name = "time_spent_ms")
    long timeSpentMs;
}
