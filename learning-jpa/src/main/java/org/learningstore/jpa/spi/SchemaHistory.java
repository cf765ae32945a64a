package org.learningstore.jpa.spi;

/**
 * Where the database module records the schema versions it applied, for {@code store.health()}.
 *
 * @param backend the name the health check reports, such as {@code postgresql}
 * @param table the history table, with a text {@code version} and a boolean {@code success} column
 */
public record SchemaHistory(String backend, String table) {
    public SchemaHistory {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
    }
}
