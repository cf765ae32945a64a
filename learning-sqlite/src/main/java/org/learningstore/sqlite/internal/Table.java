package org.learningstore.sqlite.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.learningstore.core.port.JsonCodec;

/**
 * One table's columns, written once: its select list, its INSERT and its version-guarded UPDATE
 * are derived from them, with their arguments in the same order. The first column is the key,
 * {@code id}.
 *
 * @param <T> the record a row stores
 */
final class Table<T> {
    /** How a record gives a column's value; list columns are stored as JSON arrays of texts. */
    interface Value<T> {
        Object of(T record, JsonCodec json);
    }

    /** A column; a fixed one is written by the INSERT only (key, parent, position, creation time). */
    record Column<T>(String name, boolean editable, Value<T> value) {
        static <T> Column<T> fixed(String name, Function<T, ?> value) {
            return new Column<>(name, false, (record, json) -> value.apply(record));
        }

        static <T> Column<T> editable(String name, Function<T, ?> value) {
            return new Column<>(name, true, (record, json) -> value.apply(record));
        }

        static <T> Column<T> editableTexts(String name, Function<T, List<String>> value) {
            return new Column<>(name, true, (record, json) -> json.print(value.apply(record)));
        }
    }

    private final List<Column<T>> columns;
    private final String selectList;
    private final String insert;
    private final String update;

    /**
     * @param computed select-only expressions after the columns, such as an aggregate of a child table
     */
    @SafeVarargs
    Table(String name, String alias, String computed, Column<T>... columns) {
        this.columns = List.of(columns);
        if (!this.columns.get(0).name().equals("id")) {
            throw new IllegalArgumentException("the first column of " + name + " must be its key, id");
        }
        this.selectList = Stream.concat(this.columns.stream().map(column -> alias + "." + column.name()),
                computed == null ? Stream.empty() : Stream.of(computed)).collect(Collectors.joining(", "));
        this.insert = "INSERT INTO " + name + " (" + this.columns.stream().map(Column::name).collect(Collectors.joining(", "))
                + ") VALUES (" + this.columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")";
        this.update = "UPDATE " + name + " SET " + editable().map(column -> column.name() + " = ?")
                .collect(Collectors.joining(", ")) + " WHERE id = ? AND version = ?";
    }

    /** Every column with the table's alias, then the computed expressions. */
    String selectList() {
        return selectList;
    }

    Sql insert(T record, JsonCodec json) {
        return new Sql(insert, columns.stream().map(column -> column.value().of(record, json)).toList());
    }

    /** Inserts many records in one statement per {@link MultiRowInsert} chunk. */
    List<Sql> insertAll(List<T> records, JsonCodec json) {
        return MultiRowInsert.of(records.stream().map(record -> insert(record, json)).toList());
    }

    /** Writes the editable columns where the row is still at {@code expectedVersion}. */
    Sql update(T record, long expectedVersion, JsonCodec json) {
        var args = new ArrayList<>();
        editable().forEach(column -> args.add(column.value().of(record, json)));
        args.add(columns.get(0).value().of(record, json));
        args.add(expectedVersion);
        return new Sql(update, args);
    }

    private Stream<Column<T>> editable() {
        return columns.stream().filter(Column::editable);
    }
}
