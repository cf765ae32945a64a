package org.learningstore.core.internal;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.port.AssessmentDefinitions;
import org.learningstore.core.port.Courses;
import org.learningstore.core.port.ReportQueries;
import org.learningstore.core.report.AssessmentStatistics;
import org.learningstore.core.report.AttemptSelection;
import org.learningstore.core.report.CoursePerformance;
import org.learningstore.core.report.Growth;
import org.learningstore.core.report.Reports;
import org.learningstore.core.internal.work.UnitsOfWork;

/** The reports part of the facade: one class per report behind it. */
public final class ReportService implements Reports {
    private final CoursePerformanceReport coursePerformance;
    private final AssessmentStatisticsReport assessmentStatistics;
    private final GrowthReport growth;

    public ReportService(UnitsOfWork units, Courses courses,
                         AssessmentDefinitions definitions,
                         ReportQueries queries) {
        this.coursePerformance = new CoursePerformanceReport(units, courses, queries);
        this.assessmentStatistics = new AssessmentStatisticsReport(units, definitions, queries);
        this.growth = new GrowthReport(units, queries);
    }

    @Override
    public CoursePerformance coursePerformance(UUID courseId) {
        return coursePerformance.of(courseId);
    }

    @Override
    public Page<CoursePerformance> coursePerformance(CourseQuery query, PageRequest page) {
        return coursePerformance.of(query, page);
    }

    @Override
    public AssessmentStatistics assessmentStatistics(UUID assessmentId, AttemptSelection selection) {
        return assessmentStatistics.of(assessmentId, selection);
    }

    @Override
    public Growth growth(YearMonth from, YearMonth to, ZoneId zone) {
        return growth.of(from, to, zone);
    }
}
