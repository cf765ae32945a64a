package org.learningstore.core.progress;

/** One enrollment on a learner's dashboard, with its course's title and current lesson's title (or null). */
public record DashboardEntry(Enrollment enrollment, String courseTitle, String currentLessonTitle) {
}
