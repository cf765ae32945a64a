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

    /**
     * A count, a page of the same rows, and the one statement that reads both: made once per query
     * shape and kept, so a call neither builds nor hashes a text (the same String each time also
     * keeps its hash for the prepared statements' cache).
     *
     * @param count a {@code SELECT count(*) AS total ...} of the matching rows
     * @param page a {@code SELECT ...} of one page of them
     */
    record Texts(String count, String page, String counted) {
        static Texts of(String count, String page) {
            if (!page.startsWith(SELECT)) {
                throw new IllegalArgumentException("a page is a SELECT");
            }
            return new Texts(count, page, SELECT + "(" + count + ") AS " + TOTAL + ", " + page.substring(SELECT.length()));
        }
    }

    private CountedPages() {
    }

    /** @param countArgs the arguments of {@code texts.count()}; {@code pageArgs} of {@code texts.page()} */
    static <T> Page<T> read(SqlExecutor executor, Texts texts, List<?> countArgs, List<?> pageArgs, PageRequest request,
                            RowMapper<T> mapper) {
        var args = new ArrayList<Object>(countArgs.size() + pageArgs.size());
        args.addAll(countArgs);
        args.addAll(pageArgs);
        List<Row> rows = executor.query(new Sql(texts.counted(), args), row -> row);
        if (!rows.isEmpty()) {
            return new Page<>(rows.stream().map(mapper::map).toList(), request, rows.get(0).integer(TOTAL));
        }
        if (request.offset() == 0) {
            return new Page<>(List.of(), request, 0);
        }
        List<List<Row>> results = executor.queryAll(List.of(new Sql(texts.count(), List.copyOf(countArgs)),
                new Sql(texts.page(), List.copyOf(pageArgs))));
        return new Page<>(results.get(1).stream().map(mapper::map).toList(), request, results.get(0).get(0).integer("total"));
    }
}
