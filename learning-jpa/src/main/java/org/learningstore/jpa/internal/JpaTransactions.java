package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.LearningStoreException;
import org.learningstore.core.error.StoreUnavailableException;
import org.learningstore.core.port.Transactions;
import org.learningstore.jpa.spi.HostTransactions;
import org.learningstore.jpa.spi.ReadUnits;
import org.learningstore.jpa.spi.SchemaScope;

/**
 * Units of work on one EntityManager bound to the calling thread. A write that fails on a
 * concurrent change (optimistic lock, serialization failure, deadlock, a position taken by a
 * concurrent insert) runs again on a fresh EntityManager, a few times at most. While the host has a
 * transaction of its own on the calling thread, a unit joins it instead and is never run again.
 */
public final class JpaTransactions implements Transactions {
    private static final long BASE_BACKOFF_MILLIS = 5;

    private final EntityManagerFactory factory;
    private final CurrentEntityManager current;
    private final PersistenceErrors errors;
    private final int maxAttempts;
    private final HostTransactions host;
    private final SchemaScope scope;
    private final ReadUnits reads;

    /** A host's own failure thrown out of a spanning unit: it rolls the unit back and reaches the host unchanged. */
    private static final class HostFailure extends RuntimeException {
        private final RuntimeException failure;

        HostFailure(RuntimeException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }

    public JpaTransactions(EntityManagerFactory factory, CurrentEntityManager current, PersistenceErrors errors,
                           int maxAttempts, HostTransactions host, SchemaScope scope, ReadUnits reads) {
        this.factory = factory;
        this.current = current;
        this.errors = errors;
        this.maxAttempts = maxAttempts;
        this.host = host;
        this.scope = scope;
        this.reads = reads;
    }

    @Override
    public <T> T write(Supplier<T> work) {
        if (current.isBound()) {
            if (!current.writes()) {
                throw new IllegalStateException("a write cannot run inside a read: its changes would be dropped");
            }
            return joining(work);
        }
        Optional<EntityManager> hostUnit = host.active();
        if (hostUnit.isPresent()) {
            try {
                return inHostTransaction(hostUnit.get(), work, true);
            } catch (HostFailure hostFailure) {
                throw hostFailure.failure;
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return runUnit(work, false);
            } catch (HostFailure hostFailure) {
                throw hostFailure.failure;
            } catch (RuntimeException failure) {
                LearningStoreException error = errors.translate(failure);
                if (attempt == maxAttempts || !PersistenceErrors.isConcurrentChange(error) || !backOff(attempt)) {
                    throw error;
                }
            }
        }
    }

    /** The store's calls inside {@code work} fail with typed errors; any other failure is the host's own. */
    @Override
    public <T> T spanning(Supplier<T> work) {
        if (current.isBound()) {
            return write(work);
        }
        return write(() -> {
            try {
                return work.get();
            } catch (LearningStoreException storeFailure) {
                throw storeFailure;
            } catch (RuntimeException hostFailure) {
                throw new HostFailure(hostFailure);
            }
        });
    }

    /** A call inside a running unit: its failures are typed already, as a caller spanning calls sees them. */
    private <T> T joining(Supplier<T> work) {
        try {
            return work.get();
        } catch (HostFailure hostFailure) {
            throw hostFailure;
        } catch (RuntimeException failure) {
            throw errors.translate(failure);
        }
    }

    @Override
    public <T> T read(Supplier<T> work) {
        if (current.isBound()) {
            return joining(work);
        }
        Optional<EntityManager> hostUnit = host.active();
        if (hostUnit.isPresent()) {
            return inHostTransaction(hostUnit.get(), work, false);
        }
        try {
            return reads == ReadUnits.AUTO_COMMIT ? runAutoCommitRead(work) : runUnit(work, true);
        } catch (RuntimeException failure) {
            throw errors.translate(failure);
        }
    }

