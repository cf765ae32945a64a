package org.learningstore.core.contract;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;

/**
 * The behaviour every backend must show, written once against the facade and grouped by area.
 * A backend runs all of it with one small subclass that opens its store; each group opens its
 * own store (with its own clock and statement listener) when it starts and closes it when done.
 * JUnit makes one kit instance per group, so a database the subclass makes in a field belongs
 * to one group. (Shaped like Micrometer's {@code MeterRegistryCompatibilityKit}.)
 */
public abstract class StoreCompatibilityKit {

    /** Opens a store on this backend, migrated and ready. */
    protected abstract LearningStore openStore(StoreOptions options);

    /** Every value, as text, of every row of {@code table} in the database of the running group: what anyone reading the database sees. */
    protected abstract List<String> storedValues(String table);

    /** This backend's column in {@value StatementCounts#RESOURCE}. */
    protected abstract String countsColumn();

    /** For {@link #storedValues(String)}: {@code table} if it is a plain table name, so it can be written into SQL. */
    protected static String tableName(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        return table;
    }

    /** For {@link #storedValues(String)} on a JDBC database: every value of {@code table}, read on a connection beside the store. */
    protected static List<String> storedValues(Connection connection, String table) {
        try (connection; Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM " + tableName(table))) {
            int columns = rows.getMetaData().getColumnCount();
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    values.add(rows.getString(column));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + table, e);
        }
    }

    /** What {@code call} must cost on this backend. */
    StatementCounts.Expected expected(String call) {
        return StatementCounts.load().expected(call, countsColumn());
    }

    @Nested
    class Catalog extends CatalogContract {
        @Override
        protected StoreCompatibilityKit kit() {
            return StoreCompatibilityKit.this;
        }
    }

    @Nested
    class Assessments extends AssessmentContract {
        @Override
        protected StoreCompatibilityKit kit() {
            return StoreCompatibilityKit.this;
        }
    }

    @Nested
    class Learners extends LearnerContract {
        @Override
        protected StoreCompatibilityKit kit() {
            return StoreCompatibilityKit.this;
        }
    }

    @Nested
    class Progress extends ProgressContract {
        @Override
        protected StoreCompatibilityKit kit() {
            return StoreCompatibilityKit.this;
        }
    }

    @Nested
    class Discussions extends DiscussionsContract {
        @Override
        protected StoreCompatibilityKit kit() {
            return StoreCompatibilityKit.this;
        }
    }

    @Nested
    class NotesAndProjects extends NotesAndProjectsContract {
        @Override
        protected StoreCompatibilityKit kit() {
            return StoreCompatibilityKit.this;
        }
    }
}
