package org.learningstore.sqlite.internal;

import java.util.ArrayList;
import java.util.List;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;

/**
 * An offset page and the total it is part of, in one statement: the page's select list starts with
 * the count as an uncorrelated subquery (evaluated once), so page and total come from one snapshot
 * without a read transaction around two statements, and the page keeps its index-driven LIMIT.
 * A page past the end has no row to carry the total: then both are read again together.
 */
final class CountedPages {
    private static final String SELECT = "SELECT ";
    private static final String TOTAL = "page_total";

    private CountedPages() {
    }

    /**
     * @param count a {@code SELECT count(*) AS total ...} of the matching rows
     * @param page a {@code SELECT ...} of one page of them
     */
    static <T> Page<T> read(SqlExecutor executor, Sql count, Sql page, PageRequest request, RowMapper<T> mapper) {
        List<Row> rows = executor.query(withTotal(count, page), row -> row);
        if (!rows.isEmpty()) {
            return new Page<>(rows.stream().map(mapper::map).toList(), request, rows.get(0).integer(TOTAL));
        }
        if (request.offset() == 0) {
            return new Page<>(List.of(), request, 0);
        }
        List<List<Row>> results = executor.queryAll(List.of(count, page));
        return new Page<>(results.get(1).stream().map(mapper::map).toList(), request, results.get(0).get(0).integer("total"));
    }

    private static Sql withTotal(Sql count, Sql page) {
        if (!page.text().startsWith(SELECT)) {
            throw new IllegalArgumentException("a page is a SELECT");
        }
        var args = new ArrayList<>(count.args());
        args.addAll(page.args());
        return new Sql(SELECT + "(" + count.text() + ") AS " + TOTAL + ", " + page.text().substring(SELECT.length()), args);
    }
}
