package org.learningstore.examples.springboot3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningstore.core.LearningStore;
import org.learningstore.core.catalog.CourseDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Boot 3.5 with the overrides in this module's POM: the app starts (Boot's Flyway, then the store's),
 * and one TransactionTemplate covers the app's row and the store's course, rolled back then committed.
 */
@SpringBootTest
class BootThreeSmokeTest {
    private static EmbeddedPostgres server;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        try {
            server = EmbeddedPostgres.builder().start();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        EmbeddedPostgres started = server;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                started.close();
            } catch (IOException ignored) {
                // the JVM is ending; the server's directory is temporary
            }
        }));
        registry.add("spring.datasource.url", () -> started.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @Autowired
    private LearningStore store;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void oneHostTransactionRollsBackThenCommitsTheAppsRowAndTheStoresCourse() {
        var failure = assertThrows(IllegalStateException.class, () -> transactions.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO host_orders (id, item) VALUES (1, 'book')");
            store.catalog().createCourse(CourseDetails.builder("boot-three", "Boot three").build());
            throw new IllegalStateException("the host changes its mind");
        }));
        assertEquals("the host changes its mind", failure.getMessage());
        assertEquals(List.of(), jdbc.queryForList("SELECT item FROM host_orders", String.class));
        assertEquals(List.of(), jdbc.queryForList("SELECT slug FROM learning_store.courses", String.class));

        transactions.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO host_orders (id, item) VALUES (1, 'book')");
            store.catalog().createCourse(CourseDetails.builder("boot-three", "Boot three").build());
        });
        assertEquals(List.of("book"), jdbc.queryForList("SELECT item FROM host_orders", String.class));
        assertEquals(List.of("boot-three"), jdbc.queryForList("SELECT slug FROM learning_store.courses", String.class));
    }
}
