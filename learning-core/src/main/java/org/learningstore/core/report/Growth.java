package org.learningstore.core.report;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/** Month by month in {@code zone}, oldest first, every month of the range present. */
public record Growth(ZoneId zone, List<Month> months) {
    public Growth {
        months = List.copyOf(months);
    }

    /**
     * Learners created in the month (a learner merged into another is not counted), every such
     * learner created up to the month's end, and enrollments made in the month.
     */
    public record Month(YearMonth month, long newLearners, long learnersToDate, long newEnrollments) {
    }
}
