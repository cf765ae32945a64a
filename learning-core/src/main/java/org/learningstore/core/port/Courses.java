package org.learningstore.core.port;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseContents;
import org.learningstore.core.catalog.CourseOutline;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.catalog.CourseSearchHit;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;

public interface Courses {
    /** The course, soft-deleted or not. */
    Optional<Course> find(UUID id);

    /** A course that is not soft-deleted. */
    Optional<Course> findBySlug(String slug);

    /** A taken slug is a {@link org.learningstore.core.error.ConflictException} on field {@code slug}. */
    void insert(Course course);

    /** Inserts new courses (an import's), in a fixed number of statements; a taken slug is as {@link #insert}. */
    void insertAll(List<Course> courses);

    /** Writes every field of {@code course}, guarded on the stored version being {@code expectedVersion}. */
    void update(Course course, long expectedVersion);

    Page<Course> list(CourseQuery query, PageRequest page);

    /** Up to {@code limit} courses after {@code after} (exclusive) in the query's order; from the start when null. */
    List<Course> listAfter(CourseQuery query, CourseKey after, int limit);

    /** Non-deleted courses matching every term (lower-case letters and digits) as a word prefix, best first. */
    List<CourseSearchHit> search(List<String> terms, int limit);

    /** The outline in a fixed number of statements (and one round trip on a remote backend). */
    Optional<CourseOutline> outline(UUID courseId);

    /** The table of contents of a course that is not soft-deleted, in a fixed number of statements (one round trip remote). */
    Optional<CourseContents> contents(UUID courseId);
}
