package org.learningstore.examples;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A live schema read through JDBC metadata, reduced to what both dialects share: table and
 * column names, index names, unique keys (primary keys included) by their columns, and foreign
 * keys with their delete rule. Types and CHECK constraints are dialect-specific and left out.
 */
record SchemaSnapshot(Set<String> tables, Set<String> columns, Set<String> indexes, Set<String> uniqueKeys,
                      Set<String> foreignKeys) {

    static SchemaSnapshot read(Connection connection, String schema, Predicate<String> tableIsShared) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Set<String> tables = new TreeSet<>();
        try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (tableIsShared.test(table)) {
                    tables.add(table);
                }
            }
        }
        Set<String> columns = new TreeSet<>();
        Set<String> indexes = new TreeSet<>();
        Set<String> uniqueKeys = new TreeSet<>();
        Set<String> foreignKeys = new TreeSet<>();
        for (String table : tables) {
            try (ResultSet rows = meta.getColumns(null, schema, table, "%")) {
                while (rows.next()) {
                    columns.add(table + "." + rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            Map<String, List<String>> uniqueColumns = new TreeMap<>();
            try (ResultSet rows = meta.getIndexInfo(null, schema, table, false, false)) {
                while (rows.next()) {
                    String index = rows.getString("INDEX_NAME");
                    String column = rows.getString("COLUMN_NAME");
                    if (index == null || column == null) {
                        continue;
                    }
                    if (rows.getBoolean("NON_UNIQUE")) {
                        indexes.add(table + ":" + index.toLowerCase(Locale.ROOT));
                    } else {
                        uniqueColumns.computeIfAbsent(index, key -> new ArrayList<>()).add(column.toLowerCase(Locale.ROOT));
                    }
                }
            }
            uniqueColumns.values().forEach(key -> uniqueKeys.add(table + "(" + String.join(",", new TreeSet<>(key)) + ")"));
            try (ResultSet rows = meta.getPrimaryKeys(null, schema, table)) {
                Set<String> key = new TreeSet<>();
                while (rows.next()) {
                    key.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
                if (!key.isEmpty()) {
                    uniqueKeys.add(table + "(" + String.join(",", key) + ")");
                }
            }
            try (ResultSet rows = meta.getImportedKeys(null, schema, table)) {
                while (rows.next()) {
                    foreignKeys.add(table + "." + rows.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT)
                            + " -> " + rows.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT)
                            + "." + rows.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)
                            + " on delete " + deleteRule(rows.getShort("DELETE_RULE")));
                }
            }
        }
        return new SchemaSnapshot(tables, columns, indexes, uniqueKeys, foreignKeys);
    }

    static String deleteRule(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "cascade";
            case DatabaseMetaData.importedKeySetNull -> "set null";
            case DatabaseMetaData.importedKeySetDefault -> "set default";
            default -> "restrict";
        };
    }
}
