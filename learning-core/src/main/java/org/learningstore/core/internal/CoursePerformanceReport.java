package org.learningstore.core.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.port.Courses;
import org.learningstore.core.port.ReportQueries;
import org.learningstore.core.port.ReportQueries.CourseFigures;
import org.learningstore.core.report.CoursePerformance;
import org.learningstore.core.internal.work.UnitsOfWork;

/** Course performance: the course (or a page of them), then the sums of their enrollments. */
final class CoursePerformanceReport {
    private final UnitsOfWork units;
    private final Courses courses;
    private final ReportQueries queries;

    CoursePerformanceReport(UnitsOfWork units, Courses courses, ReportQueries queries) {
        this.units = units;
        this.courses = courses;
        this.queries = queries;
    }

    CoursePerformance of(UUID courseId) {
        Checks.required("courseId", courseId);
        return units.read(() -> {
            Course course = courses.find(courseId).filter(found -> !found.deleted())
                    .orElseThrow(() -> new NotFoundException("course", courseId));
            return performance(course, figures(List.of(courseId)));
        });
    }

    Page<CoursePerformance> of(CourseQuery query, PageRequest page) {
        Checks.required("query", query);
        Checks.required("page", page);
        return units.read(() -> {
            Page<Course> listed = courses.list(query, page);
            if (listed.content().isEmpty()) {
                return new Page<>(List.of(), page, listed.totalElements());
            }
            Map<UUID, CourseFigures> figures = figures(listed.content().stream().map(Course::id).toList());
            return new Page<>(listed.content().stream().map(course -> performance(course, figures)).toList(),
                    page, listed.totalElements());
        });
    }

    private Map<UUID, CourseFigures> figures(List<UUID> courseIds) {
        return queries.courseFigures(courseIds).stream()
                .collect(Collectors.toMap(CourseFigures::courseId, Function.identity()));
    }

    private static CoursePerformance performance(Course course, Map<UUID, CourseFigures> figures) {
        CourseFigures sums = figures.getOrDefault(course.id(), new CourseFigures(course.id(), 0, 0, 0, 0, 0));
        long enrolled = sums.enrolled();
        return new CoursePerformance(course.id(), course.details().title(), enrolled, sums.active(), sums.completed(),
                ReportFigures.percent(sums.completed(), enrolled),
                enrolled == 0 ? 0 : ReportFigures.twoDecimals(sums.progressSum() / enrolled),
                Duration.ofMillis(enrolled == 0 ? 0 : sums.lessonTimeMs() / enrolled));
    }
}
