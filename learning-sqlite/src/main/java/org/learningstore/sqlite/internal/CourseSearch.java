package org.learningstore.sqlite.internal;

import static org.learningstore.sqlite.internal.CatalogRows.COURSE_COLUMNS;

import java.util.List;
import java.util.stream.Collectors;
import org.learningstore.core.catalog.CourseSearchHit;
import org.learningstore.core.port.JsonCodec;

/**
 * Full-text search over course titles, descriptions, lesson titles and lesson text (the string
 * values of the lessons' content documents).
 *
 * <p>With FTS5 (the SQLite file) it queries the course_search index: each term a quoted prefix
 * query, all terms required, ranked by bm25 with title, description, lesson titles and lesson text
 * weighted 10, 4, 1 and 0.5.
 *
 * <p>Without FTS5 (Turso) it scans the live courses in one statement. A term matches a text when
 * it starts a word there: GLOB finds it after a character that is not a letter or digit (every
 * non-ASCII character counts as a letter). Every term must match the title, the description, a
 * lesson title or the lesson text; the rank adds, per term, 3 for the title, 2 for the description,
 * 1 for the lesson titles and 1 for the lesson text. SQLite's {@code lower()} folds ASCII letters only, so an upper-case non-ASCII
 * letter in the text is not found by its lower-case term.
 */
final class CourseSearch {
    private static final String FTS5 = """
            SELECT %s, -bm25(course_search, 0, 10.0, 4.0, 1.0, 0.5) AS score
            FROM course_search JOIN courses c ON c.id = course_search.course_id
            WHERE course_search MATCH ? AND c.deleted_at IS NULL
            ORDER BY score DESC, c.id
            LIMIT ?""".formatted(COURSE_COLUMNS);
    private static final String WORD_PREFIX_SCAN = """
            WITH patterns AS (
                SELECT '*[^a-z0-9' || char(128) || '-' || char(1114111) || ']' || value || '*' AS pattern
                FROM json_each(?)),
            documents AS (
                SELECT c.id AS id,
                       ' ' || lower(c.title) AS title,
                       ' ' || lower(coalesce(c.description, '')) AS description,
                       ' ' || lower(coalesce((SELECT group_concat(l.title, ' ') FROM lessons l
                                              JOIN modules m ON m.id = l.module_id WHERE m.course_id = c.id), '')) AS lesson_titles,
                       ' ' || lower(coalesce((SELECT group_concat(t.value, ' ') FROM lessons l
                                              JOIN modules m ON m.id = l.module_id, json_tree(l.content) t
                                              WHERE m.course_id = c.id AND t.type = 'text'), '')) AS lesson_text
                FROM courses c
                WHERE c.deleted_at IS NULL),
            scores AS (
                SELECT d.id AS id,
                       sum(3 * (d.title GLOB p.pattern) + 2 * (d.description GLOB p.pattern)
                           + (d.lesson_titles GLOB p.pattern) + (d.lesson_text GLOB p.pattern)) AS score,
                       min((d.title GLOB p.pattern) + (d.description GLOB p.pattern)
                           + (d.lesson_titles GLOB p.pattern) + (d.lesson_text GLOB p.pattern)) AS weakest
                FROM documents d CROSS JOIN patterns p
                GROUP BY d.id)
            SELECT %s, s.score AS score
            FROM scores s JOIN courses c ON c.id = s.id
            WHERE s.weakest > 0
            ORDER BY s.score DESC, c.id
            LIMIT ?""".formatted(COURSE_COLUMNS);

    private final SqlExecutor executor;
    private final CatalogRows rows;
    private final JsonCodec json;

    CourseSearch(SqlExecutor executor, CatalogRows rows, JsonCodec json) {
        this.executor = executor;
        this.rows = rows;
        this.json = json;
    }

    /** {@code terms} are lower-case letters and digits, as the catalog service makes them. */
    List<CourseSearchHit> search(List<String> terms, int limit) {
        Sql sql = executor.capabilities().fts5()
                ? Sql.of(FTS5, ftsQuery(terms), (long) limit)
                : Sql.of(WORD_PREFIX_SCAN, json.print(terms), (long) limit);
        return executor.query(sql, row -> new CourseSearchHit(rows.course(row), row.real("score")));
    }

    /** {@code "term"*} per term, all required: quoted, so no term is read as FTS5 syntax. */
    private static String ftsQuery(List<String> terms) {
        return terms.stream()
                .map(term -> '"' + term.replace("\"", "\"\"") + "\"*")
                .collect(Collectors.joining(" AND "));
    }
}
