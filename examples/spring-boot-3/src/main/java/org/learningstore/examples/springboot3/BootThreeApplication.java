package org.learningstore.examples.springboot3;

import jakarta.persistence.EntityManagerFactory;
import java.util.Optional;
import javax.sql.DataSource;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.jpa.JpaStoreBackend;
import org.learningstore.jpa.spi.HostTransactions;
import org.learningstore.postgres.PostgresStores;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The Spring Boot example's store configuration, on Boot 3.5 with Hibernate 7.4.6 in place of Boot's 6.6. */
@SpringBootApplication
public class BootThreeApplication {
    @Bean
    PersistenceManagedTypes persistenceManagedTypes() {
        return PersistenceManagedTypes.of(JpaStoreBackend.entityClassNames(), java.util.List.of());
    }

    @Bean(destroyMethod = "close")
    LearningStore learningStore(EntityManagerFactory entityManagerFactory, DataSource dataSource) {
        return PostgresStores.onHost(entityManagerFactory, dataSource,
                HostTransactions.resourceLocal(() -> TransactionSynchronizationManager.isActualTransactionActive()
                        ? Optional.ofNullable(EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory))
                        : Optional.empty()),
                PostgresStores.DEFAULT_SCHEMA, StoreOptions.defaults());
    }
}
