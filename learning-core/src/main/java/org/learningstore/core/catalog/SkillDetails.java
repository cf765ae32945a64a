package org.learningstore.core.catalog;

import static org.learningstore.core.internal.check.Checks.optionalText;
import static org.learningstore.core.internal.check.Checks.required;
import static org.learningstore.core.internal.check.Checks.requiredText;

/**
 * A skill's own fields; its place in the tree is set apart, by create and move. {@code metadata}
 * is the host's own data, the text of a JSON object ({@code "{}"} when null), checked by the store.
 */
public record SkillDetails(String name, String description, Level level, String metadata) {
    public SkillDetails {
        requiredText("name", name, CourseDetails.TITLE_MAX);
        optionalText("description", description, CourseDetails.DESCRIPTION_MAX);
        required("level", level);
        metadata = metadata == null ? "{}" : requiredText("metadata", metadata, LessonDetails.METADATA_MAX);
    }

    public SkillDetails(String name, String description, Level level) {
        this(name, description, level, null);
    }

    public static SkillDetails of(String name) {
        return new SkillDetails(name, null, Level.BEGINNER);
    }

    public SkillDetails withMetadata(String json) {
        return new SkillDetails(name, description, level, json);
    }
}
