package org.learningstore.sqlite.internal;

import static org.learningstore.sqlite.internal.CatalogRows.COURSE_COLUMNS;

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
import org.learningstore.core.port.CourseKey;
import org.learningstore.core.port.Courses;
import org.learningstore.core.port.JsonCodec;

final class SqliteCourses implements Courses {
    private static final String FIND = "SELECT " + COURSE_COLUMNS + " FROM courses c WHERE c.id = ?";
    private static final String FIND_BY_SLUG =
            "SELECT " + COURSE_COLUMNS + " FROM courses c WHERE c.slug = ? AND c.deleted_at IS NULL";
    private static final String DELETE_TAGS = "DELETE FROM course_tags WHERE course_id = ?";
    /** Every tag in one statement, numbered 1..n in list order. */
    private static final String INSERT_TAGS =
            "INSERT INTO course_tags (course_id, tag, position) SELECT ?, value, key + 1 FROM json_each(?)";
    /** The tags of many courses in one statement: a JSON array of [course id, [tags]]. */
    private static final String INSERT_ALL_TAGS = "INSERT INTO course_tags (course_id, tag, position)"
            + " SELECT c.value ->> '$[0]', t.value, t.key + 1 FROM json_each(?) AS c, json_each(c.value -> '$[1]') AS t";

    private final SqlExecutor executor;
    private final CatalogRows rows;
    private final JsonCodec json;
    private final CourseSearch search;
    private final CourseOutlines outlines;
    private final CourseTablesOfContents contents;

    SqliteCourses(SqlExecutor executor, CatalogRows rows, JsonCodec json) {
        this.executor = executor;
        this.rows = rows;
        this.json = json;
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
        List<List<Object>> tagged = courses.stream().filter(course -> !course.details().tags().isEmpty())
                .map(course -> List.<Object>of(course.id().toString(), course.details().tags())).toList();
        if (!tagged.isEmpty()) {
            executor.update(Sql.of(INSERT_ALL_TAGS, json.print(tagged)));
        }
    }

    @Override
    public void update(Course course, long expectedVersion) {
        executor.update(rows.update(CourseTable.COURSES, course, expectedVersion), Guard.oneRow("course", course.id()));
        executor.update(Sql.of(DELETE_TAGS, course.id()));
        insertTags(course);
    }

    private void insertTags(Course course) {
        if (!course.details().tags().isEmpty()) {
            executor.update(Sql.of(INSERT_TAGS, course.id(), json.print(course.details().tags())));
        }
    }

    @Override
    public Page<Course> list(CourseQuery query, PageRequest page) {
        return CountedPages.read(executor, CourseListingSql.count(query), CourseListingSql.page(query, page.offset(), page.size()),
                page, rows::course);
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
