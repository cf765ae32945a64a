package org.learningstore.sqlite.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.StoredShapes;

/** One result row, read by column name; cells are null, Long, Double, String or byte[]. */
final class Row {
    private final Labels columns;
    private final List<Object> cells;

    Row(Labels columns, List<Object> cells) {
        this.columns = columns;
        this.cells = cells;
    }

    boolean isNull(String column) {
        return cell(column) == null;
    }

    String text(String column) {
        Object cell = cell(column);
        return cell == null ? null : cell.toString();
    }

    long integer(String column) {
        Object cell = cell(column);
        if (cell instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("column " + column + " is not an integer: " + cell);
    }

    Integer nullableInteger(String column) {
        return cell(column) == null ? null : Math.toIntExact(integer(column));
    }

    int int32(String column) {
        return Math.toIntExact(integer(column));
    }

    double real(String column) {
        Object cell = cell(column);
        if (cell instanceof Number number) {
            return number.doubleValue();
        }
        throw new IllegalStateException("column " + column + " is not a number: " + cell);
    }

    Double nullableReal(String column) {
        return cell(column) == null ? null : real(column);
    }

    boolean flag(String column) {
        return integer(column) != 0;
    }

    Boolean nullableFlag(String column) {
        return cell(column) == null ? null : flag(column);
    }

    /** A duration stored as INTEGER milliseconds, or null. */
    Duration duration(String column) {
        return cell(column) == null ? null : Duration.ofMillis(integer(column));
    }

    UUID uuid(String column) {
        String text = text(column);
        return text == null ? null : UUID.fromString(text);
    }

    /**
     * A JSON array of texts; the empty one, the usual value, without running the parser, and NULL
     * as the empty one (a select list may read {@code []} as NULL, see {@link Table.Column#nullWhen}).
     */
    List<String> texts(String column, JsonCodec json) {
        String stored = text(column);
        return stored == null || "[]".equals(stored) ? List.of() : StoredShapes.texts(json.parse(stored));
    }

    Instant instant(String column) {
        return cell(column) == null ? null : SqlValues.instant(integer(column));
    }

    /**
     * The select list {@code columns} (each {@code alias.column}) with each column labelled
     * {@code alias_column}, so that a row joining several tables tells their columns apart.
     */
    static String labelled(String columns) {
        StringBuilder labelled = new StringBuilder();
        for (String column : columns.split(",")) {
            String qualified = column.strip();
            labelled.append(labelled.isEmpty() ? "" : ", ").append(qualified).append(" AS ").append(qualified.replace('.', '_'));
        }
        return labelled.toString();
    }

    /** The columns {@link #labelled} gave the table alias {@code alias}, each by its own name. */
    Row of(String alias) {
        return new Row(columns.unprefixed(alias + "_"), cells);
    }

    private Object cell(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + columns);
        }
        return cells.get(index);
    }
}
