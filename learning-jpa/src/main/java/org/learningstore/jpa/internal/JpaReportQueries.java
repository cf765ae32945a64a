package org.learningstore.jpa.internal;

import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.assessment.QuestionKind;
import org.learningstore.core.port.ReportQueries;
import org.learningstore.core.port.StoredShapes;
import org.learningstore.core.progress.EnrollmentStatus;

/**
 * The sums reports are made of, in JPQL: two statements for courses, three for an assessment, two for
 * growth; in SQL (no entity maps learner achievements): two for learner engagement, one for project kinds.
 */
public final class JpaReportQueries implements ReportQueries {
    private static final String GRADED = "('" + AttemptStatus.SUBMITTED.code() + "', '" + AttemptStatus.EXPIRED.code() + "')";
    private static final String CHOICE_KINDS = "('" + QuestionKind.SINGLE_CHOICE.code() + "', '"
            + QuestionKind.MULTIPLE_CHOICE.code() + "', '" + QuestionKind.TRUE_FALSE.code() + "')";
    private static final String COURSE_ENROLLMENTS = "select e.courseId, count(e),"
            + " sum(case when e.status = '" + EnrollmentStatus.ACTIVE.code() + "' then 1 else 0 end),"
            + " sum(case when e.status = '" + EnrollmentStatus.COMPLETED.code() + "' then 1 else 0 end),"
            + " sum(e.progressPercent) from EnrollmentEntity e where e.courseId in :ids group by e.courseId";
    private static final String COURSE_LESSON_TIME = "select e.courseId, sum(p.timeSpentMs)"
            + " from EnrollmentEntity e, CourseModuleEntity m, LessonEntity l, LessonProgressEntity p"
            + " where m.courseId = e.courseId and l.moduleId = m.id and p.learnerId = e.learnerId and p.lessonId = l.id"
            + " and e.courseId in :ids group by e.courseId";
    private static final String SELECTED = " a.assessmentId = :assessment and a.status in " + GRADED + " and a.percent is not null";
    private static final String FIRST_ONLY = " and a.number = 1";
    private static final String ATTEMPT_FIGURES = "select count(a), count(distinct a.learnerId), sum(a.percent),"
            + " sum(case when a.passed = true then 1 else 0 end), "
            + IntStream.range(0, 10).mapToObj(JpaReportQueries::bucket).collect(Collectors.joining(", "))
            + " from AttemptEntity a where" + SELECTED;
    private static final String REST = "(a.score - coalesce(n.points, 0))";
    private static final String QUESTION_FIGURES = "select n.questionId, count(n), sum(case when n.correct = true then 1 else 0 end),"
            + " sum(" + REST + "), sum(" + REST + " * " + REST + "), sum(case when n.correct = true then " + REST + " else 0 end),"
            + " sum(n.timeSpentMs) from AttemptEntity a, AnswerEntity n where n.attemptId = a.id and" + SELECTED;
    private static final String RESPONSES = "select n.questionId, n.response, count(n)"
            + " from AttemptEntity a, AnswerEntity n, QuestionEntity q where n.attemptId = a.id and q.id = n.questionId"
            + " and q.kind in " + CHOICE_KINDS + " and" + SELECTED;

    /** The live learners of a cohort; parameters: joined from, joined before. */
    private static final String COHORT = " from learners l where l.merged_into is null and l.deleted_at is null"
            + " and l.created_at >= ?1 and l.created_at < ?2";
    /** Each sum is a lookup by the learner's key in its table's index, whatever the size of the others. */
    private static final String ENGAGEMENT = "select l.id, l.created_at, l.last_active_at,"
            + " (select count(*) from enrollments e where e.learner_id = l.id),"
            + " (select count(*) from projects p where p.learner_id = l.id),"
            + " (select count(*) from learner_achievements a where a.learner_id = l.id),"
            + " (select coalesce(sum(p.time_spent_ms), 0) from lesson_progress p where p.learner_id = l.id),"
            + " (select max(e.last_accessed_at) from enrollments e where e.learner_id = l.id)"
            + COHORT + " order by l.created_at, l.id limit ?3 offset ?4";
    private static final String PROJECT_KINDS = "select p.kind, count(*), count(p.external_token) from projects p";

    private final CurrentEntityManager current;

    public JpaReportQueries(CurrentEntityManager current) {
        this.current = current;
    }

    private static String bucket(int i) {
        String upper = i == 9 ? "" : " and a.percent < " + (i + 1) * 10;
        return "sum(case when a.percent >= " + i * 10 + upper + " then 1 else 0 end)";
    }

