package org.learningstore.jpa.internal;

import java.time.Duration;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.ShowAnswers;

/** Converts between {@link AssessmentEntity} and {@link Assessment}; the time limit is stored in milliseconds. */
final class AssessmentMapping {
    private AssessmentMapping() {
    }

    static Assessment toRecord(AssessmentEntity entity) {
        var details = new AssessmentDetails(AssessmentKind.fromCode(entity.kind), entity.title, entity.description,
                entity.passingScore, entity.maxAttempts,
                entity.timeLimitMs == null ? null : Duration.ofMillis(entity.timeLimitMs),
                entity.randomizeQuestions, ShowAnswers.fromCode(entity.showAnswers), entity.partialCredit);
        return new Assessment(entity.id, entity.courseId, entity.lessonId, details, entity.version,
                entity.createdAt, entity.updatedAt);
    }

    static AssessmentEntity toEntity(Assessment assessment) {
        var entity = new AssessmentEntity();
        entity.id = assessment.id();
        entity.courseId = assessment.courseId();
        entity.lessonId = assessment.lessonId();
        entity.version = assessment.version();
        entity.createdAt = assessment.createdAt();
        write(assessment, entity);
        return entity;
    }

    /** Copies the details and the update time; course and lesson are left alone. */
    static void write(Assessment assessment, AssessmentEntity entity) {
        AssessmentDetails details = assessment.details();
        entity.kind = details.kind().code();
        entity.title = details.title();
        entity.description = details.description();
        entity.passingScore = details.passingScore();
        entity.maxAttempts = details.maxAttempts();
        entity.timeLimitMs = details.timeLimit() == null ? null : details.timeLimit().toMillis();
        entity.randomizeQuestions = details.randomizeQuestions();
        entity.showAnswers = details.showAnswers().code();
        entity.partialCredit = details.partialCredit();
        entity.updatedAt = assessment.updatedAt();
    }
}
