package org.learningstore.core.catalog;

import static org.learningstore.core.internal.check.Checks.optionalMin;
import static org.learningstore.core.internal.check.Checks.optionalText;
import static org.learningstore.core.internal.check.Checks.range;
import static org.learningstore.core.internal.check.Checks.required;
import static org.learningstore.core.internal.check.Checks.requiredText;
import static org.learningstore.core.internal.check.Checks.texts;

import java.util.List;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.check.Codes;
import java.util.UUID;

/**
 * What an author edits on a course. Validated on construction: a bad value throws
 * {@link org.learningstore.core.error.InvalidInputException} naming the field.
 */
public record CourseDetails(
        String slug,
        String title,
        String description,
        String discipline,
        Level difficulty,
        int estimatedMinutes,
        boolean featured,
        Integer maxStudents,
        List<String> tags,
        List<String> prerequisites,
        List<String> learningObjectives,
        String thumbnailUrl,
        UUID instructorRef) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 20_000;

    public CourseDetails {
        Checks.slug("slug", slug);
        requiredText("title", title, TITLE_MAX);
        optionalText("description", description, DESCRIPTION_MAX);
        if (discipline != null) {
            requiredText("discipline", discipline, 100);
        }
        required("difficulty", difficulty);
        range("estimatedMinutes", estimatedMinutes, 0, 1_000_000);
        optionalMin("maxStudents", maxStudents, 1);
        tags = texts("tags", tags, 20, 50);
        prerequisites = texts("prerequisites", prerequisites, 50, 500);
        learningObjectives = texts("learningObjectives", learningObjectives, 50, 500);
        optionalText("thumbnailUrl", thumbnailUrl, 2_000);
    }

    public static Builder builder(String slug, String title) {
        return new Builder().slug(slug).title(title);
    }

    public Builder toBuilder() {
        return new Builder().slug(slug).title(title).description(description).discipline(discipline)
                .difficulty(difficulty).estimatedMinutes(estimatedMinutes).featured(featured)
                .maxStudents(maxStudents).tags(tags).prerequisites(prerequisites)
                .learningObjectives(learningObjectives).thumbnailUrl(thumbnailUrl).instructorRef(instructorRef);
    }

    public static final class Builder {
        private String slug;
        private String title;
        private String description;
        private String discipline;
        private Level difficulty = Level.BEGINNER;
        private int estimatedMinutes;
        private boolean featured;
        private Integer maxStudents;
        private List<String> tags = List.of();
        private List<String> prerequisites = List.of();
        private List<String> learningObjectives = List.of();
        private String thumbnailUrl;
        private UUID instructorRef;

        private Builder() {
        }

        public Builder slug(String slug) { this.slug = slug; return this; }
        public Builder title(String title) { this.title = title; return this; }
        public Builder description(String description) { this.description = description; return this; }
        public Builder discipline(String discipline) { this.discipline = discipline; return this; }
        public Builder difficulty(Level difficulty) { this.difficulty = difficulty; return this; }
        /** Parses a level code such as {@code "advanced"}; an unknown code is invalid input. */
        public Builder difficulty(String code) { this.difficulty = Codes.parse(Level.class, "difficulty", code); return this; }
        public Builder estimatedMinutes(int minutes) { this.estimatedMinutes = minutes; return this; }
        public Builder featured(boolean featured) { this.featured = featured; return this; }
        public Builder maxStudents(Integer maxStudents) { this.maxStudents = maxStudents; return this; }
        public Builder tags(List<String> tags) { this.tags = tags; return this; }
        public Builder tags(String... tags) { this.tags = Checks.elements("tags", tags); return this; }
        public Builder prerequisites(List<String> prerequisites) { this.prerequisites = prerequisites; return this; }
        public Builder learningObjectives(List<String> objectives) { this.learningObjectives = objectives; return this; }
        public Builder thumbnailUrl(String thumbnailUrl) { this.thumbnailUrl = thumbnailUrl; return this; }
        public Builder instructorRef(UUID instructorRef) { this.instructorRef = instructorRef; return this; }

        public CourseDetails build() {
            return new CourseDetails(slug, title, description, discipline, difficulty, estimatedMinutes, featured,
                    maxStudents, tags, prerequisites, learningObjectives, thumbnailUrl, instructorRef);
        }
    }
}