    /**
     * A read with no transaction of its own: no BEGIN, no ROLLBACK, no Hibernate transaction around
     * it. Hibernate's {@code find} fails outright on a JDBC failure here (HHH-6812 needs an active
     * transaction), so a lost read cannot pass for a missing row.
     */
    private <T> T runAutoCommitRead(Supplier<T> work) {
        EntityManager entityManager = factory.createEntityManager();
        current.bind(entityManager, false);
        try {
            readOnly(entityManager);
            return work.get();
        } finally {
            current.unbind();
            entityManager.close();
        }
    }

    /**
     * A store call inside the host's transaction. The host's pending changes are flushed before the
     * store's names are in scope and the store's own before the host's names are back, so each row goes
     * to its own table. A failure dooms the host's transaction: part of the call may be written.
     */
    private <T> T inHostTransaction(EntityManager entityManager, Supplier<T> work, boolean writes) {
        current.bind(entityManager, writes);
        try {
            entityManager.flush();
            Runnable leave = scope.enter(entityManager);
            T result = work.get();
            entityManager.flush();
            leave.run();
            return result;
        } catch (HostFailure hostFailure) {
            host.setRollbackOnly(entityManager);
            throw hostFailure;
        } catch (RuntimeException failure) {
            host.setRollbackOnly(entityManager);
            LearningStoreException error = errors.translate(failure);
            if (PersistenceErrors.isConcurrentChange(error)) {
                throw new ConflictException(null, "a concurrent change met the host's transaction, which is "
                        + "rolled back: run the host's transaction again", failure);
            }
            throw error;
        } finally {
            current.unbind();
        }
    }

    private <T> T runUnit(Supplier<T> work, boolean readOnly) {
        EntityManager entityManager = factory.createEntityManager();
        current.bind(entityManager, !readOnly);
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            // the transaction's end puts the connection's names back
            scope.enter(entityManager);
            if (readOnly) {
                readOnly(entityManager);
            }
            T result;
            try {
                result = work.get();
            } catch (LearningStoreException outcome) {
                failIfReadLost(transaction, outcome);
                throw outcome;
            }
            failIfReadLost(transaction, null);
            if (readOnly) {
                transaction.rollback();
            } else {
                entityManager.flush();
                commit(transaction);
            }
            return result;
        } catch (RuntimeException failure) {
            rollBack(transaction, failure);
            throw failure;
        } finally {
            current.unbind();
            entityManager.close();
        }
    }

    private static void readOnly(EntityManager entityManager) {
        Session session = entityManager.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        // nothing to flush in a read: spare each query the auto-flush pass over the loaded entities
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }

    /**
     * Hibernate's {@code find} answers null instead of failing when the JDBC failure it met marked the
     * transaction rollback-only (HHH-6812): a database going down would read as "not found", or as an
     * empty Optional. A unit that ends rollback-only met such a failure, so its outcome is that failure,
     * retryable like any lost connection, never what the work made of the missing row.
     */
    private static void failIfReadLost(EntityTransaction transaction, LearningStoreException madeOfIt) {
        if (transaction.isActive() && transaction.getRollbackOnly()) {
            var lost = new StoreUnavailableException("the database failed during a read; nothing was written, try again",
                    true, null);
            if (madeOfIt != null) {
                lost.addSuppressed(madeOfIt);
            }
            throw lost;
        }
    }

    /**
     * A commit whose acknowledgement is lost (the connection fails after COMMIT was sent) may have
     * committed or not: the driver cannot tell, so neither can the library. It is reported as an
     * outcome-unknown error, not retryable and never retried: the caller reads back to decide.
     */
    private void commit(EntityTransaction transaction) {
        try {
            transaction.commit();
        } catch (RuntimeException failure) {
            LearningStoreException error = errors.translate(failure);
            if (error instanceof StoreUnavailableException unavailable && unavailable.retryable()) {
                throw new StoreUnavailableException("the outcome of the write is unknown: the connection failed "
                        + "while committing; read the data back before trying again", false, failure);
            }
            throw failure;
        }
    }

    private static void rollBack(EntityTransaction transaction, RuntimeException failure) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    /** Sleeps a jittered, growing delay; false when interrupted, which ends the retries. */
    private static boolean backOff(int attempt) {
        long bound = BASE_BACKOFF_MILLIS << attempt;
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, bound));
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