    @Override
    public List<CourseFigures> courseFigures(List<UUID> courseIds) {
        Map<Object, Long> lessonTime = rows(COURSE_LESSON_TIME, Map.of("ids", courseIds)).stream()
                .collect(Collectors.toMap(row -> row[0], row -> number(row[1])));
        return rows(COURSE_ENROLLMENTS, Map.of("ids", courseIds)).stream()
                .map(row -> new CourseFigures((UUID) row[0], number(row[1]), number(row[2]), number(row[3]), real(row[4]),
                        lessonTime.getOrDefault(row[0], 0L)))
                .toList();
    }

    @Override
    public AssessmentFigures assessmentFigures(UUID assessmentId, boolean firstAttemptsOnly) {
        String selection = firstAttemptsOnly ? FIRST_ONLY : "";
        Map<String, Object> assessment = Map.of("assessment", assessmentId);
        Object[] attempts = rows(ATTEMPT_FIGURES + selection, assessment).get(0);
        return new AssessmentFigures(
                new AttemptFigures(number(attempts[0]), number(attempts[1]), real(attempts[2]), number(attempts[3]),
                        IntStream.range(4, 14).mapToObj(i -> number(attempts[i])).toList()),
                rows(QUESTION_FIGURES + selection + " group by n.questionId", assessment).stream()
                        .map(row -> new QuestionFigures((UUID) row[0], number(row[1]), number(row[2]), real(row[3]),
                                real(row[4]), real(row[5]), number(row[6])))
                        .toList(),
                rows(RESPONSES + selection + " group by n.questionId, n.response", assessment).stream()
                        .map(row -> new ResponseCount((UUID) row[0],
                                StoredShapes.response(JsonColumns.parse((String) row[1])), number(row[2])))
                        .toList());
    }

    @Override
    public GrowthFigures growthFigures(List<Instant> boundaries) {
        int periods = boundaries.size() - 1;
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i <= periods; i++) {
            parameters.put("b" + i, boundaries.get(i));
        }
        Object[] learners = rows("select sum(case when l.createdAt < :b0 then 1 else 0 end), " + periods("l.createdAt", periods)
                + " from LearnerEntity l where l.mergedInto is null and l.createdAt < :b" + periods, parameters).get(0);
        Object[] enrollments = rows("select " + periods("e.enrolledAt", periods)
                + " from EnrollmentEntity e where e.enrolledAt >= :b0 and e.enrolledAt < :b" + periods, parameters).get(0);
        List<Long> newLearners = new ArrayList<>();
        List<Long> newEnrollments = new ArrayList<>();
        for (int i = 0; i < periods; i++) {
            newLearners.add(number(learners[i + 1]));
            newEnrollments.add(number(enrollments[i]));
        }
        return new GrowthFigures(number(learners[0]), newLearners, newEnrollments);
    }

    @Override
    public EngagementSlice engagementFigures(Instant from, Instant to, long offset, int limit) {
        long total = NativeRows.number(NativeRows.rows(current.get(), "select count(*)" + COHORT, from, to).get(0)[0]);
        return new EngagementSlice(total, NativeRows.rows(current.get(), ENGAGEMENT, from, to, limit, offset).stream()
                .map(row -> new EngagementFigures(NativeRows.uuid(row[0]), NativeRows.instant(row[1]),
                        NativeRows.instant(row[2]), number(row[3]), number(row[4]), number(row[5]), number(row[6]),
                        NativeRows.instant(row[7])))
                .toList());
    }

    @Override
    public List<ProjectKindFigures> projectKindFigures(UUID courseId) {
        List<Object[]> rows = courseId == null
                ? NativeRows.rows(current.get(), PROJECT_KINDS + " group by p.kind")
                : NativeRows.rows(current.get(), PROJECT_KINDS + " where p.course_id = ?1 group by p.kind", courseId);
        return rows.stream().map(row -> new ProjectKindFigures((String) row[0], number(row[1]), number(row[2]))).toList();
    }

    private static String periods(String attribute, int periods) {
        return IntStream.range(0, periods)
                .mapToObj(i -> "sum(case when " + attribute + " >= :b" + i + " and " + attribute + " < :b" + (i + 1)
                        + " then 1 else 0 end)")
                .collect(Collectors.joining(", "));
    }

    private List<Object[]> rows(String jpql, Map<String, Object> parameters) {
        TypedQuery<Object[]> query = current.get().createQuery(jpql, Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** A count or sum; null, as a sum over no rows is, is 0. */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static double real(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
