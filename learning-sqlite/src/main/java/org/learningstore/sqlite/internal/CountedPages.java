package org.learningstore.sqlite.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
     * Each pair's text, made once: the same String each time also keeps its hash for the prepared
     * statements' cache. Pairs come from fixed fragments only (the course listing's at most
     * 2^6 filter sets × 3 sorts × 2 directions), so this stays small.
     */
    private static final Map<Texts, String> COUNTED = new ConcurrentHashMap<>();

    private record Texts(String count, String page) {
    }

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
        String text = COUNTED.computeIfAbsent(new Texts(count.text(), page.text()),
                texts -> SELECT + "(" + texts.count() + ") AS " + TOTAL + ", " + texts.page().substring(SELECT.length()));
        return new Sql(text, args);
    }
}
