package org.learningstore.sqlite.internal;

import static org.learningstore.sqlite.internal.CatalogRows.COURSE_COLUMNS;

import java.util.ArrayList;
import java.util.List;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.port.CourseKey;

/**
 * The SQL of course listings, put together only from fixed fragments: the {@link CourseTable.Filter}
 * conditions of the filters that are set, and an ORDER BY and keyset condition per sort and
 * direction. No caller text ever becomes SQL.
 */
final class CourseListingSql {

    private CourseListingSql() {
    }

    static Sql count(CourseQuery query) {
        var args = new ArrayList<>();
        return new Sql("SELECT count(*) AS total FROM courses c" + where(query, args), args);
    }

    static Sql page(CourseQuery query, long offset, int limit) {
        var args = new ArrayList<>();
        String sql = "SELECT " + COURSE_COLUMNS + " FROM courses c" + where(query, args) + orderBy(query) + " LIMIT ? OFFSET ?";
        args.add((long) limit);
        args.add(offset);
        return new Sql(sql, args);
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
        for (CourseTable.Filter filter : CourseTable.Filter.values()) {
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
