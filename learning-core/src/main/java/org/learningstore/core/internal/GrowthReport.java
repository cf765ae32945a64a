package org.learningstore.core.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.port.ReportQueries;
import org.learningstore.core.port.ReportQueries.GrowthFigures;
import org.learningstore.core.report.Growth;
import org.learningstore.core.report.Reports;
import org.learningstore.core.internal.work.UnitsOfWork;

/** Growth: months are cut in the caller's zone here, so every backend counts between the same instants. */
final class GrowthReport {
    private final UnitsOfWork units;
    private final ReportQueries queries;

    GrowthReport(UnitsOfWork units, ReportQueries queries) {
        this.units = units;
        this.queries = queries;
    }

    Growth of(YearMonth from, YearMonth to, ZoneId zone) {
        Checks.required("from", from);
        Checks.required("to", to);
        Checks.required("zone", zone);
        long months = ChronoUnit.MONTHS.between(from, to) + 1;
        if (months < 1 || months > Reports.MAX_GROWTH_MONTHS) {
            throw new InvalidInputException("to", "must be from 'from' to " + (Reports.MAX_GROWTH_MONTHS - 1) + " months after it");
        }
        List<Instant> boundaries = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to.plusMonths(1)); month = month.plusMonths(1)) {
            boundaries.add(month.atDay(1).atStartOfDay(zone).toInstant());
        }
        GrowthFigures figures = units.read(() -> queries.growthFigures(boundaries));
        List<Growth.Month> result = new ArrayList<>();
        long toDate = figures.learnersBefore();
        for (int i = 0; i < months; i++) {
            toDate += figures.learners().get(i);
            result.add(new Growth.Month(from.plusMonths(i), figures.learners().get(i), toDate, figures.enrollments().get(i)));
        }
        return new Growth(zone, result);
    }
}
