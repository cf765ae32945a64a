package org.learningstore.examples.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.learningstore.core.error.StoreUnavailableException;

/** Runs a query that returns one row over a connection of its own. */
final class JdbcRow {
    interface Connector {
        Connection connect() throws SQLException;
    }

    private JdbcRow() {
    }

    static List<Object> of(Connector connector, String query) {
        try (Connection connection = connector.connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            List<Object> values = new ArrayList<>();
            for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                values.add(rows.getObject(column));
            }
            return values;
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot count the store's rows (SQLState " + e.getSQLState() + ")", false, e);
        }
    }
}
