package org.learningstore.core.catalog;

import static org.learningstore.core.internal.check.Checks.optionalText;
import static org.learningstore.core.internal.check.Checks.range;
import static org.learningstore.core.internal.check.Checks.requiredText;

/** What an author edits on a module; validated on construction. */
public record ModuleDetails(String title, String description, boolean published, int estimatedMinutes) {
    public ModuleDetails {
        requiredText("title", title, CourseDetails.TITLE_MAX);
        optionalText("description", description, CourseDetails.DESCRIPTION_MAX);
        range("estimatedMinutes", estimatedMinutes, 0, 1_000_000);
    }

    public static ModuleDetails of(String title) {
        return builder(title).build();
    }

    public static Builder builder(String title) {
        return new Builder().title(title);
    }

    public Builder toBuilder() {
        return new Builder().title(title).description(description).published(published).estimatedMinutes(estimatedMinutes);
    }

    public ModuleDetails withTitle(String title) {
        return toBuilder().title(title).build();
    }

    public ModuleDetails withDescription(String description) {
        return toBuilder().description(description).build();
    }

    public ModuleDetails withPublished(boolean published) {
        return toBuilder().published(published).build();
    }

    public ModuleDetails withEstimatedMinutes(int estimatedMinutes) {
        return toBuilder().estimatedMinutes(estimatedMinutes).build();
    }

    public static final class Builder {
        private String title;
        private String description;
        private boolean published = true;
        private int estimatedMinutes;

        private Builder() {
        }

        public Builder title(String title) { this.title = title; return this; }
        public Builder description(String description) { this.description = description; return this; }
        public Builder published(boolean published) { this.published = published; return this; }
        public Builder estimatedMinutes(int minutes) { this.estimatedMinutes = minutes; return this; }

        public ModuleDetails build() {
            return new ModuleDetails(title, description, published, estimatedMinutes);
        }
    }
}
