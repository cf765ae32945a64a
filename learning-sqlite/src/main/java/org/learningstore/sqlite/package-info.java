/**
 * SQLite file and Turso/libSQL: open a {@link org.learningstore.core.LearningStore} with {@link org.learningstore.sqlite.SqliteStores} or {@link org.learningstore.sqlite.TursoStores}.
 */
package org.learningstore.sqlite;
