package org.learningstore.core.catalog;

import java.util.UUID;
import org.learningstore.core.internal.check.Checks;

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
        Checks.optionalText("discipline", discipline, 100);
        Checks.optionalText("tag", tag, 50);
    }

    public static CourseQuery all() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().status(status).difficulty(difficulty).discipline(discipline).tag(tag).featured(featured)
                .instructorRef(instructorRef).sortedBy(sort, descending);
    }

    public CourseQuery withStatus(CourseStatus status) {
        return toBuilder().status(status).build();
    }

    public CourseQuery withDifficulty(Level difficulty) {
        return toBuilder().difficulty(difficulty).build();
    }

    public CourseQuery withDiscipline(String discipline) {
        return toBuilder().discipline(discipline).build();
    }

    public CourseQuery withTag(String tag) {
        return toBuilder().tag(tag).build();
    }

    public CourseQuery withFeatured(Boolean featured) {
        return toBuilder().featured(featured).build();
    }

    public CourseQuery withInstructor(UUID instructorRef) {
        return toBuilder().instructorRef(instructorRef).build();
    }

    public CourseQuery sortedBy(CourseSort sort, boolean descending) {
        return toBuilder().sortedBy(sort, descending).build();
    }

    public static final class Builder {
        private CourseStatus status;
        private Level difficulty;
        private String discipline;
        private String tag;
        private Boolean featured;
        private UUID instructorRef;
        private CourseSort sort = CourseSort.TITLE;
        private boolean descending;

        private Builder() {
        }

        public Builder status(CourseStatus status) { this.status = status; return this; }
        public Builder difficulty(Level difficulty) { this.difficulty = difficulty; return this; }
        public Builder discipline(String discipline) { this.discipline = discipline; return this; }
        public Builder tag(String tag) { this.tag = tag; return this; }
        public Builder featured(Boolean featured) { this.featured = featured; return this; }
        public Builder instructorRef(UUID instructorRef) { this.instructorRef = instructorRef; return this; }
        public Builder sortedBy(CourseSort sort, boolean descending) { this.sort = sort; this.descending = descending; return this; }

        public CourseQuery build() {
            return new CourseQuery(status, difficulty, discipline, tag, featured, instructorRef, sort, descending);
        }
    }
}
