package org.learningstore.core.engagement;

import java.util.UUID;
import org.learningstore.core.internal.check.Checks;

/**
 * What opens a thread: a title, a body, whether it asks a question, and optionally the lesson
 * of the course it is about.
 */
public record ThreadDetails(UUID lessonId, String title, String body, boolean question) {
    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20_000;

    public ThreadDetails {
        title = Checks.requiredText("title", title, MAX_TITLE);
        body = Checks.requiredText("body", body, MAX_BODY);
    }

    public static ThreadDetails discussion(String title, String body) {
        return new ThreadDetails(null, title, body, false);
    }

    public static ThreadDetails question(String title, String body) {
        return new ThreadDetails(null, title, body, true);
    }

    /** The same thread, about one lesson of the course. */
    public ThreadDetails onLesson(UUID lesson) {
        return new ThreadDetails(lesson, title, body, question);
    }
}
