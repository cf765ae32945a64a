package org.learningstore.core.catalog;

import static org.learningstore.core.internal.check.Checks.optionalText;
import static org.learningstore.core.internal.check.Checks.required;
import static org.learningstore.core.internal.check.Checks.requiredText;

/** A skill's own fields; its place in the tree is set apart, by create and move. */
public record SkillDetails(String name, String description, Level level) {
    public SkillDetails {
        requiredText("name", name, CourseDetails.TITLE_MAX);
        optionalText("description", description, CourseDetails.DESCRIPTION_MAX);
        required("level", level);
    }

    public static SkillDetails of(String name) {
        return new SkillDetails(name, null, Level.BEGINNER);
    }
}
