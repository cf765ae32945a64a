/**
 * Test support for a host's own tests: {@link org.learningstore.sqlite.testing.SqliteStoreExtension}, a JUnit 5
 * extension that gives each test (or each test class) a fresh store on a temporary SQLite file. It needs
 * {@code junit-jupiter-api} on the host's test classpath (an optional dependency of this module).
 */
package org.learningstore.sqlite.testing;
