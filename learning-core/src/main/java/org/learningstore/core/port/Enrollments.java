package org.learningstore.core.port;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.progress.DashboardEntry;
import org.learningstore.core.progress.Enrollment;

public interface Enrollments {

    /**
     * What enrolling reads: the learner's enrollment in the course, and where there is none, the
     * course's first published lesson (in module and lesson order, published modules only), where
     * a new enrollment starts.
     */
    record EnrollContext(Optional<Enrollment> enrollment, Optional<UUID> firstLesson) {
    }

    Optional<Enrollment> find(UUID learnerId, UUID courseId);

    /** In one round trip on a remote backend. */
    EnrollContext enrollContext(UUID learnerId, UUID courseId);

    /** A second enrollment of the learner in the course is a conflict with no field (a concurrent enroll). */
    void insert(Enrollment enrollment);

    /** New enrollments, a fixed number of statements whatever their number (none for none). */
    void insertAll(List<Enrollment> enrollments);

    /**
     * Writes {@code changed}: every field but the enrollment's id, course, learner and date, which
     * no change moves, guarded on the version of {@code asRead}, the same enrollment as it was read
     * in this unit. A backend may leave out the fields equal in both.
     */
    void update(Enrollment asRead, Enrollment changed);

    /**
     * Takes one seat of the course: {@code enrolled_count + 1} guarded on the course's
     * {@code max_students}. When no seat is left the unit of work fails with what
     * {@code noSeatLeft} gives (on a backend that defers writes, when the unit ends). Does not
     * change the course's version.
     */
    void takeSeat(UUID courseId, Supplier<? extends RuntimeException> noSeatLeft);

    /** As {@link #takeSeat} {@code seats} times, in one statement: all of them or, when fewer are left, none. */
    void takeSeats(UUID courseId, int seats, Supplier<? extends RuntimeException> noSeatLeft);

    /** Gives a seat back: {@code enrolled_count - 1}. */
    void releaseSeat(UUID courseId);

    /** Newest first (enrolled_at, then id, descending), with course and current lesson titles, in a fixed number of statements. */
    Page<DashboardEntry> dashboard(UUID learnerId, PageRequest page);

    /** Every enrollment of the given learners, in one statement. */
    List<Enrollment> listByLearners(List<UUID> learnerIds);

    /** Deletes the learner's enrollments in those courses. */
    void delete(UUID learnerId, List<UUID> courseIds);

    /** Gives {@code fromLearnerId}'s enrollments in those courses to {@code toLearnerId}, each version plus one. */
    void move(UUID fromLearnerId, List<UUID> courseIds, UUID toLearnerId);
}
