package org.learningstore.sqlite.internal;

import static org.learningstore.sqlite.internal.CatalogRows.COURSE_COLUMNS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseContents;
import org.learningstore.core.catalog.CourseOutline;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.catalog.CourseSearchHit;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.port.CourseKey;
import org.learningstore.core.port.Courses;
import org.learningstore.core.port.JsonCodec;

final class SqliteCourses implements Courses {
    private static final String FIND = "SELECT " + COURSE_COLUMNS + " FROM courses c WHERE c.id = ?";
    private static final String FIND_BY_SLUG =
            "SELECT " + COURSE_COLUMNS + " FROM courses c WHERE c.slug = ? AND c.deleted_at IS NULL";
    private static final String DELETE_TAGS = "DELETE FROM course_tags WHERE course_id = ?";
    /**
     * One tag, numbered from 1 in list order; many are written as one {@link MultiRowInsert}. Not
     * through {@code json_each}: tursodb 0.6.0 hands its string values over still JSON-escaped.
     */
    private static final String INSERT_TAG = "INSERT INTO course_tags (course_id, tag, position) VALUES (?, ?, ?)";

    private final SqlExecutor executor;
    private final CatalogRows rows;
    private final CourseSearch search;
    private final CourseOutlines outlines;
    private final CourseTablesOfContents contents;

    SqliteCourses(SqlExecutor executor, CatalogRows rows, JsonCodec json) {
        this.executor = executor;
        this.rows = rows;
        this.search = new CourseSearch(executor, rows, json);
        this.outlines = new CourseOutlines(executor, rows);
        this.contents = new CourseTablesOfContents(executor);
    }

    @Override
    public Optional<Course> find(UUID id) {
        return executor.queryOne(Sql.of(FIND, id), rows::course);
    }

    @Override
    public Optional<Course> findBySlug(String slug) {
        return executor.queryOne(Sql.of(FIND_BY_SLUG, slug), rows::course);
    }

    @Override
    public void insert(Course course) {
        executor.update(rows.insert(CourseTable.COURSES, course));
        insertTags(course);
    }

    @Override
    public void insertAll(List<Course> courses) {
        rows.insertAll(CourseTable.COURSES, courses).forEach(executor::update);
        MultiRowInsert.of(courses.stream().flatMap(course -> tagRows(course).stream()).toList()).forEach(executor::update);
    }

    @Override
    public void update(Course course, long expectedVersion) {
        executor.update(rows.update(CourseTable.COURSES, course, expectedVersion), Guard.oneRow("course", course.id()));
        executor.update(Sql.of(DELETE_TAGS, course.id()));
        insertTags(course);
    }

    private void insertTags(Course course) {
        MultiRowInsert.of(tagRows(course)).forEach(executor::update);
    }

    private static List<Sql> tagRows(Course course) {
        List<String> tags = course.details().tags();
        return IntStream.range(0, tags.size()).mapToObj(i -> Sql.of(INSERT_TAG, course.id(), tags.get(i), i + 1)).toList();
    }

    @Override
    public Page<Course> list(CourseQuery query, PageRequest page) {
        List<Object> filters = CourseListingSql.filterArgs(query);
        var pageArgs = new ArrayList<>(filters);
        pageArgs.add((long) page.size());
        pageArgs.add(page.offset());
        return CountedPages.read(executor, CourseListingSql.pageTexts(query), filters, pageArgs, page, rows::course);
    }

    @Override
    public List<Course> listAfter(CourseQuery query, CourseKey after, int limit) {
        return executor.query(CourseListingSql.after(query, after, limit), rows::course);
    }

    @Override
    public List<CourseSearchHit> search(List<String> terms, int limit) {
        return search.search(terms, limit);
    }

    @Override
    public Optional<CourseOutline> outline(UUID courseId) {
        return outlines.outline(courseId);
    }

    @Override
    public Optional<CourseContents> contents(UUID courseId) {
        return contents.contents(courseId);
    }
}
