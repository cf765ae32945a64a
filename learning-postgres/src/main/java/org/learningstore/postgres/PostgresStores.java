package org.learningstore.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StatementListener;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.port.StoreBackend;
import org.learningstore.jpa.JpaStoreBackend;
import org.learningstore.jpa.PersistenceFailures;
import org.learningstore.jpa.StatementListenerInspector;
import org.learningstore.jpa.spi.SchemaHistory;
import org.learningstore.json.JacksonJsonCodec;

/**
 * Opens a {@link LearningStore} on PostgreSQL: migrates the schema with Flyway, then maps it with
 * Hibernate (which never creates or validates tables). Failures to open are
 * {@link org.learningstore.core.error.StoreUnavailableException}s.
 */
public final class PostgresStores {
    private static final String MIGRATIONS = "classpath:db/migration/postgresql";

    private PostgresStores() {
    }

    /** A store on a DataSource the host app owns and closes. */
    public static LearningStore open(DataSource dataSource, StoreOptions options) {
        return openOn(InvalidInputException.required("dataSource", dataSource), options);
    }

    public static LearningStore open(DataSource dataSource) {
        return open(dataSource, StoreOptions.defaults());
    }

    /** A store with its own HikariCP pool, closed with the store. User and password may be null when the URL has them. */
    public static LearningStore open(String jdbcUrl, String user, String password, StoreOptions options) {
        InvalidInputException.required("jdbcUrl", jdbcUrl);
        InvalidInputException.required("options", options);
        HikariDataSource pool = translatingFailures(() -> new HikariDataSource(poolConfig(jdbcUrl, user, password)));
        return openOn(pool, options, pool);
    }

    public static LearningStore open(String jdbcUrl) {
        return open(jdbcUrl, null, null, StoreOptions.defaults());
    }

    private static LearningStore openOn(DataSource dataSource, StoreOptions options, AutoCloseable... owned) {
        InvalidInputException.required("options", options);
        try {
            return translatingFailures(() -> {
                migrate(dataSource);
                return LearningStore.of(backend(dataSource, options.statementListener(), owned), options);
            });
        } catch (RuntimeException failure) {
            for (AutoCloseable resource : owned) {
                closeAfterFailure(resource, failure);
            }
            throw failure;
        }
    }

    /** The ports on a migrated database; the store (and tests of the ports) stand on it. */
    static StoreBackend backend(DataSource dataSource, StatementListener listener, AutoCloseable... owned) {
        EntityManagerFactory factory = entityManagerFactory(dataSource, listener);
        var json = new JacksonJsonCodec();
        return JpaStoreBackend.of(factory, json, new PostgresCourseSearch(), new PostgresAttemptGrading(json),
                new PostgresLearnerHistory(json), new SchemaHistory("postgresql", "flyway_schema_history"), owned);
    }

    private static HikariConfig poolConfig(String jdbcUrl, String user, String password) {
        var config = new HikariConfig();
        config.setPoolName("learning-store");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        return config;
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .load()
                .migrate();
    }

    private static EntityManagerFactory entityManagerFactory(DataSource dataSource, StatementListener listener) {
        return new HibernatePersistenceConfiguration("learning-store-postgres")
                .managedClasses(JpaStoreBackend.entityClasses())
                .property(JdbcSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
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
