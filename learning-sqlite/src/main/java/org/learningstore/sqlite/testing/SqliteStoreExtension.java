package org.learningstore.sqlite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.sqlite.SqliteStores;

/**
 * A fresh, migrated store on a new SQLite file in a temporary directory, for a host's tests, in
 * the manner of {@code jdbi3-testing}. Registered on an instance field, every test gets its own
 * store; on a static field, the tests of the class share one. Tests and lifecycle methods may
 * declare a {@link LearningStore} parameter. The store is closed and its directory deleted after
 * the test (or the class).
 *
 * <pre>{@code
 * @RegisterExtension
 * final SqliteStoreExtension stores = SqliteStoreExtension.create().withClock(clock);
 *
 * @Test
 * void enrollsALearner(LearningStore store) { ... }
 * }</pre>
 */
public final class SqliteStoreExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private final StoreOptions options;
    /** The test or class whose callbacks opened the store: a nested class or its tests reuse the outer store. */
    private String openedFor;
    private Path directory;
    private LearningStore store;

    private SqliteStoreExtension(StoreOptions options) {
        this.options = options;
    }

    /** With the library's default options and the system clock. */
    public static SqliteStoreExtension create() {
        return new SqliteStoreExtension(StoreOptions.defaults());
    }

    /** The same extension with these options for every store it opens. */
    public SqliteStoreExtension withOptions(StoreOptions storeOptions) {
        return new SqliteStoreExtension(storeOptions);
    }

    /** The same extension with its stores reading the time from {@code clock}. */
    public SqliteStoreExtension withClock(Clock clock) {
        return new SqliteStoreExtension(options.withClock(clock));
    }

    /** The store of the running test (or class). */
    public LearningStore store() {
        if (store == null) {
            throw new IllegalStateException("no store is open: use it inside a test of the class that registers the extension");
        }
        return store;
    }

    /** The SQLite file of the running test's store, for a host's own tables or a look with plain JDBC. */
    public Path file() {
        store();
        return directory.resolve("store.db");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        openFor(context);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        closeFor(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        openFor(context);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        closeFor(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LearningStore.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return store();
    }

    private void openFor(ExtensionContext context) throws IOException {
        if (store == null) {
            directory = Files.createTempDirectory("learning-store-test");
            store = SqliteStores.open(directory.resolve("store.db"), options);
            openedFor = context.getUniqueId();
        }
    }

    private void closeFor(ExtensionContext context) throws IOException {
        if (!context.getUniqueId().equals(openedFor)) {
            return;
        }
        try {
            store.close();
        } finally {
            store = null;
            openedFor = null;
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(SqliteStoreExtension::delete);
            }
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
