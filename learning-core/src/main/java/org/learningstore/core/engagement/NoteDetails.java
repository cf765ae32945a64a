package org.learningstore.core.engagement;

import static org.learningstore.core.internal.check.Checks.optionalText;
import static org.learningstore.core.internal.check.Checks.requiredText;

/**
 * What a learner writes on a note; validated on construction, except that {@code position} (where
 * in the lesson's content, optional) must be a JSON object, which the store checks before writing.
 */
public record NoteDetails(String body, String position, boolean isPublic) {
    public static final int BODY_MAX = 20_000;
    public static final int POSITION_MAX = 100_000;

    public NoteDetails {
        requiredText("body", body, BODY_MAX);
        optionalText("position", position, POSITION_MAX);
    }

    /** A private note with no position. */
    public static NoteDetails of(String body) {
        return new NoteDetails(body, null, false);
    }
}
