package org.learningstore.core.internal;

import java.time.Duration;
import java.time.Instant;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.work.UnitsOfWork;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.port.ReportQueries;
import org.learningstore.core.port.ReportQueries.EngagementFigures;
import org.learningstore.core.port.ReportQueries.EngagementSlice;
import org.learningstore.core.report.LearnerEngagement;

/** Learner engagement: one page of a cohort, its sums read in one unit, the last activity chosen here. */
final class LearnerEngagementReport {
    private final UnitsOfWork units;
    private final ReportQueries queries;

    LearnerEngagementReport(UnitsOfWork units, ReportQueries queries) {
        this.units = units;
        this.queries = queries;
    }

    Page<LearnerEngagement> of(Instant joinedFrom, Instant joinedTo, PageRequest page) {
        Checks.instant("joinedFrom", joinedFrom);
        Checks.instant("joinedTo", joinedTo);
        Checks.required("page", page);
        if (!joinedFrom.isBefore(joinedTo)) {
            throw new InvalidInputException("joinedTo", "must be after joinedFrom");
        }
        EngagementSlice slice = units.read(() -> queries.engagementFigures(joinedFrom, joinedTo, page.offset(), page.size()));
        return new Page<>(slice.learners().stream().map(LearnerEngagementReport::engagement).toList(), page, slice.total());
    }

    private static LearnerEngagement engagement(EngagementFigures sums) {
        Instant courseAccess = sums.lastCourseAccess();
        Instant lastActivity = courseAccess != null && courseAccess.isAfter(sums.lastSignIn()) ? courseAccess : sums.lastSignIn();
        return new LearnerEngagement(sums.learnerId(), sums.joinedAt(), sums.courses(), sums.projects(), sums.achievements(),
                Duration.ofMillis(sums.lessonTimeMs()), lastActivity);
    }
}
