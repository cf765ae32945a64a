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

/**
 * A row of {@code attempts}. {@code questionOrder} is the JSON array of question ids;
 * {@code gradedAgainst} the JSON array of what a grading used, null until graded.
 */
@Entity
@Table(name = "attempts")
public class AttemptEntity {
    @Id
    UUID id;

    @Column(name = "assessment_id")
    UUID assessmentId;
    @Column(name = "learner_id")
    UUID learnerId;
    int number;
    String status;
    @Column(name = "started_at")
    Instant startedAt;
    Instant deadline;
    @Column(name = "submitted_at")
    Instant submittedAt;
    Double score;
    @Column(name = "max_score")
    Double maxScore;
    Double percent;
    Boolean passed;
    @Column(name = "previous_score")
    Double previousScore;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "question_order")
    String questionOrder;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "graded_against")
    String gradedAgainst;
    /** The text of a JSON object, kept verbatim. */
    String metadata;
    String feedback;

    @Version
    long version;
}
