package org.learningstore.sqlite.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.ReportQueries;
import org.learningstore.core.port.StoredShapes;

/**
 * The sums reports are made of. Course figures and assessment figures are each one
 * {@link SqlExecutor#queryAll} (one round trip on Turso) of a fixed number of statements; growth
 * is one of two, its periods as columns, whatever the number of months; learner engagement one of
 * two (the cohort's count, then a page of it); project kinds one statement.
 */
final class SqliteReportQueries implements ReportQueries {
    private static final String COURSE_ENROLLMENTS = """
            SELECT e.course_id, count(*) AS enrolled, \
            count(CASE WHEN e.status = 'active' THEN 1 END) AS active, \
            count(CASE WHEN e.status = 'completed' THEN 1 END) AS completed, \
            total(e.progress_percent) AS progress_sum \
            FROM enrollments e WHERE e.course_id IN %s GROUP BY e.course_id""".formatted(SqliteLearnerSessions.IDS);
    /** Time the enrolled learners spent in the course's lessons: from the enrollments to their lesson progress by key. */
    private static final String COURSE_LESSON_TIME = """
            SELECT e.course_id, total(p.time_spent_ms) AS lesson_time_ms \
            FROM enrollments e JOIN modules m ON m.course_id = e.course_id JOIN lessons l ON l.module_id = m.id \
            JOIN lesson_progress p ON p.learner_id = e.learner_id AND p.lesson_id = l.id \
            WHERE e.course_id IN %s GROUP BY e.course_id""".formatted(SqliteLearnerSessions.IDS);
    /** The graded attempts of an assessment; parameters: the assessment, then 1 for first attempts only, else 0. */
    private static final String SELECTED = """
            t.assessment_id = ? AND t.status IN ('submitted', 'expired') AND t.percent IS NOT NULL \
            AND (? = 0 OR t.number = 1)""";
    private static final String ATTEMPT_FIGURES = "SELECT count(*) AS attempts, count(DISTINCT t.learner_id) AS learners, "
            + "total(t.percent) AS percent_sum, count(CASE WHEN t.passed = 1 THEN 1 END) AS passed, "
            + IntStream.range(0, 10).mapToObj(SqliteReportQueries::bucket).collect(Collectors.joining(", "))
            + " FROM attempts t WHERE " + SELECTED;
    /** Per question, with rest = the attempt's score minus the answer's points. */
    private static final String QUESTION_FIGURES = """
            SELECT a.question_id, count(*) AS answers, count(CASE WHEN a.correct = 1 THEN 1 END) AS correct, \
            total(a.rest) AS rest_sum, total(a.rest * a.rest) AS rest_squares, \
            total(CASE WHEN a.correct = 1 THEN a.rest ELSE 0 END) AS correct_rest_sum, total(a.time_spent_ms) AS time_ms \
            FROM (SELECT n.question_id, n.correct, n.time_spent_ms, t.score - coalesce(n.points, 0) AS rest \
            FROM attempts t JOIN answers n ON n.attempt_id = t.id WHERE %s) a \
            GROUP BY a.question_id""".formatted(SELECTED);
    private static final String RESPONSES = """
            SELECT n.question_id, n.response, count(*) AS answers \
            FROM attempts t JOIN answers n ON n.attempt_id = t.id JOIN questions q ON q.id = n.question_id \
            WHERE %s AND q.kind IN ('single_choice', 'multiple_choice', 'true_false') \
            GROUP BY n.question_id, n.response""".formatted(SELECTED);

    /** The live learners of a cohort; parameters: joined from, joined before. */
    private static final String COHORT = """
            FROM learners l WHERE l.merged_into IS NULL AND l.deleted_at IS NULL \
            AND l.created_at >= ? AND l.created_at < ?""";
    /** Each sum is a lookup by the learner's key in its table's index, whatever the size of the others. */
    private static final String ENGAGEMENT = """
            SELECT l.id, l.created_at, l.last_active_at, \
            (SELECT count(*) FROM enrollments e WHERE e.learner_id = l.id) AS courses, \
            (SELECT count(*) FROM projects p WHERE p.learner_id = l.id) AS projects, \
            (SELECT count(*) FROM learner_achievements a WHERE a.learner_id = l.id) AS achievements, \
            (SELECT coalesce(sum(p.time_spent_ms), 0) FROM lesson_progress p WHERE p.learner_id = l.id) AS lesson_time_ms, \
            (SELECT max(e.last_accessed_at) FROM enrollments e WHERE e.learner_id = l.id) AS last_course_access \
            %s ORDER BY l.created_at, l.id LIMIT ? OFFSET ?""".formatted(COHORT);
    private static final String PROJECT_KINDS = "SELECT p.kind, count(*) AS total, count(p.external_token) AS with_token FROM projects p";

    private final SqlExecutor executor;
    private final JsonCodec json;

    SqliteReportQueries(SqlExecutor executor, JsonCodec json) {
        this.executor = executor;
        this.json = json;
    }

    private static String bucket(int i) {
        String upper = i == 9 ? "" : " AND t.percent < " + (i + 1) * 10;
        return "count(CASE WHEN t.percent >= " + i * 10 + upper + " THEN 1 END) AS h" + i;
    }

