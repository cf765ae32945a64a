package org.learningstore.core.catalog;

import java.util.UUID;

/**
 * Filters and order of a course listing; a null filter matches everything.
 * Soft-deleted courses are never listed. Titles sort by their Unicode code points.
 */
public record CourseQuery(
        CourseStatus status,
        Level difficulty,
        String discipline,
        String tag,
        Boolean featured,
        UUID instructorRef,
        CourseSort sort,
        boolean descending) {

    public CourseQuery {
        sort = sort == null ? CourseSort.TITLE : sort;
    }

    public static CourseQuery all() {
        return new CourseQuery(null, null, null, null, null, null, CourseSort.TITLE, false);
    }

    public CourseQuery withStatus(CourseStatus status) {
        return new CourseQuery(status, difficulty, discipline, tag, featured, instructorRef, sort, descending);
    }

    public CourseQuery withDifficulty(Level difficulty) {
        return new CourseQuery(status, difficulty, discipline, tag, featured, instructorRef, sort, descending);
    }

    public CourseQuery withDiscipline(String discipline) {
        return new CourseQuery(status, difficulty, discipline, tag, featured, instructorRef, sort, descending);
    }

    public CourseQuery withTag(String tag) {
        return new CourseQuery(status, difficulty, discipline, tag, featured, instructorRef, sort, descending);
    }

    public CourseQuery withFeatured(Boolean featured) {
        return new CourseQuery(status, difficulty, discipline, tag, featured, instructorRef, sort, descending);
    }

    public CourseQuery withInstructor(UUID instructorRef) {
        return new CourseQuery(status, difficulty, discipline, tag, featured, instructorRef, sort, descending);
    }

    public CourseQuery sortedBy(CourseSort sort, boolean descending) {
        return new CourseQuery(status, difficulty, discipline, tag, featured, instructorRef, sort, descending);
    }
}
