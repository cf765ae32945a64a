package org.learningstore.jpa.spi;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The host app's transactions, for a store built on the host's EntityManagerFactory
 * ({@code JpaStoreBackend.onHost}). While {@link #active()} answers an EntityManager, every store call
 * on the calling thread runs inside that transaction, so it commits and rolls back with the host's
 * own work; when it answers empty, the store runs its own transaction as it always does.
 *
 * <p>A store call that fails inside a host transaction marks it {@link #setRollbackOnly rollback-only}:
 * the host cannot commit half of it. A concurrent change met there is never retried (the host's
 * earlier work would run twice or not at all); it surfaces as a
 * {@link org.learningstore.core.error.ConflictException} without a field: the host retries its whole
 * transaction.
 *
 * <p>With Spring's {@code JpaTransactionManager}: {@code resourceLocal(() ->
 * TransactionSynchronizationManager.isActualTransactionActive() ? Optional.ofNullable(EntityManagerFactoryUtils
 * .getTransactionalEntityManager(factory)) : Optional.empty())}. With Jakarta JTA: {@link #jta}.
 */
public interface HostTransactions {
    /** No host transaction ever: the store always runs its own. */
    HostTransactions NONE = new HostTransactions() {
        @Override
        public Optional<EntityManager> active() {
            return Optional.empty();
        }

        @Override
        public void setRollbackOnly(EntityManager entityManager) {
        }
    };

    /** The EntityManager of the host transaction active on the calling thread, or empty when none is. */
    Optional<EntityManager> active();

    /** A store call failed inside the host transaction on {@code entityManager}: it must not commit. */
    void setRollbackOnly(EntityManager entityManager);

    /**
     * A resource-local host (plain JPA, Spring's {@code JpaTransactionManager}): {@code active} answers the
     * EntityManager whose own {@code EntityTransaction} is the host's, and that transaction is marked.
     */
    static HostTransactions resourceLocal(Supplier<Optional<EntityManager>> active) {
        return new HostTransactions() {
            @Override
            public Optional<EntityManager> active() {
                return active.get();
            }

            @Override
            public void setRollbackOnly(EntityManager entityManager) {
                if (entityManager.getTransaction().isActive()) {
                    entityManager.getTransaction().setRollbackOnly();
                }
            }
        };
    }

    /**
     * A Jakarta JTA host (an application server, or a standalone transaction manager): while a JTA
     * transaction is associated with the calling thread, {@code active} answers the EntityManager of that
     * transaction ({@code @PersistenceContext}'s in a container), joined to it, and a failure marks the JTA
     * transaction through {@code registry}. The persistence unit must be a JTA one on a DataSource the
     * transaction manager enlists.
     */
    static HostTransactions jta(TransactionSynchronizationRegistry registry, Supplier<EntityManager> transactional) {
        return new HostTransactions() {
            @Override
            public Optional<EntityManager> active() {
                if (registry.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
                    return Optional.empty();
                }
                EntityManager entityManager = transactional.get();
                entityManager.joinTransaction();
                return Optional.of(entityManager);
            }

            @Override
            public void setRollbackOnly(EntityManager entityManager) {
                if (registry.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
                    registry.setRollbackOnly();
                }
            }
        };
    }
}
