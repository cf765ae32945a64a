package org.learningstore.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.arjuna.ats.arjuna.common.ObjectStoreEnvironmentBean;
import com.arjuna.ats.jdbc.TransactionalDriver;
import com.arjuna.ats.jta.common.jtaPropertyManager;
import com.arjuna.common.internal.util.propertyservice.BeanPopulator;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.TransactionSettings;
import org.hibernate.engine.transaction.jta.platform.internal.JBossStandAloneJtaPlatform;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.jpa.JpaStoreBackend;
import org.learningstore.jpa.spi.HostTransactions;
import org.postgresql.xa.PGXADataSource;

/**
 * The store on a JTA host: a standalone Narayana transaction manager, a JTA persistence unit on a
 * PostgreSQL XA DataSource that Narayana's transactional driver enlists. A store call inside the host's
 * JTA transaction commits and rolls back with the host's own row.
 */
class PostgresJtaTransactionsTest {
    private static TransactionManager transactionManager;
    private final ThreadLocal<EntityManager> hostUnit = new ThreadLocal<>();
    private HikariDataSource pool;
    private EntityManagerFactory hostFactory;
    private LearningStore store;

    @BeforeAll
    static void startTransactionManager() {
        String objectStore = Path.of("target", "narayana-object-store").toAbsolutePath().toString();
        BeanPopulator.getDefaultInstance(ObjectStoreEnvironmentBean.class).setObjectStoreDir(objectStore);
        BeanPopulator.getNamedInstance(ObjectStoreEnvironmentBean.class, "communicationStore")
                .setObjectStoreDir(objectStore);
        transactionManager = com.arjuna.ats.jta.TransactionManager.transactionManager();
    }

    @BeforeEach
    void openHostAndStore() {
        PostgresTestDatabases.TestDatabase database = PostgresTestDatabases.freshDatabase();
        pool = new HikariDataSource();
        pool.setJdbcUrl(database.jdbcUrl());
        pool.setUsername(database.user());
        pool.setPassword(database.password());
        pool.setMaximumPoolSize(2);
        Flyway.configure().dataSource(pool).load().migrate();
        var managed = new ArrayList<Class<?>>(JpaStoreBackend.entityClasses());
        managed.add(HostOrder.class);
        hostFactory = new HibernatePersistenceConfiguration("jta-host")
                .managedClasses(managed)
                .transactionType(PersistenceUnitTransactionType.JTA)
                .property(JdbcSettings.JAKARTA_JTA_DATASOURCE, new EnlistedDataSource(database))
                .property(TransactionSettings.JTA_PLATFORM, new JBossStandAloneJtaPlatform())
                .schemaToolingAction(Action.NONE)
                .createEntityManagerFactory();
        store = PostgresStores.onHost(hostFactory, pool,
                HostTransactions.jta(jtaPropertyManager.getJTAEnvironmentBean().getTransactionSynchronizationRegistry(),
                        hostUnit::get),
                PostgresStores.DEFAULT_SCHEMA, StoreOptions.defaults());
    }

    @AfterEach
    void closeHostAndStore() {
        store.close();
        hostFactory.close();
        pool.close();
    }

    @Test
    void aJtaRollbackUndoesTheHostsRowAndTheStoresCourse() throws Exception {
        var failure = assertThrows(IllegalStateException.class, () -> inJtaTransaction(entityManager -> {
            entityManager.persist(new HostOrder(1, "book"));
            store.catalog().createCourse(CourseDetails.builder("rolled-back", "Rolled back").build());
            throw new IllegalStateException("the host changes its mind");
        }));

        assertEquals("the host changes its mind", failure.getMessage());
        assertEquals(List.of(), rows("SELECT item FROM public.host_orders"));
        assertEquals(List.of(), rows("SELECT slug FROM learning_store.courses"));
    }

    @Test
    void aJtaCommitKeepsBoth() throws Exception {
        inJtaTransaction(entityManager -> {
            Course course = store.catalog().createCourse(CourseDetails.builder("committed", "Committed").build());
            entityManager.persist(new HostOrder(1, "book"));
            assertEquals(Optional.of(course), store.catalog().findCourse(course.id()), "the store reads its own write");
            entityManager.persist(new HostOrder(2, "pen"));
        });

        assertEquals(List.of("book", "pen"), rows("SELECT item FROM public.host_orders ORDER BY id"));
        assertEquals(List.of("committed"), rows("SELECT slug FROM learning_store.courses"));
    }

    @Test
    void aStoreFailureMarksTheJtaTransactionRollbackOnly() throws Exception {
        UUID missing = UUID.fromString("00000000-0000-0000-0000-00000000beef");

        assertThrows(RollbackException.class, () -> inJtaTransaction(entityManager -> {
            entityManager.persist(new HostOrder(1, "book"));
            var notFound = assertThrows(NotFoundException.class,
                    () -> store.catalog().addModule(missing, ModuleDetails.of("Orphan")));
            assertEquals(missing, notFound.id());
            assertEquals(Status.STATUS_MARKED_ROLLBACK, status());
        }));

        assertEquals(List.of(), rows("SELECT item FROM public.host_orders"));
    }

    @Test
    void withoutAJtaTransactionTheStoreCommitsItsOwn() throws Exception {
        Course course = store.catalog().createCourse(CourseDetails.builder("own", "Own").build());

        assertEquals(List.of("own"), rows("SELECT slug FROM learning_store.courses"));
        assertEquals(Optional.of(course), store.catalog().findCourse(course.id()));
        assertEquals(Status.STATUS_NO_TRANSACTION, status());
    }

    /**
     * The host's JTA transaction with an EntityManager of its own, on the thread while it runs: a failure
     * inside rolls it back and is thrown; committing one marked rollback-only throws RollbackException.
     */
    private void inJtaTransaction(Consumer<EntityManager> work) throws Exception {
        transactionManager.begin();
        EntityManager entityManager = hostFactory.createEntityManager();
        hostUnit.set(entityManager);
        try {
            work.accept(entityManager);
            transactionManager.commit();
        } finally {
            if (status() != Status.STATUS_NO_TRANSACTION) {
                transactionManager.rollback();
            }
            hostUnit.remove();
            entityManager.close();
        }
    }

    private static int status() {
        try {
            return transactionManager.getStatus();
        } catch (jakarta.transaction.SystemException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private List<String> rows(String sql) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }

    /** Connections through Narayana's transactional driver: each joins the JTA transaction on the thread. */
    private static final class EnlistedDataSource implements DataSource {
        private final Properties properties = new Properties();

        EnlistedDataSource(PostgresTestDatabases.TestDatabase database) {
            PGXADataSource xa = new PGXADataSource();
            xa.setUrl(database.jdbcUrl());
            xa.setUser(database.user());
            xa.setPassword(database.password());
            properties.put(TransactionalDriver.XADataSource, xa);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return new TransactionalDriver().connect(TransactionalDriver.arjunaDriver, properties);
        }

        @Override
        public Connection getConnection(String username, String password) {
            throw new UnsupportedOperationException("one user");
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
