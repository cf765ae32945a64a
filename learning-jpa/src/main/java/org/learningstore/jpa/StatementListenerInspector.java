package org.learningstore.jpa;

import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.learningstore.core.StatementListener;

/**
 * Tells a {@link StatementListener} of every SQL statement Hibernate sends, each one round trip
 * (a JDBC batch is one statement and one round trip: its SQL is prepared once); register it on the
 * EntityManagerFactory.
 */
public final class StatementListenerInspector implements StatementInspector {
    private final StatementListener listener;

    public StatementListenerInspector(StatementListener listener) {
        this.listener = listener;
    }

    @Override
    public String inspect(String sql) {
        listener.onStatement(sql);
        listener.onRoundTrip();
        return sql;
    }
}
