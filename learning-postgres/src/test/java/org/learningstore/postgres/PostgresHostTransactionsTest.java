package org.learningstore.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.RollbackException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.Test;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.error.ConflictException;
import org.learningstore.jpa.spi.HostTransactions;

/**
 * The store on a plain JPA host's own persistence unit (resource-local, no Spring): the host's
 * transaction is its EntityManager's own {@code EntityTransaction}.
 */
class PostgresHostTransactionsTest extends HostTransactionCases {
    @Override
    protected EntityManagerFactory hostFactory(HibernatePersistenceConfiguration unit,
                                               PostgresTestDatabases.TestDatabase database) {
        return unit.property(JdbcSettings.JAKARTA_NON_JTA_DATASOURCE, pool).createEntityManagerFactory();
    }

    @Override
    protected HostTransactions hostTransactions() {
        return HostTransactions.resourceLocal(() -> Optional.ofNullable(hostUnit.get()));
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

    /** The host's own EntityManager and transaction; one marked rollback-only rolls back and says so. */
    @Override
    protected void inHostTransaction(Consumer<EntityManager> work) {
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
}
