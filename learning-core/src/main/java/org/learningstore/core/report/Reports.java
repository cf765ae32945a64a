package org.learningstore.core.report;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;

/** Figures over the stored history; read-only, each in a fixed number of statements. */
public interface Reports {
    /** The most months one growth report covers. */
    int MAX_GROWTH_MONTHS = 120;

    /** One course that is not soft-deleted; {@link org.learningstore.core.error.NotFoundException} otherwise. */
    CoursePerformance coursePerformance(UUID courseId);

    /** The courses a {@link CourseQuery} lists, in its order, one page at a time. */
    Page<CoursePerformance> coursePerformance(CourseQuery query, PageRequest page);

    /** Over the graded attempts of one assessment: every one, or only each learner's first. */
    AssessmentStatistics assessmentStatistics(UUID assessmentId, AttemptSelection selection);

    /** Months {@code from} to {@code to}, both included, at most {@value #MAX_GROWTH_MONTHS}, in {@code zone}. */
    Growth growth(YearMonth from, YearMonth to, ZoneId zone);

    /** {@link #growth(YearMonth, YearMonth, ZoneId)} in UTC. */
    default Growth growth(YearMonth from, YearMonth to) {
        return growth(from, to, ZoneOffset.UTC);
    }

    /**
     * The learners who joined from {@code joinedFrom} (included) to {@code joinedTo} (excluded), a
     * cohort, in the order they joined; not soft-deleted, not merged into another.
     */
    Page<LearnerEngagement> learnerEngagement(Instant joinedFrom, Instant joinedTo, PageRequest page);

    /** Every project by kind, in the order of the kinds' names. */
    List<ProjectCompletion> projectCompletion();

    /** The projects of one course by kind; {@link org.learningstore.core.error.NotFoundException} for a course that is missing or soft-deleted. */
    List<ProjectCompletion> projectCompletion(UUID courseId);
}
