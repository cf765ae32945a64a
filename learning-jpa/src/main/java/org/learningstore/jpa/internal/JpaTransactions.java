package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.learningstore.core.error.LearningStoreException;
import org.learningstore.core.port.Transactions;

/**
 * Units of work on one EntityManager bound to the calling thread. A write that fails on a
 * concurrent change (optimistic lock, serialization failure, deadlock, a position taken by a
 * concurrent insert) runs again on a fresh EntityManager, a few times at most.
 */
public final class JpaTransactions implements Transactions {
    private static final long BASE_BACKOFF_MILLIS = 5;

    private final EntityManagerFactory factory;
    private final CurrentEntityManager current;
    private final PersistenceErrors errors;
    private final int maxAttempts;

    /** A host's own failure thrown out of a spanning unit: it rolls the unit back and reaches the host unchanged. */
    private static final class HostFailure extends RuntimeException {
        private final RuntimeException failure;

        HostFailure(RuntimeException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }

    public JpaTransactions(EntityManagerFactory factory, CurrentEntityManager current, PersistenceErrors errors,
                           int maxAttempts) {
        this.factory = factory;
        this.current = current;
        this.errors = errors;
        this.maxAttempts = maxAttempts;
    }

    @Override
    public <T> T write(Supplier<T> work) {
        if (current.isBound()) {
            if (!current.writes()) {
                throw new IllegalStateException("a write cannot run inside a read: its changes would be dropped");
            }
            return joining(work);
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
        try {
            return runUnit(work, true);
        } catch (RuntimeException failure) {
            throw errors.translate(failure);
        }
    }

    private <T> T runUnit(Supplier<T> work, boolean readOnly) {
        EntityManager entityManager = factory.createEntityManager();
        current.bind(entityManager, !readOnly);
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            if (readOnly) {
                entityManager.unwrap(Session.class).setDefaultReadOnly(true);
            }
            T result = work.get();
            if (readOnly) {
                transaction.rollback();
            } else {
                entityManager.flush();
                transaction.commit();
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
