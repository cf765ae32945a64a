package org.learningstore.core.engagement;

import java.util.UUID;
import org.learningstore.core.internal.check.Checks;

/** Which threads to list: a course's, optionally only one lesson's, in one order. */
public record ThreadQuery(UUID courseId, UUID lessonId, ThreadSort sort) {
    public ThreadQuery {
        Checks.required("courseId", courseId);
        Checks.required("sort", sort);
    }

    /** The course's threads, newest first. */
    public static ThreadQuery of(UUID courseId) {
        return new ThreadQuery(courseId, null, ThreadSort.NEWEST);
    }

    public ThreadQuery onLesson(UUID lesson) {
        return new ThreadQuery(courseId, lesson, sort);
    }

    public ThreadQuery sortedBy(ThreadSort order) {
        return new ThreadQuery(courseId, lessonId, order);
    }
}
