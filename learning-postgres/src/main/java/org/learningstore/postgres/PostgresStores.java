package org.learningstore.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.learningstore.core.ConnectionSettings;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StatementListener;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.port.StoreBackend;
import org.learningstore.jpa.JpaStoreBackend;
import org.learningstore.jpa.PersistenceFailures;
import org.learningstore.jpa.StatementListenerInspector;
import org.learningstore.jpa.StatementTimingDataSource;
import org.learningstore.jpa.spi.HostTransactions;
import org.learningstore.jpa.spi.ReadUnits;
import org.learningstore.jpa.spi.SchemaHistory;
import org.learningstore.json.JacksonJsonCodec;

/**
 * Opens a {@link LearningStore} on PostgreSQL: migrates the schema with Flyway, then maps it with
 * Hibernate (which never creates or validates tables). Failures to open are
 * {@link org.learningstore.core.error.StoreUnavailableException}s.
 *
 * <p>Every table of the store lives in one schema, {@value #DEFAULT_SCHEMA} unless the host names
 * another, with its own Flyway history table ({@code learning_store_schema_history}) and scripts
 * outside {@code db/migration}: a host's own Flyway and tables on the same database never meet it.
 */
public final class PostgresStores {
    /** The schema the store's tables live in unless the host names another. */
    public static final String DEFAULT_SCHEMA = "learning_store";

    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private PostgresStores() {
    }

    /** A store on a DataSource the host app owns and closes, in the schema {@value #DEFAULT_SCHEMA}. */
    public static LearningStore open(DataSource dataSource, StoreOptions options) {
        return open(dataSource, DEFAULT_SCHEMA, options);
    }

    public static LearningStore open(DataSource dataSource) {
        return open(dataSource, StoreOptions.defaults());
    }

    /** A store on the host's DataSource with its tables in {@code schema} (lower-case letters, digits, underscores). */
    public static LearningStore open(DataSource dataSource, String schema, StoreOptions options) {
        InvalidInputException.required("dataSource", dataSource);
        return openOn(new SchemaBoundDataSource(dataSource, checkedSchema(schema)), checkedSchema(schema), options,
                ReadUnits.TRANSACTION);
    }

    /**
     * A store with its own HikariCP pool, closed with the store. User and password may be null when
     * the URL has them; either way they are taken out of the URL, so no log shows them.
     */
    public static LearningStore open(String jdbcUrl, String user, String password, StoreOptions options) {
        return open(jdbcUrl, user, password, DEFAULT_SCHEMA, options);
    }

    public static LearningStore open(String jdbcUrl, String user, String password, String schema, StoreOptions options) {
        InvalidInputException.required("jdbcUrl", jdbcUrl);
        InvalidInputException.required("options", options);
        HikariDataSource pool = pool(jdbcUrl, user, password, checkedSchema(schema), options.connections());
        return openOn(pool, schema, options, ReadUnits.AUTO_COMMIT, pool);
    }

    public static LearningStore open(String jdbcUrl) {
        return open(jdbcUrl, null, null, StoreOptions.defaults());
    }

    /**
     * A store on the host app's persistence unit and transactions: {@code hostFactory} lists
     * {@link JpaStoreBackend#entityClasses()} beside the host's own entities, on {@code hostDataSource}.
     * Store calls join the host's transaction while one is active (one rollback undoes both) and run
     * their own otherwise. The store's tables stay in {@code schema}, put on the search path for the
     * length of each store call. Closing the store leaves the factory and the DataSource open. The
     * options' statement listener is not used: register a {@link StatementListenerInspector} on the
     * host's unit to see the statements, and give it a {@link StatementTimingDataSource} for their durations.
     */
    public static LearningStore onHost(EntityManagerFactory hostFactory, DataSource hostDataSource,
                                       HostTransactions hostTransactions, String schema, StoreOptions options) {
        InvalidInputException.required("hostFactory", hostFactory);
        InvalidInputException.required("hostDataSource", hostDataSource);
        InvalidInputException.required("hostTransactions", hostTransactions);
        InvalidInputException.required("options", options);
        String checked = checkedSchema(schema);
        return translatingFailures(() -> {
            bringCurrent(new PostgresMigrations(new SchemaBoundDataSource(hostDataSource, checked), checked),
                    options.migrateOnOpen());
            var json = new JacksonJsonCodec();
            return LearningStore.of(JpaStoreBackend.onHost(hostFactory, hostTransactions, new PostgresSchemaScope(checked),
                    json, new PostgresCourseSearch(), new PostgresAttemptGrading(json), new PostgresLearnerHistory(json),
                    new SchemaHistory("postgresql", PostgresMigrations.HISTORY_TABLE),
                    options.connections().writeAttempts()), options);
        });
    }

    /**
     * Migrates the store's schema {@value #DEFAULT_SCHEMA} and returns: for a deploy pipeline, with
     * stores then opened with {@link StoreOptions#withMigrateOnOpen(boolean) migration on open} off.
     */
    public static void migrate(DataSource dataSource) {
        migrate(dataSource, DEFAULT_SCHEMA);
    }

