package org.learningstore.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.jpa.JpaStoreBackend;
import org.learningstore.jpa.spi.HostTransactions;

/**
 * The store on a host's own persistence unit, whatever runs the host's transactions: it joins the host's
 * transaction when one is open on the thread, so one commit or rollback covers both, and runs its own
 * otherwise. The host's table stays in {@code public}, the store's in {@code learning_store}. Each
 * subclass is one kind of host transaction.
 */
abstract class HostTransactionCases {
    /** The EntityManager of the host's unit of work, on the thread while it runs. */
    protected final ThreadLocal<EntityManager> hostUnit = new ThreadLocal<>();
    protected HikariDataSource pool;
    protected EntityManagerFactory hostFactory;
    protected LearningStore store;

    /** The host's persistence unit, its table and the store's entities already managed. */
    protected abstract EntityManagerFactory hostFactory(HibernatePersistenceConfiguration unit,
                                                        PostgresTestDatabases.TestDatabase database);

    protected abstract HostTransactions hostTransactions();

    /**
     * The host's unit of work, with {@link #hostUnit} set: a failure inside rolls it back and is thrown;
     * committing one marked rollback-only rolls back and throws.
     */
    protected abstract void inHostTransaction(Consumer<EntityManager> work) throws Exception;

    @BeforeEach
    void openHostAndStore() {
        PostgresTestDatabases.TestDatabase database = PostgresTestDatabases.freshDatabase();
        pool = new HikariDataSource();
        pool.setJdbcUrl(database.jdbcUrl());
        pool.setUsername(database.user());
        pool.setPassword(database.password());
        pool.setMaximumPoolSize(4);
        Flyway.configure().dataSource(pool).load().migrate();
        var managed = new ArrayList<Class<?>>(JpaStoreBackend.entityClasses());
        managed.add(HostOrder.class);
        hostFactory = hostFactory(new HibernatePersistenceConfiguration("host-app")
                .managedClasses(managed)
                .schemaToolingAction(Action.NONE), database);
        store = PostgresStores.onHost(hostFactory, pool, hostTransactions(), PostgresStores.DEFAULT_SCHEMA,
                StoreOptions.defaults());
    }

    @AfterEach
    void closeHostAndStore() {
        store.close();
        hostFactory.close();
        pool.close();
    }

    @Test
    void aHostRollbackUndoesTheHostsRowAndTheStoresCourse() throws SQLException {
        var failure = assertThrows(IllegalStateException.class, () -> inHostTransaction(entityManager -> {
            entityManager.persist(new HostOrder(1, "book"));
            store.catalog().createCourse(CourseDetails.builder("rolled-back", "Rolled back").build());
            throw new IllegalStateException("the host changes its mind");
        }));

        assertEquals("the host changes its mind", failure.getMessage());
        assertEquals(List.of(), rows("SELECT item FROM public.host_orders"));
        assertEquals(List.of(), rows("SELECT slug FROM learning_store.courses"));
    }

    @Test
    void aHostCommitKeepsBothAndTheHostsNamesResolveAfterEachStoreCall() throws Exception {
        inHostTransaction(entityManager -> {
            Course course = store.catalog().createCourse(CourseDetails.builder("committed", "Committed").build());
            entityManager.persist(new HostOrder(1, "book"));
            assertEquals(Optional.of(course), store.catalog().findCourse(course.id()), "the store reads its own write");
            entityManager.persist(new HostOrder(2, "pen"));
            assertEquals("public", entityManager.createNativeQuery("select current_schema()").getSingleResult());
        });

        assertEquals(List.of("book", "pen"), rows("SELECT item FROM public.host_orders ORDER BY id"));
        assertEquals(List.of("committed"), rows("SELECT slug FROM learning_store.courses"));
    }

    @Test
    void withoutAHostTransactionTheStoreCommitsItsOwn() throws SQLException {
        Course course = store.catalog().createCourse(CourseDetails.builder("own", "Own").build());

        assertEquals(List.of("own"), rows("SELECT slug FROM learning_store.courses"));
        assertEquals(Optional.of(course), store.catalog().findCourse(course.id()));
        assertEquals(List.of("public"), rows("SELECT current_schema()"), "the host's pool keeps its schema");
    }

    protected List<String> rows(String sql) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }
}
