package org.learningstore.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A row of {@code question_stats}. Only inserted (all zero) and read through JPA: the counters
 * move by increments in SQL ({@link org.learningstore.jpa.spi.AttemptGrading#addToStats}).
 */
@Entity
@Table(name = "question_stats")
public class QuestionStatsEntity {
    @Id
    @Column(name = "question_id")
    UUID questionId;

    @Column(name = "times_answered")
    long timesAnswered;
    @Column(name = "times_correct")
    long timesCorrect;
    @Column(name = "total_time_ms")
    long totalTimeMs;

    protected QuestionStatsEntity() {
    }

    QuestionStatsEntity(UUID questionId) {
        this.questionId = questionId;
    }
}
