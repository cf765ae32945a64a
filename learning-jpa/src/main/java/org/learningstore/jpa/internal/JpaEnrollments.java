package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.port.Enrollments;
import org.learningstore.core.progress.DashboardEntry;
import org.learningstore.core.progress.Enrollment;

/**
 * Enrollments over {@link EnrollmentEntity}, and the seats of a course over
 * {@link CourseSeatEntity}. A second enrollment of a learner in a course fails on
 * {@code enrollments_learner_course_key} when the unit of work flushes, which
 * {@link PersistenceErrors} reports as a concurrent change, and the enroll runs again.
 */
public final class JpaEnrollments implements Enrollments {
    private static final String UPDATE = "UPDATE enrollments SET status = ?1, completed_at = ?2, progress_percent = ?3,"
            + " current_lesson_id = ?4, last_accessed_at = ?5, version = ?6 WHERE id = ?7 AND version = ?8";

    private final CurrentEntityManager current;

    public JpaEnrollments(CurrentEntityManager current) {
        this.current = current;
    }

    /** On {@code enrollments_learner_course_key}; a projection, so the unit of work manages no entity for it. */
    @Override
    public Optional<Enrollment> find(UUID learnerId, UUID courseId) {
        return current.get().createQuery("select " + ProgressMapping.ENROLLMENT_COLUMNS + " from EnrollmentEntity e"
                        + " where e.learnerId = :learner and e.courseId = :course", Object[].class)
                .setParameter("learner", learnerId)
                .setParameter("course", courseId)
                .getResultStream()
                .findFirst()
                .map(ProgressMapping::enrollment);
    }

    @Override
    public void insert(Enrollment enrollment) {
        current.get().persist(ProgressMapping.toEntity(enrollment));
    }

    @Override
    public void insertAll(List<Enrollment> enrollments) {
        BatchedInserts.persistAll(current.get(), enrollments.stream().map(ProgressMapping::toEntity).toList());
    }

    /**
     * One UPDATE of every field but the id, course, learner and enrollment time (which never
     * change), guarded on the version as read, in plain JDBC: an HQL bulk update also walks every
     * entity type for the caches to clear. Enrollment versions are the library's own, never a
     * caller's: no row at that version is a concurrent change, retried.
     */
    @Override
    public void update(Enrollment asRead, Enrollment enrollment) {
        int updated = NativeRows.update(current.get(), UPDATE, enrollment.status().code(), enrollment.completedAt(),
                enrollment.progressPercent(), enrollment.currentLessonId(), enrollment.lastAccessedAt(), enrollment.version(),
                enrollment.id(), asRead.version());
        BulkChanges.expect(updated, 1, "enrollment " + enrollment.id());
    }

    /**
     * One guarded statement. Under READ COMMITTED a concurrent taker holds the course row until
     * it commits; this UPDATE then re-reads the row and checks the guard against the count the
     * other one left, so the seats are never exceeded. The course's version is not touched.
     */
    @Override
    public void takeSeat(UUID courseId, Supplier<? extends RuntimeException> noSeatLeft) {
        takeSeats(courseId, 1, noSeatLeft);
    }

    @Override
    public void takeSeats(UUID courseId, int seats, Supplier<? extends RuntimeException> noSeatLeft) {
        int taken = current.get().createQuery("update CourseSeatEntity c set c.enrolledCount = c.enrolledCount + :seats"
                        + " where c.id = :course and (c.maxStudents is null or c.enrolledCount + :seats <= c.maxStudents)")
                .setParameter("course", courseId)
                .setParameter("seats", seats)
                .executeUpdate();
        if (taken == 0) {
            throw noSeatLeft.get();
        }
    }

    @Override
    public void releaseSeat(UUID courseId) {
        current.get().createQuery("update CourseSeatEntity c set c.enrolledCount = c.enrolledCount - 1"
                        + " where c.id = :course and c.enrolledCount > 0")
                .setParameter("course", courseId)
                .executeUpdate();
    }

    /** {@link DashboardQuery}: one statement, two for a page past the end. */
    @Override
    public Page<DashboardEntry> dashboard(UUID learnerId, PageRequest page) {
        return DashboardQuery.load(current.get(), learnerId, page);
    }

    /** The enrollment, then the first lesson only where there is none: one or two statements. */
    @Override
    public EnrollContext enrollContext(UUID learnerId, UUID courseId) {
        Optional<Enrollment> enrollment = find(learnerId, courseId);
        return new EnrollContext(enrollment, enrollment.isPresent() ? Optional.empty()
                : publishedLessonsQuery(courseId).setMaxResults(1).getResultStream().findFirst());
    }

    private TypedQuery<UUID> publishedLessonsQuery(UUID courseId) {
        return current.get().createQuery("select l.id from LessonEntity l join CourseModuleEntity m on m.id = l.moduleId"
                        + " where m.courseId = :course and m.published = true and l.published = true"
                        + " order by m.position, l.position", UUID.class)
                .setParameter("course", courseId);
    }

    @Override
    public List<Enrollment> listByLearners(List<UUID> learnerIds) {
        return current.get().createQuery("select r from EnrollmentEntity r where r.learnerId in :learners"
                        + " order by r.learnerId, r.courseId", EnrollmentEntity.class)
                .setParameter("learners", learnerIds)
                .getResultStream()
                .map(ProgressMapping::toRecord)
                .toList();
    }

    @Override
    public void delete(UUID learnerId, List<UUID> courseIds) {
        int deleted = current.get().createQuery("delete from EnrollmentEntity r where r.learnerId = :learner and r.courseId in :keys")
                .setParameter("learner", learnerId)
                .setParameter("keys", courseIds)
                .executeUpdate();
        BulkChanges.expect(deleted, courseIds.size(), "the enrollments of learner " + learnerId);
    }

    @Override
    public void move(UUID fromLearnerId, List<UUID> courseIds, UUID toLearnerId) {
        int moved = current.get().createQuery("update EnrollmentEntity r set r.learnerId = :to, r.version = r.version + 1"
                        + " where r.learnerId = :from and r.courseId in :keys")
                .setParameter("to", toLearnerId)
                .setParameter("from", fromLearnerId)
                .setParameter("keys", courseIds)
                .executeUpdate();
        BulkChanges.expect(moved, courseIds.size(), "the enrollments of learner " + fromLearnerId);
    }
}