    public static void migrate(DataSource dataSource, String schema) {
        InvalidInputException.required("dataSource", dataSource);
        String checked = checkedSchema(schema);
        translatingFailures(() -> {
            bringCurrent(new PostgresMigrations(new SchemaBoundDataSource(dataSource, checked), checked), true);
            return null;
        });
    }

    private static LearningStore openOn(DataSource dataSource, String schema, StoreOptions options, ReadUnits reads,
                                        AutoCloseable... owned) {
        InvalidInputException.required("options", options);
        try {
            return translatingFailures(() -> {
                bringCurrent(new PostgresMigrations(dataSource, schema), options.migrateOnOpen());
                return LearningStore.of(backend(dataSource,
                        options.connections().writeAttempts(), options.statementListener(), reads, owned), options);
            });
        } catch (RuntimeException failure) {
            for (AutoCloseable resource : owned) {
                closeAfterFailure(resource, failure);
            }
            throw failure;
        }
    }

    /** The ports on a migrated database; the store (and tests of the ports) stand on it. */
    static StoreBackend backend(DataSource dataSource, int writeAttempts, StatementListener listener, AutoCloseable... owned) {
        return backend(dataSource, writeAttempts, listener, ReadUnits.TRANSACTION, owned);
    }

    /** {@code reads}: {@link ReadUnits#AUTO_COMMIT} only on connections at READ COMMITTED, as the store's own pool's. */
    static StoreBackend backend(DataSource dataSource, int writeAttempts, StatementListener listener, ReadUnits reads,
                                AutoCloseable... owned) {
        EntityManagerFactory factory = entityManagerFactory(dataSource, listener);
        var json = new JacksonJsonCodec();
        return JpaStoreBackend.of(factory, json, new PostgresCourseSearch(), new PostgresAttemptGrading(json),
                new PostgresLearnerHistory(json), new SchemaHistory("postgresql", PostgresMigrations.HISTORY_TABLE),
                writeAttempts, reads, owned);
    }

    /** Fails with a SchemaVersionException unless the schema is current, after migrating it when asked. */
    private static void bringCurrent(PostgresMigrations migrations, boolean migrate) {
        if (migrate) {
            migrations.migrate();
        }
        migrations.requireCurrent();
    }

    /** The store's pool: credentials as settings, never in the URL; a server that is down fails within the connection wait. */
    static HikariDataSource pool(String jdbcUrl, String user, String password, String schema,
                                         ConnectionSettings settings) {
        JdbcUrl url = JdbcUrl.parse(jdbcUrl);
        var config = new HikariConfig();
        config.setPoolName("learning-store");
        config.setJdbcUrl(url.address());
        config.setUsername(user != null ? user : url.user().orElse(null));
        config.setPassword(password != null ? password : url.password().orElse(null));
        config.setSchema(schema);
        // whatever the server's default: reads run in auto-commit, which answers as a transaction only at READ COMMITTED
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setMaximumPoolSize(settings.poolSize());
        config.setConnectionTimeout(settings.connectionWait().toMillis());
        // the driver's own limits, so a server that accepts but never answers fails as fast as one that is down
        String waitSeconds = String.valueOf(Math.max(1, settings.connectionWait().toSeconds()));
        config.addDataSourceProperty("connectTimeout", waitSeconds);
        config.addDataSourceProperty("loginTimeout", waitSeconds);
        return translatingFailures(() -> new HikariDataSource(config));
    }

    /** Only a plain lower-case name: it is written into SQL by Flyway and set on connections. */
    private static String checkedSchema(String schema) {
        if (schema == null || !SCHEMA_NAME.matcher(schema).matches()) {
            throw new InvalidInputException("schema", "must be lower-case letters, digits and underscores, at most 63");
        }
        return schema;
    }

    private static EntityManagerFactory entityManagerFactory(DataSource dataSource, StatementListener listener) {
        return new HibernatePersistenceConfiguration("learning-store-postgres")
                .managedClasses(JpaStoreBackend.entityClasses())
                .property(JdbcSettings.JAKARTA_NON_JTA_DATASOURCE, listener == StatementListener.NONE ? dataSource
                        : StatementTimingDataSource.of(dataSource, listener))
                .schemaToolingAction(Action.NONE)
                .statementInspector(new StatementListenerInspector(listener))
                // failures reach the caller as typed errors; logging each one would only repeat them
                .property(JdbcSettings.LOG_JDBC_ERRORS, false)
                .createEntityManagerFactory();
    }

    private static <T> T translatingFailures(Supplier<T> opening) {
        try {
            return opening.get();
        } catch (RuntimeException failure) {
            throw PersistenceFailures.translate(failure);
        }
    }

    private static void closeAfterFailure(AutoCloseable resource, RuntimeException failure) {
        try {
            resource.close();
        } catch (Exception closeFailure) {
            failure.addSuppressed(closeFailure);
        }
    }
}
