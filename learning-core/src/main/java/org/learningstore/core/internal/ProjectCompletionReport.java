package org.learningstore.core.internal;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.work.UnitsOfWork;
import org.learningstore.core.port.Courses;
import org.learningstore.core.port.ReportQueries;
import org.learningstore.core.port.ReportQueries.ProjectKindFigures;
import org.learningstore.core.report.ProjectCompletion;

/**
 * Project completion by kind. Kinds are ordered here, by their names' UTF-16 code units, since
 * each database collates text its own way.
 */
final class ProjectCompletionReport {
    private final UnitsOfWork units;
    private final Courses courses;
    private final ReportQueries queries;

    ProjectCompletionReport(UnitsOfWork units, Courses courses, ReportQueries queries) {
        this.units = units;
        this.courses = courses;
        this.queries = queries;
    }

    List<ProjectCompletion> overall() {
        return completion(units.read(() -> queries.projectKindFigures(null)));
    }

    List<ProjectCompletion> ofCourse(UUID courseId) {
        Checks.required("courseId", courseId);
        return completion(units.read(() -> {
            courses.find(courseId).filter(found -> !found.deleted()).orElseThrow(() -> new NotFoundException("course", courseId));
            return queries.projectKindFigures(courseId);
        }));
    }

    private static List<ProjectCompletion> completion(List<ProjectKindFigures> kinds) {
        return kinds.stream()
                .sorted(Comparator.comparing(ProjectKindFigures::kind))
                .map(kind -> new ProjectCompletion(kind.kind(), kind.total(), kind.withToken(),
                        ReportFigures.percent(kind.withToken(), kind.total())))
                .toList();
    }
}
