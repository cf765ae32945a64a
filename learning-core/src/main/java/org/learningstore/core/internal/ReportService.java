package org.learningstore.core.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
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
import org.learningstore.core.report.LearnerEngagement;
import org.learningstore.core.report.ProjectCompletion;
import org.learningstore.core.report.Reports;
import org.learningstore.core.internal.work.UnitsOfWork;

/** The reports part of the facade: one class per report behind it. */
public final class ReportService implements Reports {
    private final CoursePerformanceReport coursePerformance;
    private final AssessmentStatisticsReport assessmentStatistics;
    private final GrowthReport growth;
    private final LearnerEngagementReport engagement;
    private final ProjectCompletionReport projects;

    public ReportService(UnitsOfWork units, Courses courses,
                         AssessmentDefinitions definitions,
                         ReportQueries queries) {
        this.coursePerformance = new CoursePerformanceReport(units, courses, queries);
        this.assessmentStatistics = new AssessmentStatisticsReport(units, definitions, queries);
        this.growth = new GrowthReport(units, queries);
        this.engagement = new LearnerEngagementReport(units, queries);
        this.projects = new ProjectCompletionReport(units, courses, queries);
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

    @Override
    public Page<LearnerEngagement> learnerEngagement(Instant joinedFrom, Instant joinedTo, PageRequest page) {
        return engagement.of(joinedFrom, joinedTo, page);
    }

    @Override
    public List<ProjectCompletion> projectCompletion() {
        return projects.overall();
    }

    @Override
    public List<ProjectCompletion> projectCompletion(UUID courseId) {
        return projects.ofCourse(courseId);
    }
}
