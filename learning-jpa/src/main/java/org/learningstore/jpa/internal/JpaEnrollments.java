package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.NotFoundException;
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
    private final CurrentEntityManager current;

    public JpaEnrollments(CurrentEntityManager current) {
        this.current = current;
    }

    /** On {@code enrollments_learner_course_key}. */
    @Override
    public Optional<Enrollment> find(UUID learnerId, UUID courseId) {
        return current.get().createQuery("select e from EnrollmentEntity e"
                        + " where e.learnerId = :learner and e.courseId = :course", EnrollmentEntity.class)
                .setParameter("learner", learnerId)
                .setParameter("course", courseId)
                .getResultStream()
                .findFirst()
                .map(ProgressMapping::toRecord);
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
     * Guarded on the version Hibernate checks in the UPDATE, which steps it by one: the stored
     * version goes from {@code expectedVersion} to {@code expectedVersion + 1}, also when nothing
     * else changed. Enrollment versions are the library's own, never a caller's: a mismatch is a
     * concurrent change, retried.
     */
    @Override
    public void update(Enrollment enrollment, long expectedVersion) {
        EntityManager entityManager = current.get();
        EnrollmentEntity entity = entityManager.find(EnrollmentEntity.class, enrollment.id());
        if (entity == null) {
            throw new NotFoundException("enrollment", enrollment.id());
        }
        if (entity.version != expectedVersion) {
            throw new ConflictException(null, "enrollment " + enrollment.id() + " changed concurrently", null);
        }
        Enrollment before = ProgressMapping.toRecord(entity);
        ProgressMapping.write(enrollment, entity);
        Versions.stepIfUnchanged(entityManager, entity, before, ProgressMapping.toRecord(entity));
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

    /**
     * Ids of the course's published lessons in module and lesson order (published modules only);
     * one statement on {@code modules_course_position_key} and {@code lessons_module_position_key}.
     */
    List<UUID> publishedLessons(UUID courseId) {
        return publishedLessonsQuery(courseId).getResultList();
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
