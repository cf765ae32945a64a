package org.learningstore.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.RollbackException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.error.ConflictException;
import org.learningstore.jpa.JpaStoreBackend;
import org.learningstore.jpa.spi.HostTransactions;

/**
 * The store on a plain JPA host's own persistence unit (resource-local, no Spring): it joins the host's
 * transaction when one is open on the thread, so one commit or rollback covers both, and runs its own
 * otherwise. The host's table stays in {@code public}, the store's in {@code learning_store}.
 */
class PostgresHostTransactionsTest {
    private final ThreadLocal<EntityManager> hostUnit = new ThreadLocal<>();
    private HikariDataSource pool;
    private EntityManagerFactory hostFactory;
    private LearningStore store;

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
        hostFactory = new HibernatePersistenceConfiguration("host-app")
                .managedClasses(managed)
                .property(JdbcSettings.JAKARTA_NON_JTA_DATASOURCE, pool)
                .schemaToolingAction(Action.NONE)
                .createEntityManagerFactory();
        store = PostgresStores.onHost(hostFactory, pool,
                HostTransactions.resourceLocal(() -> Optional.ofNullable(hostUnit.get())),
                PostgresStores.DEFAULT_SCHEMA, StoreOptions.defaults());
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
    void aHostCommitKeepsBothAndTheHostsNamesResolveAfterEachStoreCall() throws SQLException {
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

    @Test
    void aStoreFailureInsideTheHostTransactionLetsItOnlyRollBack() throws SQLException {
        store.catalog().createCourse(CourseDetails.builder("taken", "Taken").build());

        var refused = assertThrows(RollbackException.class, () -> inHostTransaction(entityManager -> {
            entityManager.persist(new HostOrder(1, "book"));
            var taken = assertThrows(ConflictException.class,
                    () -> store.catalog().createCourse(CourseDetails.builder("taken", "Again").build()));
            assertEquals("slug", taken.field());
            assertTrue(entityManager.getTransaction().getRollbackOnly());
        }));

        assertEquals("marked rollback-only", refused.getMessage());
        assertEquals(List.of(), rows("SELECT item FROM public.host_orders"));
        assertEquals(List.of("taken"), rows("SELECT slug FROM learning_store.courses"));
    }

    /**
     * Alone, a second enroll that meets a concurrent first one runs again and answers that enrollment.
     * Inside a host transaction it must not run again (the host's earlier work is part of the same
     * transaction): the host gets a concurrent-change conflict and retries its own transaction.
     */
    @Test
    void aConcurrentChangeInsideAHostTransactionIsATypedConflictNotARetry() throws Exception {
        UUID course = publishedCourse();
        UUID learner = store.learners().createAnonymous().id();
        var firstEnrolled = new CompletableFuture<Void>();
        var secondStarted = new CompletableFuture<Void>();
        var first = CompletableFuture.runAsync(() -> inHostTransaction(entityManager -> {
            store.progress().enroll(learner, course);
            firstEnrolled.complete(null);
            secondStarted.join();
            awaitBlockedOnLock();
        }));
        firstEnrolled.get(10, TimeUnit.SECONDS);

        var conflict = new AtomicReference<ConflictException>();
        var second = CompletableFuture.runAsync(() -> inHostTransaction(entityManager -> {
            secondStarted.complete(null);
            conflict.set(assertThrows(ConflictException.class, () -> store.progress().enroll(learner, course)));
        }));
        first.get(10, TimeUnit.SECONDS);
        var refused = assertThrows(ExecutionException.class, () -> second.get(10, TimeUnit.SECONDS));

        assertEquals("marked rollback-only", assertInstanceOf(RollbackException.class, refused.getCause()).getMessage());
        assertNull(conflict.get().field());
        assertEquals("enroll", conflict.get().operation());
        assertEquals("enroll failed: a concurrent change met the host's transaction, which is rolled back: run the host's "
                + "transaction again", conflict.get().getMessage());
        assertEquals(List.of("1"), rows("SELECT count(*) FROM learning_store.enrollments"));
    }

    private UUID publishedCourse() {
        Course course = store.catalog().createCourse(CourseDetails.builder("raced", "Raced").build());
        CourseModule module = store.catalog().addModule(course.id(), ModuleDetails.of("Only"));
        store.catalog().addLesson(module.id(), LessonDetails.builder("First").build());
        store.catalog().publishCourse(course.id());
        return course.id();
    }

    /** Waits until another connection waits on a lock this one holds. */
    private void awaitBlockedOnLock() {
        try {
            for (int poll = 0; poll < 500; poll++) {
                if (!rows("SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock'").isEmpty()) {
                    return;
                }
                Thread.sleep(10);
            }
        } catch (SQLException | InterruptedException failure) {
            throw new IllegalStateException(failure);
        }
        throw new IllegalStateException("the second enroll never waited on the first");
    }

    /**
     * The host's unit of work: its own EntityManager and transaction, on the thread while it runs. A
     * failure inside rolls it back and is thrown; one marked rollback-only rolls back and says so.
     */
    private void inHostTransaction(Consumer<EntityManager> work) {
        EntityManager entityManager = hostFactory.createEntityManager();
        hostUnit.set(entityManager);
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            work.accept(entityManager);
            if (transaction.getRollbackOnly()) {
                throw new RollbackException("marked rollback-only");
            }
            transaction.commit();
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            hostUnit.remove();
            entityManager.close();
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
}
