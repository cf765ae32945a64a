package org.learningstore.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StatementListener;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.catalog.CourseSort;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.catalog.Level;
import org.learningstore.core.paging.PageRequest;

/** The SQLite file's query plans use the indexes the schema made for them (checked with EXPLAIN, not believed). */
class SqliteQueryPlanTest {

    @TempDir
    Path dir;

    @Test
    void listingByStatusAndDifficultyInTitleOrderSearchesTheListingIndex() throws SQLException {
        CourseQuery query = CourseQuery.all().withStatus(CourseStatus.PUBLISHED).withDifficulty(Level.ADVANCED)
                .sortedBy(CourseSort.TITLE, false);
        String listing = sqlOf(store -> store.catalog().listCourses(query, PageRequest.ofSize(20)), "LIMIT ? OFFSET ?");

        String plan = plan(listing);

        assertTrue(plan.contains("SEARCH c USING INDEX courses_listing_idx (status=? AND difficulty=?)"), plan);
        assertFalse(plan.contains("TEMP B-TREE"), "the index gives the order: " + plan);
    }

    @Test
    void searchQueriesTheFts5Index() throws SQLException {
        String search = sqlOf(store -> store.catalog().searchCourses("neural networks", 10), "MATCH");

        String plan = plan(search);

        assertTrue(plan.contains("VIRTUAL TABLE INDEX"), plan);
        assertTrue(plan.contains("SEARCH c USING INDEX sqlite_autoindex_courses_1 (id=?)"), plan);
    }

    private interface Call {
        void on(LearningStore store);
    }

    /** The one statement of {@code call} that contains {@code marker}, as the store sent it. */
    private String sqlOf(Call call, String marker) {
        List<String> sent = new CopyOnWriteArrayList<>();
        StatementListener listener = sent::add;
        try (LearningStore store = SqliteStores.open(dir.resolve("plans.db"), StoreOptions.defaults().withStatementListener(listener))) {
            call.on(store);
        }
        List<String> matching = sent.stream().filter(sql -> sql.contains(marker)).toList();
        assertEquals(1, matching.size(), sent.toString());
        return matching.get(0);
    }

    private String plan(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("plans.db"));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
            List<String> details = new ArrayList<>();
            while (rows.next()) {
                details.add(rows.getString("detail"));
            }
            return String.join("\n", details);
        }
    }
}
