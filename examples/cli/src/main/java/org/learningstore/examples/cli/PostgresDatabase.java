package org.learningstore.examples.cli;

import java.sql.Connection;
import java.util.List;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.postgres.PostgresStores;
import org.postgresql.ds.PGSimpleDataSource;

/** A PostgreSQL database; user and password in the URL or given apart (either may be null). */
record PostgresDatabase(String jdbcUrl, String user, String password) implements Database {
    @Override
    public String description() {
        int query = jdbcUrl.indexOf('?');
        return "PostgreSQL " + (query < 0 ? jdbcUrl : jdbcUrl.substring(0, query));
    }

    @Override
    public LearningStore open(StoreOptions options) {
        return PostgresStores.open(jdbcUrl, user, password, options);
    }

    @Override
    public void migrate() {
        PostgresStores.migrate(dataSource());
    }

    @Override
    public List<Object> singleRow(String query) {
        return JdbcRow.of(() -> {
            Connection connection = dataSource().getConnection();
            connection.setSchema(PostgresStores.DEFAULT_SCHEMA);
            return connection;
        }, query);
    }

    private PGSimpleDataSource dataSource() {
        var dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl);
        if (user != null) {
            dataSource.setUser(user);
        }
        if (password != null) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }
}
