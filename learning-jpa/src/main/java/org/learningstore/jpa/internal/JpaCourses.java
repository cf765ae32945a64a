package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseContents;
import org.learningstore.core.catalog.CourseOutline;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.catalog.CourseSearchHit;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.port.CourseKey;
import org.learningstore.core.port.Courses;
import org.learningstore.jpa.spi.CourseSearch;

public final class JpaCourses implements Courses {
    private final CurrentEntityManager current;
    private final CourseSearch search;

    public JpaCourses(CurrentEntityManager current, CourseSearch search) {
        this.current = current;
        this.search = search;
    }

    @Override
    public Optional<Course> find(UUID id) {
        return CourseLoader.byId(current.get(), id).map(CourseMapping::toRecord);
    }

    @Override
    public Optional<Course> findBySlug(String slug) {
        return CourseLoader.bySlug(current.get(), slug).map(CourseMapping::toRecord);
    }

    @Override
    public void insert(Course course) {
        current.get().persist(CourseMapping.toEntity(course));
    }

    /** The courses, then their tags, in JDBC batches ({@link BatchedInserts#persistAll}). */
    @Override
    public void insertAll(List<Course> courses) {
        BatchedInserts.persistAll(current.get(), courses.stream().map(CourseMapping::toEntity).toList());
    }

    @Override
    public void update(Course course, long expectedVersion) {
        EntityManager entityManager = current.get();
        CourseEntity entity = ManagedEntities.require(entityManager, CourseEntity.class, course.id(), "course");
        Versions.require("course", course.id(), entity.version, expectedVersion);
        Course before = CourseMapping.toRecord(entity);
        CourseMapping.write(course, entity);
        Versions.stepIfUnchanged(entityManager, entity, before, CourseMapping.toRecord(entity));
    }

    /** Three statements at most: the page, its tags, and the total when the page does not tell it. */
    @Override
    public Page<Course> list(CourseQuery query, PageRequest page) {
        EntityManager entityManager = current.get();
        var listing = new CourseListingQuery(query);
        List<CourseEntity> rows = JpaPages.beyondReach(page) ? List.of() : listing.select(entityManager)
                .setFirstResult((int) page.offset())
                .setMaxResults(page.size())
                .getResultList();
        boolean lastPage = rows.size() < page.size() && (!rows.isEmpty() || page.offset() == 0);
        long total = lastPage ? page.offset() + rows.size() : listing.count(entityManager).getSingleResult();
        return new Page<>(CourseLoader.withTags(entityManager, rows), page, total);
    }

    /** Two statements: the courses and their tags. */
    @Override
    public List<Course> listAfter(CourseQuery query, CourseKey after, int limit) {
        EntityManager entityManager = current.get();
        var listing = new CourseListingQuery(query);
        if (after != null) {
            listing.after(after);
        }
        return CourseLoader.withTags(entityManager, listing.select(entityManager).setMaxResults(limit).getResultList());
    }

    /** Two statements: the native match, then the matched courses with their tags. */
    @Override
    public List<CourseSearchHit> search(List<String> terms, int limit) {
        EntityManager entityManager = current.get();
        List<CourseSearch.Match> matches = search.match(entityManager, terms, limit);
        Map<UUID, Course> courses = CourseLoader.byIds(entityManager,
                matches.stream().map(CourseSearch.Match::courseId).toList());
        return matches.stream()
                .filter(match -> courses.containsKey(match.courseId()))
                .map(match -> new CourseSearchHit(courses.get(match.courseId()), match.rank()))
                .toList();
    }

    @Override
    public Optional<CourseOutline> outline(UUID courseId) {
        return CourseOutlineQuery.load(current.get(), courseId);
    }

    @Override
    public Optional<CourseContents> contents(UUID courseId) {
        return CourseContentsQuery.load(current.get(), courseId);
    }
}
