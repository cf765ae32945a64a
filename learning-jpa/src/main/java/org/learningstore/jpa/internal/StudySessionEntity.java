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

/**
 * A row of {@code study_sessions}; {@code skillIds} is the JSON array of the scope's skill ids
 * (empty unless the scope is skills). Only inserted and read through JPA: the totals move by
 * increments in SQL and the end is one guarded statement ({@link JpaStudySessions}).
 */
@Entity
@Table(name = "study_sessions")
public class StudySessionEntity {
    @Id
    UUID id;

    @Column(name = "learner_id")
    UUID learnerId;
    @Column(name = "scope_kind")
    String scopeKind;
    @Column(name = "assessment_id")
    UUID assessmentId;
    @Column(name = "course_id")
    UUID courseId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "skill_ids")
    List<String> skillIds;
    String mode;
    @Column(name = "min_difficulty")
    int minDifficulty;
    @Column(name = "max_difficulty")
    int maxDifficulty;
    @Column(name = "started_at")
    Instant startedAt;
    @Column(name = "ended_at")
    Instant endedAt;
    int answered;
    int correct;
    @Column(name = "time_spent_ms")
    long timeSpentMs;

    @Version
    long version;
}
