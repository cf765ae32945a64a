package org.learningstore.sqlite.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.learningstore.core.port.ImportCatalogReads;

/** Five reads in one {@link SqlExecutor#queryAll}, each id set one JSON array parameter. */
final class SqliteImportCatalogReads implements ImportCatalogReads {
    private static final String IDS = SqliteLearnerSessions.IDS;
    private static final String COURSES = "SELECT " + CatalogRows.COURSE_COLUMNS + " FROM courses c WHERE c.id IN " + IDS;
    private static final String ASSESSMENTS =
            "SELECT " + AssessmentRows.ASSESSMENT_COLUMNS + " FROM assessments a WHERE a.id IN " + IDS;
    private static final String QUESTIONS = "SELECT " + AssessmentRows.QUESTION_COLUMNS
            + " FROM questions q WHERE q.assessment_id IN " + IDS + " ORDER BY q.assessment_id, q.position";
    /** The lessons asked for (the first parameter) and those of the assessments asked for (the second). */
    private static final String LESSONS = "SELECT lesson.id FROM lessons lesson WHERE lesson.id IN " + IDS
            + " OR lesson.id IN (SELECT a.lesson_id FROM assessments a WHERE a.id IN " + IDS + ")";
    private static final String LESSON_COURSES = "SELECT l.id AS lesson_id, m.course_id FROM lessons l"
            + " JOIN modules m ON m.id = l.module_id WHERE l.id IN (" + LESSONS + ")";
    /** The published lessons of the courses asked for and of the lessons' courses, by course in outline order. */
    private static final String PUBLISHED_LESSONS = "SELECT m.course_id, l.id AS lesson_id FROM modules m"
            + " JOIN lessons l ON l.module_id = m.id WHERE m.published = 1 AND l.published = 1"
            + " AND (m.course_id IN " + IDS + " OR m.course_id IN (SELECT lm.course_id FROM lessons ll"
            + " JOIN modules lm ON lm.id = ll.module_id WHERE ll.id IN (" + LESSONS + ")))"
            + " ORDER BY m.course_id, m.position, l.position";

    private final SqlExecutor executor;
    private final CatalogRows catalogRows;
    private final AssessmentRows assessmentRows;
    private final ProgressRows progressRows;

    SqliteImportCatalogReads(SqlExecutor executor, CatalogRows catalogRows, AssessmentRows assessmentRows,
                             ProgressRows progressRows) {
        this.executor = executor;
        this.catalogRows = catalogRows;
        this.assessmentRows = assessmentRows;
        this.progressRows = progressRows;
    }

    @Override
    public Rows read(Set<UUID> courseIds, Set<UUID> assessmentIds, Set<UUID> lessonIds) {
        String courses = progressRows.ids(List.copyOf(courseIds));
        String assessments = progressRows.ids(List.copyOf(assessmentIds));
        String lessons = progressRows.ids(List.copyOf(lessonIds));
        List<List<Row>> results = executor.queryAll(List.of(
                Sql.of(COURSES, courses),
                Sql.of(ASSESSMENTS, assessments),
                Sql.of(QUESTIONS, assessments),
                Sql.of(LESSON_COURSES, lessons, assessments),
                Sql.of(PUBLISHED_LESSONS, courses, lessons, assessments)));
        Map<UUID, UUID> lessonCourses = new LinkedHashMap<>();
        results.get(3).forEach(row -> lessonCourses.put(row.uuid("lesson_id"), row.uuid("course_id")));
        Map<UUID, List<UUID>> published = new LinkedHashMap<>();
        results.get(4).forEach(row -> published.computeIfAbsent(row.uuid("course_id"), c -> new ArrayList<>())
                .add(row.uuid("lesson_id")));
        Map<UUID, UUID> firstLessons = new LinkedHashMap<>();
        courseIds.stream().filter(published::containsKey).forEach(id -> firstLessons.put(id, published.get(id).get(0)));
        published.keySet().retainAll(Set.copyOf(lessonCourses.values()));
        return new Rows(results.get(0).stream().map(catalogRows::course).toList(), firstLessons,
                results.get(1).stream().map(assessmentRows::assessment).toList(),
                results.get(2).stream().map(assessmentRows::question).toList(), lessonCourses, published);
    }
}
