package org.learningstore.examples.spring;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Optional;
import javax.sql.DataSource;
import org.hibernate.cfg.JdbcSettings;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.jpa.JpaStoreBackend;
import org.learningstore.jpa.StatementTimingDataSource;
import org.learningstore.jpa.spi.HostTransactions;
import org.learningstore.postgres.PostgresStores;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypesScanner;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The store on the app's own DataSource, persistence unit and transactions; copy it into a Boot app.
 * The persistence unit lists the store's entities beside the app's, the store migrates its own schema
 * (its own Flyway history, never under db/migration) beside Boot's Flyway, and store calls join the
 * app's {@code @Transactional} / {@code TransactionTemplate} transactions.
 */
@Configuration(proxyBeanMethods = false)
public class LearningStoreConfiguration {
    // README snippet
    /** The app's entities (scanned from its own package) and the store's, in one persistence unit. */
    @Bean
    PersistenceManagedTypes persistenceManagedTypes(ResourceLoader resourceLoader) {
        PersistenceManagedTypes app = new PersistenceManagedTypesScanner(resourceLoader)
                .scan(LearningStoreExampleApplication.class.getPackageName());
        var classNames = new ArrayList<>(app.getManagedClassNames());
        classNames.addAll(JpaStoreBackend.entityClassNames());
        return PersistenceManagedTypes.of(classNames, app.getManagedPackages());
    }

    @Bean(destroyMethod = "close")
    LearningStore learningStore(EntityManagerFactory entityManagerFactory, DataSource dataSource,
                                @Value("${learning-store.schema:learning_store}") String schema) {
        return PostgresStores.onHost(entityManagerFactory, dataSource, springTransactions(entityManagerFactory), schema,
                StoreOptions.defaults());
    }

    /** Spring's JpaTransactionManager: the EntityManager it bound to the thread, while a transaction is active. */
    static HostTransactions springTransactions(EntityManagerFactory entityManagerFactory) {
        return HostTransactions.resourceLocal(() -> TransactionSynchronizationManager.isActualTransactionActive()
                ? Optional.ofNullable(EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory))
                : Optional.empty());
    }
    // end of snippet

    /** The store's failures reach callers as typed errors: Hibernate need not log each one too. */
    @Bean
    HibernatePropertiesCustomizer learningStoreHibernateProperties() {
        return properties -> properties.put(JdbcSettings.LOG_JDBC_ERRORS, false);
    }

    /** Times every statement on the DataSource into Micrometer ({@link MicrometerStatementListener}). */
    @Bean
    static BeanPostProcessor statementTiming(ObjectProvider<MeterRegistry> registry) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource
                        ? StatementTimingDataSource.of(dataSource, new MicrometerStatementListener(registry))
                        : bean;
            }
        };
    }
}
