package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.port.LessonProgressRecords.LessonContext;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.EnrollmentStatus;
import org.learningstore.core.progress.LessonProgress;
import org.learningstore.core.progress.LessonStatus;

/**
 * A learner's standing in a course, and on one of its lessons, in one native statement: the
 * enrollment, the course's published lessons in order (published modules only), and the learner's
 * progress on each of them and on the lesson. Plain columns, so the unit of work manages no entity
 * for any of it.
 */
final class LearnerStanding {
    /**
     * One row for each published lesson in course order, then one for the lesson {@code ?3} (its id
     * as text; none when it is null), each with the learner's progress on it; the enrollment on every row, and on
     * one row of nulls when there is no lesson at all. On {@code enrollments_learner_course_key},
     * {@code modules_course_position_key}, {@code lessons_module_position_key} and the primary key
     * of lesson_progress.
     */
    private static final String STANDING = """
            SELECT e.id, e.course_id, e.learner_id, e.status, e.enrolled_at, e.completed_at, e.progress_percent, \
            e.current_lesson_id, e.last_accessed_at, e.version, \
            k.lesson_id, k.published, \
            p.learner_id, p.lesson_id, p.status, p.started_at, p.completed_at, p.time_spent_ms, p.best_score, p.attempts, \
            p.last_position, CAST(p.bookmarks AS text), p.updated_at, p.version \
            FROM (SELECT 1) AS one \
            LEFT JOIN enrollments e ON e.learner_id = ?1 AND e.course_id = ?2 \
            LEFT JOIN (SELECT l.id AS lesson_id, true AS published, m.position AS module_position, l.position AS lesson_position \
                FROM modules m JOIN lessons l ON l.module_id = m.id \
                WHERE m.course_id = ?2 AND m.published AND l.published \
                UNION ALL SELECT CAST(CAST(?3 AS text) AS uuid), false, NULL, NULL WHERE CAST(?3 AS text) IS NOT NULL) AS k ON true \
            LEFT JOIN lesson_progress p ON p.learner_id = ?1 AND p.lesson_id = k.lesson_id \
            ORDER BY k.published DESC, k.module_position, k.lesson_position""";

    private LearnerStanding() {
    }

    static LessonContext read(EntityManager entityManager, UUID learnerId, UUID courseId, UUID lessonId) {
        List<Object[]> rows = NativeRows.rows(entityManager, STANDING, learnerId, courseId,
                lessonId == null ? null : lessonId.toString());
        Object[] first = rows.get(0);
        Optional<Enrollment> enrollment = Optional.ofNullable(first[0]).map(id -> enrollment(first));
        List<UUID> published = new ArrayList<>();
        List<UUID> completed = new ArrayList<>();
        Optional<LessonProgress> onLesson = Optional.empty();
        for (Object[] row : rows) {
            UUID lesson = NativeRows.uuid(row[10]);
            Optional<LessonProgress> progress = Optional.ofNullable(row[12]).map(learner -> progress(row));
            if (Boolean.TRUE.equals(row[11])) {
                published.add(lesson);
                if (progress.isPresent() && progress.get().status() == LessonStatus.COMPLETED) {
                    completed.add(lesson);
                }
            }
            if (lesson != null && lesson.equals(lessonId)) {
                onLesson = progress;
            }
        }
        return new LessonContext(courseId, onLesson, enrollment, published, completed);
    }

    private static Enrollment enrollment(Object[] row) {
        return new Enrollment(NativeRows.uuid(row[0]), NativeRows.uuid(row[1]), NativeRows.uuid(row[2]),
                EnrollmentStatus.fromCode((String) row[3]), NativeRows.instant(row[4]), NativeRows.instant(row[5]),
                ((Number) row[6]).doubleValue(), NativeRows.uuid(row[7]), NativeRows.instant(row[8]), NativeRows.number(row[9]));
    }

    private static LessonProgress progress(Object[] row) {
        List<String> bookmarks = ((List<?>) JsonColumns.parse((String) row[21])).stream().map(Object::toString).toList();
        return new LessonProgress(NativeRows.uuid(row[12]), NativeRows.uuid(row[13]), LessonStatus.fromCode((String) row[14]),
                NativeRows.instant(row[15]), NativeRows.instant(row[16]), Duration.ofMillis(NativeRows.number(row[17])),
                row[18] == null ? null : ((Number) row[18]).doubleValue(), (int) NativeRows.number(row[19]), (String) row[20],
                bookmarks, NativeRows.instant(row[22]), NativeRows.number(row[23]));
    }
}
