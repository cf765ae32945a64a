package org.learningstore.sqlite.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.learningstore.core.port.JsonCodec;

/**
 * One INSERT of many rows: the rows travel as one JSON array of arrays (values in column order,
 * in their stored form), so neither the statement nor its single parameter count grows with them.
 */
final class BulkInsert {
    private final String text;

    BulkInsert(String table, List<String> columns) {
        this.text = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT "
                + IntStream.range(0, columns.size()).mapToObj(i -> "g.value ->> '$[" + i + "]'").collect(Collectors.joining(", "))
                + " FROM json_each(?) AS g";
    }

    /** @param rows each row's values in column order */
    Sql of(List<? extends List<?>> rows, JsonCodec json) {
        List<List<Object>> stored = new ArrayList<>(rows.size());
        for (List<?> row : rows) {
            List<Object> values = new ArrayList<>(row.size());
            row.forEach(value -> values.add(SqlValues.bindable(value)));
            stored.add(values);
        }
        return Sql.of(text, json.print(stored));
    }
}
