package org.learningstore.core.contract;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /**
     * Every row of every table in the database of the running group, each row as the text of its
     * values, sorted: equal before and after a call that changed nothing.
     */
    protected abstract Map<String, List<String>> storedTables();

    /** This backend's column in {@value StatementCounts#RESOURCE}. */
    protected abstract String countsColumn();

    /**
     * Every row of the study state ({@code learner_question_state}) in the database of the running
     * group, as learner id, question id, last answered time in epoch microseconds, last correct as 0 or 1.
     */
    protected abstract List<List<String>> storedStudyState();

    /**
     * Every answer the study state is derived from, in the same form: the graded answers (correct
     * not null) of submitted or expired attempts, with their attempt's learner, and the practice answers.
     */
    protected abstract List<List<String>> gradedHistory();

    /** For {@link #storedValues(String)}: {@code table} if it is a plain table name, so it can be written into SQL. */
    protected static String tableName(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        return table;
    }

    /** For {@link #storedValues(String)} on a JDBC database: every value of {@code table}, read on a connection beside the store. */
    protected static List<String> storedValues(Connection connection, String table) {
        try (connection; Statement statement = connection.createStatement()) {
            return rows(statement, tableName(table)).stream().flatMap(List::stream).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + table, e);
        }
    }

    /** For {@link #storedTables()} on a JDBC database: the tables {@code listTables} names, read on one connection beside the store. */
    protected static Map<String, List<String>> storedTables(Connection connection, String listTables) {
        try (connection; Statement statement = connection.createStatement()) {
            List<String> tables = rows(statement, "(" + listTables + ") AS listed").stream().map(row -> row.get(0)).toList();
            Map<String, List<String>> stored = new TreeMap<>();
            for (String table : tables) {
                stored.put(table, rows(statement, '"' + table + '"').stream().map(List::toString).sorted().toList());
            }
            return stored;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the tables", e);
        }
    }

    /** For {@link #storedStudyState()} and {@link #gradedHistory()} on a JDBC database: the rows of {@code select}, read beside the store. */
    protected static List<List<String>> queried(Connection connection, String select) {
        try (connection; Statement statement = connection.createStatement()) {
            return rows(statement, "(" + select + ") AS queried");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the study state", e);
        }
    }

    private static List<List<String>> rows(Statement statement, String from) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT * FROM " + from)) {
            int columns = rows.getMetaData().getColumnCount();
            List<List<String>> read = new ArrayList<>();
            while (rows.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int column = 1; column <= columns; column++) {
                    row.add(rows.getString(column));
                }
                read.add(row);
            }
            return read;
        }
    }

    /** Whether {@code store.inTransaction} runs several calls as one transaction here; where not, the kit asserts its refusal. */
    protected boolean spansCallsInOneTransaction() {
        return true;
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
    class Lifecycle extends LifecycleContract {
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

    @Nested
    class Reliability extends ReliabilityContract {
        @Override
        protected StoreCompatibilityKit kit() {
            return StoreCompatibilityKit.this;
        }
    }

    @Nested
    class ContentDetails extends ContentDetailsContract {
        @Override
        protected StoreCompatibilityKit kit() {
            return StoreCompatibilityKit.this;
        }
    }

    @Nested
    class Reports extends ReportContract {
        @Override
        protected StoreCompatibilityKit kit() {
            return StoreCompatibilityKit.this;
        }
    }

    @Nested
    class Rewards extends RewardsContract {
        @Override
        protected StoreCompatibilityKit kit() {
            return StoreCompatibilityKit.this;
        }
    }

    @Nested
    class Privacy extends PrivacyContract {
        @Override
        protected StoreCompatibilityKit kit() {
            return StoreCompatibilityKit.this;
        }
    }

    @Nested
    class Imports extends ImportContract {
        @Override
        protected StoreCompatibilityKit kit() {
            return StoreCompatibilityKit.this;
        }
    }

    @Nested
    class CourseImports extends CourseImportContract {
        @Override
        protected StoreCompatibilityKit kit() {
            return StoreCompatibilityKit.this;
        }
    }

    @Nested
    class SubmitWithAnswers extends SubmitWithAnswersContract {
        @Override
        protected StoreCompatibilityKit kit() {
            return StoreCompatibilityKit.this;
        }
    }

    @Nested
    class StudyOrder extends StudyOrderContract {
        @Override
        protected StoreCompatibilityKit kit() {
            return StoreCompatibilityKit.this;
        }
    }

    @Nested
    class StudyState extends StudyStateContract {
        @Override
        protected StoreCompatibilityKit kit() {
            return StoreCompatibilityKit.this;
        }
    }
}
