package org.learningstore.core.assessment;

import static org.learningstore.core.internal.check.Checks.optionalText;
import static org.learningstore.core.internal.check.Checks.range;
import static org.learningstore.core.internal.check.Checks.required;
import static org.learningstore.core.internal.check.Checks.requiredText;

import java.time.Duration;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.error.InvalidInputException;

/**
 * What an author sets on an assessment. {@code maxAttempts} null means unlimited;
 * {@code timeLimit} null means untimed. With {@code partialCredit}, a multiple-choice
 * question earns points in proportion to right picks minus wrong picks; without it, a
 * question earns all its points or none.
 */
public record AssessmentDetails(
        AssessmentKind kind,
        String title,
        String description,
        int passingScore,
        Integer maxAttempts,
        Duration timeLimit,
        boolean randomizeQuestions,
        ShowAnswers showAnswers,
        boolean partialCredit) {

    public AssessmentDetails {
        required("kind", kind);
        requiredText("title", title, CourseDetails.TITLE_MAX);
        optionalText("description", description, CourseDetails.DESCRIPTION_MAX);
        range("passingScore", passingScore, 0, 100);
        if (maxAttempts != null) {
            range("maxAttempts", maxAttempts, 1, 1_000);
        }
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero() || timeLimit.compareTo(Duration.ofDays(30)) > 0)) {
            throw new InvalidInputException("timeLimit", "must be positive and at most 30 days");
        }
        if (timeLimit != null && timeLimit.getNano() % 1_000_000 != 0) {
            throw new InvalidInputException("timeLimit", "must be whole milliseconds");
        }
        required("showAnswers", showAnswers);
    }

    public static Builder builder(AssessmentKind kind, String title) {
        return new Builder().kind(kind).title(title);
    }

    public Builder toBuilder() {
        return new Builder().kind(kind).title(title).description(description).passingScore(passingScore)
                .maxAttempts(maxAttempts).timeLimit(timeLimit).randomizeQuestions(randomizeQuestions)
                .showAnswers(showAnswers).partialCredit(partialCredit);
    }

    public static final class Builder {
        private AssessmentKind kind;
        private String title;
        private String description;
        private int passingScore = 70;
        private Integer maxAttempts;
        private Duration timeLimit;
        private boolean randomizeQuestions;
        private ShowAnswers showAnswers = ShowAnswers.AFTER_SUBMIT;
        private boolean partialCredit;

        private Builder() {
        }

        public Builder kind(AssessmentKind kind) { this.kind = kind; return this; }
        public Builder kind(String code) { this.kind = AssessmentKind.fromCode(code); return this; }
        public Builder title(String title) { this.title = title; return this; }
        public Builder description(String description) { this.description = description; return this; }
        public Builder passingScore(int percent) { this.passingScore = percent; return this; }
        public Builder maxAttempts(Integer maxAttempts) { this.maxAttempts = maxAttempts; return this; }
        public Builder timeLimit(Duration timeLimit) { this.timeLimit = timeLimit; return this; }
        public Builder randomizeQuestions(boolean randomize) { this.randomizeQuestions = randomize; return this; }
        public Builder showAnswers(ShowAnswers rule) { this.showAnswers = rule; return this; }
        public Builder partialCredit(boolean partialCredit) { this.partialCredit = partialCredit; return this; }

        public AssessmentDetails build() {
            return new AssessmentDetails(kind, title, description, passingScore, maxAttempts, timeLimit,
                    randomizeQuestions, showAnswers, partialCredit);
        }
    }

}
