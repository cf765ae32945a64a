package org.learningstore.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code assessments}; course and lesson are held by id, as queries join explicitly. */
@Entity
@Table(name = "assessments")
public class AssessmentEntity {
    @Id
    UUID id;

    @Column(name = "course_id")
    UUID courseId;
    @Column(name = "lesson_id")
    UUID lessonId;
    String kind;
    String title;
    String description;
    @Column(name = "passing_score")
    int passingScore;
    @Column(name = "max_attempts")
    Integer maxAttempts;
    @Column(name = "time_limit_ms")
    Long timeLimitMs;
    @Column(name = "randomize_questions")
    boolean randomizeQuestions;
    @Column(name = "show_answers")
    String showAnswers;
    @Column(name = "partial_credit")
    boolean partialCredit;

    @Version
    long version;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;
}
