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
        return new ModuleDetails(title, null, true, 0);
    }

    public ModuleDetails withTitle(String title) {
        return new ModuleDetails(title, description, published, estimatedMinutes);
    }

    public ModuleDetails withDescription(String description) {
        return new ModuleDetails(title, description, published, estimatedMinutes);
    }

    public ModuleDetails withPublished(boolean published) {
        return new ModuleDetails(title, description, published, estimatedMinutes);
    }

    public ModuleDetails withEstimatedMinutes(int estimatedMinutes) {
        return new ModuleDetails(title, description, published, estimatedMinutes);
    }
}
