package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.progress.DashboardEntry;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.EnrollmentStatus;

/**
 * A learner's dashboard page in plain JDBC: one statement on {@code enrollments_dashboard_idx} (read
 * backwards), with the titles joined and the total counted over the whole result by a window; a second
 * only for a page past the end, which comes back empty and so cannot tell the total. No entity is
 * loaded or tracked.
 */
final class DashboardQuery {
    private static final String PAGE = """
            select e.id, e.course_id, e.learner_id, e.status, e.enrolled_at, e.completed_at, e.progress_percent, \
            e.current_lesson_id, e.last_accessed_at, e.version, c.title, l.title, count(*) over () \
            from enrollments e join courses c on c.id = e.course_id left join lessons l on l.id = e.current_lesson_id \
            where e.learner_id = ? order by e.enrolled_at desc, e.id desc offset ? rows fetch first ? rows only""";
    private static final String TOTAL = "select count(*) from enrollments e where e.learner_id = ?";

    private DashboardQuery() {
    }

    static Page<DashboardEntry> load(EntityManager entityManager, UUID learnerId, PageRequest page) {
        var entries = new ArrayList<DashboardEntry>(page.size());
        long total = JdbcReads.query(entityManager, PAGE, rows -> {
            long counted = 0;
            while (rows.next()) {
                entries.add(new DashboardEntry(enrollment(rows), rows.getString(11), rows.getString(12)));
                counted = rows.getLong(13);
            }
            return counted;
        }, learnerId, page.offset(), page.size());
        if (entries.isEmpty() && page.offset() > 0) {
            total = JdbcReads.query(entityManager, TOTAL, rows -> rows.next() ? rows.getLong(1) : 0L, learnerId);
        }
        return new Page<>(List.copyOf(entries), page, total);
    }

    private static Enrollment enrollment(ResultSet rows) throws SQLException {
        return new Enrollment(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getObject(3, UUID.class),
                EnrollmentStatus.fromCode(rows.getString(4)), instant(rows, 5), instant(rows, 6), rows.getDouble(7),
                rows.getObject(8, UUID.class), instant(rows, 9), rows.getLong(10));
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
