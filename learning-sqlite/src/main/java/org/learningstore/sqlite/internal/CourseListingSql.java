package org.learningstore.sqlite.internal;

import static org.learningstore.sqlite.internal.CatalogRows.COURSE_COLUMNS;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.catalog.CourseSort;
import org.learningstore.core.port.CourseKey;

/**
 * The SQL of course listings, put together only from fixed fragments: the {@link CourseTable.Filter}
 * conditions of the filters that are set, and an ORDER BY and keyset condition per sort and
 * direction. No caller text ever becomes SQL.
 */
final class CourseListingSql {

    private static final CourseTable.Filter[] FILTERS = CourseTable.Filter.values();
    private static final int SORTS = CourseSort.values().length;
    /** Made on first use, one per shape (2^filters x sorts x 2 directions): a race makes the same text twice, harmlessly. */
    private static final AtomicReferenceArray<CountedPages.Texts> PAGE_TEXTS =
            new AtomicReferenceArray<>((1 << FILTERS.length) * SORTS * 2);

    private CourseListingSql() {
    }

    /** The page texts of a listing shape: which filters are set, the sort and the direction. */
    static CountedPages.Texts pageTexts(CourseQuery query) {
        int shape = (filtersSet(query) * SORTS + query.sort().ordinal()) * 2 + (query.descending() ? 1 : 0);
        CountedPages.Texts texts = PAGE_TEXTS.get(shape);
        if (texts == null) {
            String where = where(query, new ArrayList<>());
            texts = CountedPages.Texts.of("SELECT count(*) AS total FROM courses c" + where,
                    "SELECT " + COURSE_COLUMNS + " FROM courses c" + where + orderBy(query) + " LIMIT ? OFFSET ?");
            PAGE_TEXTS.set(shape, texts);
        }
        return texts;
    }

    /** The arguments of {@link #pageTexts}' count: the values of the filters that are set, in filter order. */
    static List<Object> filterArgs(CourseQuery query) {
        var args = new ArrayList<>();
        for (CourseTable.Filter filter : FILTERS) {
            Object value = filter.value.apply(query);
            if (value != null) {
                args.add(value);
            }
        }
        return args;
    }

    private static int filtersSet(CourseQuery query) {
        int set = 0;
        for (CourseTable.Filter filter : FILTERS) {
            if (filter.value.apply(query) != null) {
                set |= 1 << filter.ordinal();
            }
        }
        return set;
    }

    /** The first {@code limit} courses after {@code after}, or from the start when it is null. */
    static Sql after(CourseQuery query, CourseKey after, int limit) {
        var args = new ArrayList<>();
        var sql = new StringBuilder("SELECT ").append(COURSE_COLUMNS).append(" FROM courses c").append(where(query, args));
        if (after != null) {
            sql.append(" AND (").append(sortColumn(query)).append(", c.id) ").append(query.descending() ? "<" : ">")
                    .append(" (?, ?)");
            args.add(switch (query.sort()) {
                case TITLE -> after.title();
                case CREATED, UPDATED -> after.instant();
            });
            args.add(after.id());
        }
        sql.append(orderBy(query)).append(" LIMIT ?");
        args.add((long) limit);
        return new Sql(sql.toString(), args);
    }

    private static String where(CourseQuery query, List<Object> args) {
        var where = new StringBuilder(" WHERE c.deleted_at IS NULL");
        for (CourseTable.Filter filter : FILTERS) {
            Object value = filter.value.apply(query);
            if (value != null) {
                where.append(" AND ").append(filter.condition);
                args.add(value);
            }
        }
        return where.toString();
    }

    private static String orderBy(CourseQuery query) {
        String direction = query.descending() ? " DESC" : " ASC";
        return " ORDER BY " + sortColumn(query) + direction + ", c.id" + direction;
    }

    private static String sortColumn(CourseQuery query) {
        return switch (query.sort()) {
            case TITLE -> "c.title";
            case CREATED -> "c.created_at";
            case UPDATED -> "c.updated_at";
        };
    }
}
