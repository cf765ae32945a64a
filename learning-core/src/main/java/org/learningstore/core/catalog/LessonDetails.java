package org.learningstore.core.catalog;

import static org.learningstore.core.internal.check.Checks.optionalText;
import static org.learningstore.core.internal.check.Checks.range;
import static org.learningstore.core.internal.check.Checks.required;
import static org.learningstore.core.internal.check.Checks.requiredText;
import static org.learningstore.core.internal.check.Checks.texts;

import java.util.List;

/**
 * What an author edits on a lesson; validated on construction, except that {@code content} and
 * {@code metadata} must be JSON objects, which the store checks before writing.
 */
public record LessonDetails(
        String title,
        LessonKind kind,
        String content,
        int estimatedMinutes,
        boolean published,
        boolean freePreview,
        List<String> learningObjectives,
        List<String> resources,
        String description,
        String metadata) {

    public static final int CONTENT_MAX = 1_000_000;
    /** The longest metadata text, as a learner's. */
    public static final int METADATA_MAX = 100_000;

    public LessonDetails {
        requiredText("title", title, CourseDetails.TITLE_MAX);
        required("kind", kind);
        content = content == null ? "{}" : requiredText("content", content, CONTENT_MAX);
        range("estimatedMinutes", estimatedMinutes, 0, 1_000_000);
        learningObjectives = texts("learningObjectives", learningObjectives, 50, 500);
        resources = texts("resources", resources, 50, 2_000);
        optionalText("description", description, CourseDetails.DESCRIPTION_MAX);
        metadata = metadata == null ? "{}" : requiredText("metadata", metadata, METADATA_MAX);
    }

    public static Builder builder(String title) {
        return new Builder().title(title);
    }

    public Builder toBuilder() {
        return new Builder().title(title).kind(kind).content(content).estimatedMinutes(estimatedMinutes)
                .published(published).freePreview(freePreview).learningObjectives(learningObjectives)
                .resources(resources).description(description).metadata(metadata);
    }

    public static final class Builder {
        private String title;
        private LessonKind kind = LessonKind.THEORY;
        private String content = "{}";
        private int estimatedMinutes;
        private boolean published = true;
        private boolean freePreview;
        private List<String> learningObjectives = List.of();
        private List<String> resources = List.of();
        private String description;
        private String metadata = "{}";

        private Builder() {
        }

        public Builder title(String title) { this.title = title; return this; }
        public Builder kind(LessonKind kind) { this.kind = kind; return this; }
        /** Parses a kind code such as {@code "practice"}; an unknown code is invalid input. */
        public Builder kind(String code) { this.kind = LessonKind.fromCode(code); return this; }
        /** The lesson's content as the text of a JSON object. */
        public Builder content(String json) { this.content = json; return this; }
        public Builder estimatedMinutes(int minutes) { this.estimatedMinutes = minutes; return this; }
        public Builder published(boolean published) { this.published = published; return this; }
        public Builder freePreview(boolean freePreview) { this.freePreview = freePreview; return this; }
        public Builder learningObjectives(List<String> objectives) { this.learningObjectives = objectives; return this; }
        public Builder resources(List<String> resources) { this.resources = resources; return this; }
        /** A summary shown in outlines and listings; optional. */
        public Builder description(String description) { this.description = description; return this; }
        /** The host's own data about the lesson, as the text of a JSON object; stored as written. */
        public Builder metadata(String json) { this.metadata = json; return this; }

        public LessonDetails build() {
            return new LessonDetails(title, kind, content, estimatedMinutes, published, freePreview,
                    learningObjectives, resources, description, metadata);
        }
    }
}
