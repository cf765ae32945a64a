package org.learningstore.examples;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * SCHEMA.md, generated from the live schemas of both dialects: a Mermaid ER diagram from the
 * foreign keys, then per table its columns (type in each dialect, nullability, default, key,
 * description), unique keys and indexes by name (PostgreSQL's names where both have the table), CHECK constraints (from PostgreSQL's catalog; SQLite's are the same
 * rules) and indexes. Descriptions live in one place, {@value #DESCRIPTIONS}: a key
 * {@code table} describes a table, {@code table.column} a column, and {@code *.column} every
 * column of that name that has no description of its own.
 */
final class SchemaDocument {
    static final String DESCRIPTIONS = "/schema-descriptions.properties";

    /** One dialect's view of a column. */
    record Column(String type, boolean nullable, String defaultValue) {
    }

    /** One dialect's schema: columns by table, in column order, and the keys and indexes. */
    record Dialect(Map<String, Map<String, Column>> tables, Map<String, Set<String>> primaryKeys,
                   Map<String, Set<String>> foreignKeys, Map<String, Set<String>> uniqueKeys,
                   Map<String, Set<String>> indexes) {
    }

    private final Properties descriptions = new Properties();
    private final List<String> missing = new ArrayList<>();

    SchemaDocument() throws IOException {
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(SchemaDocument.class.getResourceAsStream(DESCRIPTIONS), DESCRIPTIONS),
                StandardCharsets.UTF_8)) {
            descriptions.load(reader);
        }
    }

    /** The tables and columns {@link #render} found without a description. */
    List<String> missingDescriptions() {
        return List.copyOf(missing);
    }

    static Dialect read(Connection connection, String schema, Predicate<String> documented) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, Map<String, Column>> tables = new TreeMap<>();
        try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (documented.test(table)) {
                    tables.put(table, new LinkedHashMap<>());
                }
            }
        }
        Map<String, Set<String>> primaryKeys = new TreeMap<>();
        Map<String, Set<String>> foreignKeys = new TreeMap<>();
        Map<String, Set<String>> uniqueKeys = new TreeMap<>();
        Map<String, Set<String>> indexes = new TreeMap<>();
        for (var table : tables.entrySet()) {
            String name = table.getKey();
            try (ResultSet rows = meta.getColumns(null, schema, name, "%")) {
                while (rows.next()) {
                    table.getValue().put(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), new Column(
                            rows.getString("TYPE_NAME"), "YES".equals(rows.getString("IS_NULLABLE")), rows.getString("COLUMN_DEF")));
                }
            }
            try (ResultSet rows = meta.getPrimaryKeys(null, schema, name)) {
                while (rows.next()) {
                    primaryKeys.computeIfAbsent(name, key -> new TreeSet<>()).add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            try (ResultSet rows = meta.getImportedKeys(null, schema, name)) {
                while (rows.next()) {
                    foreignKeys.computeIfAbsent(name, key -> new TreeSet<>()).add(rows.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT)
                            + " → " + rows.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT)
                            + "." + rows.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)
                            + " (on delete " + SchemaSnapshot.deleteRule(rows.getShort("DELETE_RULE")) + ")");
                }
            }
            Map<String, List<String>> indexColumns = new TreeMap<>();
            Map<String, Boolean> unique = new TreeMap<>();
            try (ResultSet rows = meta.getIndexInfo(null, schema, name, false, false)) {
                while (rows.next()) {
                    String index = rows.getString("INDEX_NAME");
                    String column = rows.getString("COLUMN_NAME");
                    if (index == null || column == null) {
                        continue;
                    }
                    indexColumns.computeIfAbsent(index.toLowerCase(Locale.ROOT), key -> new ArrayList<>()).add(column.toLowerCase(Locale.ROOT));
                    unique.put(index.toLowerCase(Locale.ROOT), !rows.getBoolean("NON_UNIQUE"));
                }
            }
            indexColumns.forEach((index, columns) -> {
                if (unique.get(index)) {
                    uniqueKeys.computeIfAbsent(name, key -> new TreeSet<>()).add(index + " (" + String.join(", ", columns) + ")");
                } else {
                    indexes.computeIfAbsent(name, key -> new TreeSet<>()).add(index + " (" + String.join(", ", columns) + ")");
                }
            });
        }
        return new Dialect(tables, primaryKeys, foreignKeys, uniqueKeys, indexes);
    }

    /** CHECK constraints by table, from PostgreSQL's catalog. */
    static Map<String, Set<String>> postgresChecks(Connection connection) throws SQLException {
        Map<String, Set<String>> checks = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT t.relname, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c
                JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
                WHERE c.contype = 'c' AND n.nspname = current_schema()""");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                checks.computeIfAbsent(rows.getString(1), key -> new TreeSet<>()).add(rows.getString(2) + ": `" + rows.getString(3) + "`");
            }
        }
        return checks;
    }

    String render(Dialect postgres, Dialect sqlite, Map<String, Set<String>> checks) {
        Set<String> tables = new TreeSet<>(postgres.tables().keySet());
        tables.addAll(sqlite.tables().keySet());
        var out = new StringBuilder("""
                # Schema

                Generated from the live schemas of PostgreSQL and the SQLite file (Turso runs the SQLite
                scripts) by `SchemaDocumentTest` in `examples/quickstart`, which fails when this file differs
                from what it generates or when a table or column has no description. Descriptions live in
                `examples/quickstart/src/test/resources/schema-descriptions.properties`. To regenerate:
                `./mvnw -pl examples/quickstart -am verify -Dtest=SchemaDocumentTest -Dsurefire.failIfNoSpecifiedTests=false -Dschema.write=true`.

                ## Entity relationships

                ```mermaid
                erDiagram
                """);
        for (String table : tables) {
            Dialect source = postgres.tables().containsKey(table) ? postgres : sqlite;
            for (String key : source.foreignKeys().getOrDefault(table, Set.of())) {
                String column = key.substring(0, key.indexOf(' '));
                String target = key.substring(key.indexOf("→ ") + 2, key.indexOf('.', key.indexOf("→ ")));
                boolean optional = source.tables().get(table).get(column).nullable();
                out.append("    ").append(target).append(optional ? " |o--o{ " : " ||--o{ ").append(table)
                        .append(" : \"").append(column).append("\"\n");
            }
        }
        out.append("```\n\n## Tables\n");
        for (String table : tables) {
            out.append("\n### ").append(table).append("\n\n").append(describe(table)).append("\n");
            if (!postgres.tables().containsKey(table) || !sqlite.tables().containsKey(table)) {
                out.append("\nOnly in ").append(postgres.tables().containsKey(table) ? "PostgreSQL" : "SQLite").append(".\n");
            }
            out.append("\n| column | PostgreSQL | SQLite | null | default | key | description |\n|---|---|---|---|---|---|---|\n");
            Map<String, Column> pg = postgres.tables().getOrDefault(table, Map.of());
            Map<String, Column> lite = sqlite.tables().getOrDefault(table, Map.of());
            Set<String> columns = new LinkedHashSet<>(pg.keySet());
            columns.addAll(lite.keySet());
            Set<String> primary = postgres.primaryKeys().getOrDefault(table, sqlite.primaryKeys().getOrDefault(table, Set.of()));
            for (String column : columns) {
                Column shown = pg.getOrDefault(column, lite.get(column));
                out.append("| ").append(column)
                        .append(" | ").append(type(pg.get(column)))
                        .append(" | ").append(type(lite.get(column)))
                        .append(" | ").append(shown.nullable() ? "yes" : "no")
                        .append(" | ").append(defaults(pg.get(column), lite.get(column)))
                        .append(" | ").append(((primary.contains(column) ? "PK " : "") + foreignKey(postgres, sqlite, table, column)).strip())
                        .append(" | ").append(describe(table + "." + column)).append(" |\n");
            }
            section(out, "Unique keys", postgres.uniqueKeys().getOrDefault(table, sqlite.uniqueKeys().getOrDefault(table, Set.of())));
            section(out, "Checks", checks.getOrDefault(table, Set.of()));
            section(out, "Indexes", postgres.indexes().getOrDefault(table, sqlite.indexes().getOrDefault(table, Set.of())));
        }
        return out.toString();
    }

    private String describe(String key) {
        String text = descriptions.getProperty(key);
        if (text == null && key.contains(".")) {
            text = descriptions.getProperty("*" + key.substring(key.indexOf('.')));
        }
        if (text == null || text.isBlank()) {
            missing.add(key);
            return "";
        }
        return text.strip();
    }

    private static String foreignKey(Dialect postgres, Dialect sqlite, String table, String column) {
        Dialect source = postgres.tables().containsKey(table) ? postgres : sqlite;
        return source.foreignKeys().getOrDefault(table, Set.of()).stream()
                .filter(key -> key.startsWith(column + " → "))
                .map(key -> "FK " + key.substring(column.length() + 3))
                .findFirst().orElse("").strip();
    }

    private static void section(StringBuilder out, String title, Set<String> items) {
        if (!items.isEmpty()) {
            out.append("\n").append(title).append(":\n");
            items.forEach(item -> out.append("- ").append(item.replace("|", "\\|")).append("\n"));
        }
    }

    private static String type(Column column) {
        if (column == null) {
            return "—";
        }
        return column.type().isEmpty() ? "(any)" : column.type().toLowerCase(Locale.ROOT);
    }

    private static String defaults(Column postgres, Column sqlite) {
        String pg = postgres == null ? null : postgres.defaultValue();
        String lite = sqlite == null ? null : sqlite.defaultValue();
        if (pg == null && lite == null) {
            return "";
        }
        return Objects.equals(pg, lite) || lite == null ? "`" + pg + "`"
                : pg == null ? "`" + lite + "`" : "`" + pg + "` / `" + lite + "`";
    }
}
