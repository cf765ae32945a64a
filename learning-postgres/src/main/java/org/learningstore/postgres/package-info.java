/**
 * PostgreSQL: open a {@link org.learningstore.core.LearningStore} with {@link org.learningstore.postgres.PostgresStores}.
 */
package org.learningstore.postgres;
