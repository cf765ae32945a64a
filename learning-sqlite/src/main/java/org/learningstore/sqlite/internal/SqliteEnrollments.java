package org.learningstore.sqlite.internal;

import static org.learningstore.sqlite.internal.ProgressRows.ENROLLMENT_COLUMNS;
import static org.learningstore.sqlite.internal.SqliteLearnerSessions.IDS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.port.Enrollments;
import org.learningstore.core.progress.DashboardEntry;
import org.learningstore.core.progress.Enrollment;

/**
 * Enrollments and the seats they take. A seat is a guarded counter on the course
 * ({@code enrolled_count}, never above {@code max_students}), so no concurrency can overfill a
 * course and the course's own version is left alone.
 */
final class SqliteEnrollments implements Enrollments {
    /**
     * The enrollment of the learner {@code %1$s} in the course {@code %2$s}, each an SQL expression
     * of one value (a parameter, or a subquery as in {@code SqliteAttempts}): the unique key (learner_id, course_id).
     */
    static final String FIND_OF = "SELECT " + ENROLLMENT_COLUMNS
            + " FROM enrollments e WHERE e.learner_id = %1$s AND e.course_id = %2$s";
    private static final String FIND = FIND_OF.formatted("?", "?");
    /**
     * The published lessons of the course {@code %1$s} (an SQL expression of one value), in course
     * order: module order, then lesson order, from the unique indexes (course_id, position) and
     * (module_id, position). {@code %2$s} adds columns of lesson {@code l} after its id (empty, or
     * starting with a comma).
     */
    static final String PUBLISHED_LESSONS_OF = """
            SELECT l.id%2$s FROM modules m JOIN lessons l ON l.module_id = m.id \
            WHERE m.course_id = %1$s AND m.published = 1 AND l.published = 1 ORDER BY m.position, l.position""";
    private static final String FIRST_LESSON = PUBLISHED_LESSONS_OF.formatted("?", "") + " LIMIT 1";
    /**
     * {@link #PUBLISHED_LESSONS_OF} the course {@code %1$s}, each with whether the learner {@code %2$s}
     * completed it (by the primary key of lesson_progress); the learner's expression comes first
     * in the statement. Read back with {@link #completedLessonIds}.
     */
    static String publishedLessonsCompletedBy(String courseExpression, String learnerExpression) {
        return PUBLISHED_LESSONS_OF.formatted(courseExpression, ", EXISTS (SELECT 1 FROM lesson_progress p WHERE p.learner_id = "
                + learnerExpression + " AND p.lesson_id = l.id AND p.status = 'completed') AS completed");
    }
    private static final String INSERT = """
            INSERT INTO enrollments (id, course_id, learner_id, status, enrolled_at, completed_at, progress_percent, \
            current_lesson_id, last_accessed_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    /**
     * The update names the indexed columns only when they moved, and never enrolled_at, which no
     * change moves: SQLite rewrites the entry of every index holding a column the SET names,
     * changed or not (enrollments_dashboard_idx holds enrolled_at, enrollments_course_idx status,
     * enrollments_current_lesson_idx current_lesson_id), and most updates only touch the last access.
     */
    private static final String UPDATE = "UPDATE enrollments SET completed_at = ?, progress_percent = ?, last_accessed_at = ?, version = ?";
    private static final String UPDATE_STATUS = ", status = ?";
    private static final String UPDATE_CURRENT_LESSON = ", current_lesson_id = ?";
    private static final String UPDATE_GUARD = " WHERE id = ? AND version = ?";
    private static final String TAKE_SEATS = """
            UPDATE courses SET enrolled_count = enrolled_count + ? \
            WHERE id = ? AND (max_students IS NULL OR enrolled_count + ? <= max_students)""";
    private static final String OF_LEARNERS = "SELECT " + ENROLLMENT_COLUMNS
            + " FROM enrollments e WHERE e.learner_id IN " + IDS + " ORDER BY e.learner_id, e.course_id";
    private static final String DELETE = "DELETE FROM enrollments WHERE learner_id = ? AND course_id IN " + IDS;
    private static final String MOVE =
            "UPDATE enrollments SET learner_id = ?, version = version + 1 WHERE learner_id = ? AND course_id IN " + IDS;
    private static final String RELEASE_SEAT =
            "UPDATE courses SET enrolled_count = enrolled_count - 1 WHERE id = ? AND enrolled_count > 0";

    /** Counted and paged in the order of enrollments_dashboard_idx (learner_id, enrolled_at, id), read backwards. */
    private static final String DASHBOARD_COUNT = "SELECT count(*) AS total FROM enrollments e WHERE e.learner_id = ?";
    private static final String DASHBOARD_PAGE = "SELECT " + ENROLLMENT_COLUMNS + """
            , c.title AS course_title, l.title AS current_lesson_title \
            FROM enrollments e JOIN courses c ON c.id = e.course_id LEFT JOIN lessons l ON l.id = e.current_lesson_id \
            WHERE e.learner_id = ? ORDER BY e.enrolled_at DESC, e.id DESC LIMIT ? OFFSET ?""";
    private static final CountedPages.Texts DASHBOARD = CountedPages.Texts.of(DASHBOARD_COUNT, DASHBOARD_PAGE);


    private final SqlExecutor executor;
    private final ProgressRows rows;

    SqliteEnrollments(SqlExecutor executor, ProgressRows rows) {
        this.executor = executor;
        this.rows = rows;
    }

    @Override
    public Optional<Enrollment> find(UUID learnerId, UUID courseId) {
        return executor.queryOne(Sql.of(FIND, learnerId, courseId), rows::enrollment);
    }

    /** Both reads together, whether or not there is an enrollment: one round trip on Turso. */
    @Override
    public EnrollContext enrollContext(UUID learnerId, UUID courseId) {
        List<List<Row>> results = executor.queryAll(List.of(Sql.of(FIND, learnerId, courseId), Sql.of(FIRST_LESSON, courseId)));
        Optional<Enrollment> enrollment = results.get(0).stream().findFirst().map(rows::enrollment);
        return new EnrollContext(enrollment, enrollment.isPresent() ? Optional.empty() : lessonIds(results.get(1)).stream().findFirst());
    }

    @Override
    public void insert(Enrollment enrollment) {
        executor.update(inserted(enrollment));
    }

    @Override
    public void insertAll(List<Enrollment> enrollments) {
        MultiRowInsert.of(enrollments.stream().map(SqliteEnrollments::inserted).toList()).forEach(executor::update);
    }

    private static Sql inserted(Enrollment enrollment) {
        return Sql.of(INSERT, enrollment.id(), enrollment.courseId(), enrollment.learnerId(),
                enrollment.status().code(), enrollment.enrolledAt(), enrollment.completedAt(), enrollment.progressPercent(),
                enrollment.currentLessonId(), enrollment.lastAccessedAt(), enrollment.version());
    }

    @Override
    public void update(Enrollment asRead, Enrollment changed) {
        StringBuilder text = new StringBuilder(UPDATE);
        List<Object> args = new ArrayList<>(Arrays.asList(changed.completedAt(), changed.progressPercent(),
                changed.lastAccessedAt(), changed.version()));
        if (changed.status() != asRead.status()) {
            text.append(UPDATE_STATUS);
            args.add(changed.status().code());
        }
        if (!Objects.equals(changed.currentLessonId(), asRead.currentLessonId())) {
            text.append(UPDATE_CURRENT_LESSON);
            args.add(changed.currentLessonId());
        }
        args.addAll(List.of(changed.id(), asRead.version()));
        executor.update(new Sql(text.append(UPDATE_GUARD).toString(), args), Guard.oneRow("enrollment", changed.id()));
    }

    @Override
    public void takeSeat(UUID courseId, Supplier<? extends RuntimeException> noSeatLeft) {
        takeSeats(courseId, 1, noSeatLeft);
    }

    @Override
    public void takeSeats(UUID courseId, int seats, Supplier<? extends RuntimeException> noSeatLeft) {
        executor.update(Sql.of(TAKE_SEATS, seats, courseId, seats), Guard.changes(1, noSeatLeft));
    }

    @Override
    public void releaseSeat(UUID courseId) {
        executor.update(Sql.of(RELEASE_SEAT, courseId));
    }

    @Override
    public Page<DashboardEntry> dashboard(UUID learnerId, PageRequest page) {
        String learner = learnerId.toString();
        return CountedPages.read(executor, DASHBOARD, List.of(learner), List.of(learner, (long) page.size(), page.offset()), page,
                row -> new DashboardEntry(rows.enrollment(row), row.text("course_title"), row.text("current_lesson_title")));
    }

    @Override
    public List<Enrollment> listByLearners(List<UUID> learnerIds) {
        return executor.query(Sql.of(OF_LEARNERS, rows.ids(learnerIds)), rows::enrollment);
    }

    @Override
    public void delete(UUID learnerId, List<UUID> courseIds) {
        executor.update(Sql.of(DELETE, learnerId, rows.ids(courseIds)), Guard.changes(courseIds.size(),
                () -> Guard.concurrentChange("the enrollments of learner " + learnerId)));
    }

    @Override
    public void move(UUID fromLearnerId, List<UUID> courseIds, UUID toLearnerId) {
        executor.update(Sql.of(MOVE, toLearnerId, fromLearnerId, rows.ids(courseIds)), Guard.changes(courseIds.size(),
                () -> Guard.concurrentChange("the enrollments of learner " + fromLearnerId)));
    }

    static List<UUID> lessonIds(List<Row> result) {
        return result.stream().map(row -> row.uuid("id")).toList();
    }

    /** The lessons of a {@link #publishedLessonsCompletedBy} result that the learner completed. */
    static List<UUID> completedLessonIds(List<Row> result) {
        return lessonIds(result.stream().filter(row -> row.flag("completed")).toList());
    }
}
