package org.learningstore.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.arjuna.ats.arjuna.common.ObjectStoreEnvironmentBean;
import com.arjuna.ats.jdbc.TransactionalDriver;
import com.arjuna.ats.jta.common.jtaPropertyManager;
import com.arjuna.common.internal.util.propertyservice.BeanPopulator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.TransactionSettings;
import org.hibernate.engine.transaction.jta.platform.internal.JBossStandAloneJtaPlatform;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.jpa.spi.HostTransactions;
import org.postgresql.xa.PGXADataSource;

/**
 * The store on a JTA host: a standalone Narayana transaction manager, a JTA persistence unit on a
 * PostgreSQL XA DataSource that Narayana's transactional driver enlists. A store call inside the host's
 * JTA transaction commits and rolls back with the host's own row.
 */
class PostgresJtaTransactionsTest extends HostTransactionCases {
    private static TransactionManager transactionManager;

    @BeforeAll
    static void startTransactionManager() {
        String objectStore = Path.of("target", "narayana-object-store").toAbsolutePath().toString();
        BeanPopulator.getDefaultInstance(ObjectStoreEnvironmentBean.class).setObjectStoreDir(objectStore);
        BeanPopulator.getNamedInstance(ObjectStoreEnvironmentBean.class, "communicationStore")
                .setObjectStoreDir(objectStore);
        transactionManager = com.arjuna.ats.jta.TransactionManager.transactionManager();
    }

    @Override
    protected EntityManagerFactory hostFactory(HibernatePersistenceConfiguration unit,
                                               PostgresTestDatabases.TestDatabase database) {
        return unit.transactionType(PersistenceUnitTransactionType.JTA)
                .property(JdbcSettings.JAKARTA_JTA_DATASOURCE, new EnlistedDataSource(database))
                .property(TransactionSettings.JTA_PLATFORM, new JBossStandAloneJtaPlatform())
                .createEntityManagerFactory();
    }

    @Override
    protected HostTransactions hostTransactions() {
        return HostTransactions.jta(jtaPropertyManager.getJTAEnvironmentBean().getTransactionSynchronizationRegistry(),
                hostUnit::get);
    }

    @Test
    void aStoreFailureMarksTheJtaTransactionRollbackOnly() throws Exception {
        UUID missing = UUID.fromString("00000000-0000-0000-0000-00000000beef");

        var refused = assertThrows(RollbackException.class, () -> inHostTransaction(entityManager -> {
            entityManager.persist(new HostOrder(1, "book"));
            var notFound = assertThrows(NotFoundException.class,
                    () -> store.catalog().addModule(missing, ModuleDetails.of("Orphan")));
            assertEquals(missing, notFound.id());
            assertEquals(Status.STATUS_MARKED_ROLLBACK, status());
        }));

        assertEquals("ARJUNA016053: Could not commit transaction.", refused.getMessage());
        assertEquals(List.of(), rows("SELECT item FROM public.host_orders"));
    }

    /** A JTA transaction with an EntityManager of its own; committing one marked rollback-only throws. */
    @Override
    protected void inHostTransaction(Consumer<EntityManager> work) throws Exception {
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