    @Override
    public List<CourseFigures> courseFigures(List<UUID> courseIds) {
        String ids = json.print(StoredShapes.idsTree(courseIds));
        List<List<Row>> results = executor.queryAll(List.of(Sql.of(COURSE_ENROLLMENTS, ids), Sql.of(COURSE_LESSON_TIME, ids)));
        Map<String, Long> lessonTime = results.get(1).stream()
                .collect(Collectors.toMap(row -> row.text("course_id"), row -> (long) row.real("lesson_time_ms")));
        return results.get(0).stream().map(row -> new CourseFigures(row.uuid("course_id"), row.integer("enrolled"),
                row.integer("active"), row.integer("completed"), row.real("progress_sum"),
                lessonTime.getOrDefault(row.text("course_id"), 0L))).toList();
    }

    @Override
    public AssessmentFigures assessmentFigures(UUID assessmentId, boolean firstAttemptsOnly) {
        List<List<Row>> results = executor.queryAll(List.of(
                Sql.of(ATTEMPT_FIGURES, assessmentId, firstAttemptsOnly),
                Sql.of(QUESTION_FIGURES, assessmentId, firstAttemptsOnly),
                Sql.of(RESPONSES, assessmentId, firstAttemptsOnly)));
        Row attempts = results.get(0).get(0);
        return new AssessmentFigures(
                new AttemptFigures(attempts.integer("attempts"), attempts.integer("learners"), attempts.real("percent_sum"),
                        attempts.integer("passed"), IntStream.range(0, 10).mapToObj(i -> attempts.integer("h" + i)).toList()),
                results.get(1).stream().map(row -> new QuestionFigures(row.uuid("question_id"), row.integer("answers"),
                        row.integer("correct"), row.real("rest_sum"), row.real("rest_squares"), row.real("correct_rest_sum"),
                        (long) row.real("time_ms"))).toList(),
                results.get(2).stream().map(row -> new ResponseCount(row.uuid("question_id"),
                        StoredShapes.response(json.parse(row.text("response"))), row.integer("answers"))).toList());
    }

    @Override
    public GrowthFigures growthFigures(List<Instant> boundaries) {
        Instant first = boundaries.get(0);
        Instant last = boundaries.get(boundaries.size() - 1);
        List<String> learnerColumns = new ArrayList<>(List.of("count(CASE WHEN l.created_at < ? THEN 1 END) AS before"));
        List<Object> learnerArgs = new ArrayList<>(List.of(first));
        List<String> enrollmentColumns = new ArrayList<>();
        List<Object> enrollmentArgs = new ArrayList<>();
        for (int i = 0; i + 1 < boundaries.size(); i++) {
            learnerColumns.add(period("l.created_at", i));
            enrollmentColumns.add(period("e.enrolled_at", i));
            learnerArgs.addAll(List.of(boundaries.get(i), boundaries.get(i + 1)));
            enrollmentArgs.addAll(List.of(boundaries.get(i), boundaries.get(i + 1)));
        }
        learnerArgs.add(last);
        enrollmentArgs.addAll(List.of(first, last));
        List<List<Row>> results = executor.queryAll(List.of(
                new Sql("SELECT " + String.join(", ", learnerColumns)
                        + " FROM learners l WHERE l.merged_into IS NULL AND l.created_at < ?", learnerArgs),
                new Sql("SELECT " + String.join(", ", enrollmentColumns)
                        + " FROM enrollments e WHERE e.enrolled_at >= ? AND e.enrolled_at < ?", enrollmentArgs)));
        Row learners = results.get(0).get(0);
        Row enrollments = results.get(1).get(0);
        List<Long> newLearners = new ArrayList<>();
        List<Long> newEnrollments = new ArrayList<>();
        for (int i = 0; i + 1 < boundaries.size(); i++) {
            newLearners.add(learners.integer("p" + i));
            newEnrollments.add(enrollments.integer("p" + i));
        }
        return new GrowthFigures(learners.integer("before"), newLearners, newEnrollments);
    }

    @Override
    public EngagementSlice engagementFigures(Instant from, Instant to, long offset, int limit) {
        List<List<Row>> results = executor.queryAll(List.of(
                Sql.of("SELECT count(*) AS total " + COHORT, from, to),
                Sql.of(ENGAGEMENT, from, to, limit, offset)));
        return new EngagementSlice(results.get(0).get(0).integer("total"), results.get(1).stream()
                .map(row -> new EngagementFigures(row.uuid("id"), row.instant("created_at"), row.instant("last_active_at"),
                        row.integer("courses"), row.integer("projects"), row.integer("achievements"),
                        row.integer("lesson_time_ms"), row.instant("last_course_access")))
                .toList());
    }

    @Override
    public List<ProjectKindFigures> projectKindFigures(UUID courseId) {
        Sql kinds = courseId == null ? Sql.of(PROJECT_KINDS + " GROUP BY p.kind")
                : Sql.of(PROJECT_KINDS + " WHERE p.course_id = ? GROUP BY p.kind", courseId);
        return executor.query(kinds, row -> new ProjectKindFigures(row.text("kind"), row.integer("total"), row.integer("with_token")));
    }

    private static String period(String column, int i) {
        return "count(CASE WHEN " + column + " >= ? AND " + column + " < ? THEN 1 END) AS p" + i;
    }
}
