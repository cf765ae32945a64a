package org.learningstore.sqlite.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.engagement.LearningEvent;
import org.learningstore.core.port.LearningEventLog;

/**
 * Learning events in (occurred_at, id) order, each read one range of an index:
 * learning_events_learner_idx, _type_idx or _occurred_idx. The first page starts after the
 * smallest key there is.
 */
final class SqliteLearningEventLog implements LearningEventLog {
    private static final String COLUMNS = "e.id, e.learner_id, e.type, e.data, e.session_id, e.occurred_at";
    private static final String AFTER = " AND (e.occurred_at > ? OR (e.occurred_at = ? AND e.id > ?))"
            + " ORDER BY e.occurred_at, e.id LIMIT ?";
    private static final String INSERT = """
            INSERT INTO learning_events (id, learner_id, type, data, session_id, occurred_at) VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String BY_LEARNER = "SELECT " + COLUMNS + " FROM learning_events e WHERE e.learner_id = ?" + AFTER;
    private static final String BY_TYPE = "SELECT " + COLUMNS + " FROM learning_events e WHERE e.type = ?" + AFTER;
    private static final String BETWEEN = "SELECT " + COLUMNS
            + " FROM learning_events e WHERE e.occurred_at >= ? AND e.occurred_at < ?" + AFTER;
    private static final String COUNT_BEFORE = "SELECT count(*) AS total FROM learning_events e WHERE e.occurred_at < ?";
    private static final String PURGE = "DELETE FROM learning_events WHERE occurred_at < ?";

    private final SqlExecutor executor;

    SqliteLearningEventLog(SqlExecutor executor) {
        this.executor = executor;
    }

    @Override
    public void append(LearningEvent e) {
        executor.update(appended(e));
    }

    @Override
    public void appendAll(List<LearningEvent> events) {
        MultiRowInsert.of(events.stream().map(SqliteLearningEventLog::appended).toList()).forEach(executor::update);
    }

    private static Sql appended(LearningEvent e) {
        return Sql.of(INSERT, e.id(), e.learnerId(), e.type(), e.data(), e.sessionId(), e.occurredAt());
    }

    @Override
    public List<LearningEvent> byLearner(UUID learnerId, EventKey after, int limit) {
        return page(BY_LEARNER, after, limit, learnerId);
    }

    @Override
    public List<LearningEvent> byType(String type, EventKey after, int limit) {
        return page(BY_TYPE, after, limit, type);
    }

    @Override
    public List<LearningEvent> between(Instant from, Instant until, EventKey after, int limit) {
        return page(BETWEEN, after, limit, from, until);
    }

    /** Counts, then deletes, in the caller's unit: on the file both see one snapshot. */
    @Override
    public long purgeBefore(Instant before) {
        long count = executor.query(Sql.of(COUNT_BEFORE, before), row -> row.integer("total")).get(0);
        if (count > 0) {
            executor.update(Sql.of(PURGE, before));
        }
        return count;
    }

    private List<LearningEvent> page(String sql, EventKey after, int limit, Object... filter) {
        long micros = after == null ? Long.MIN_VALUE : SqlValues.micros(after.occurredAt());
        String id = after == null ? "" : after.id().toString();
        Object[] args = new Object[filter.length + 4];
        System.arraycopy(filter, 0, args, 0, filter.length);
        args[filter.length] = micros;
        args[filter.length + 1] = micros;
        args[filter.length + 2] = id;
        args[filter.length + 3] = limit;
        return executor.query(Sql.of(sql, args), row -> new LearningEvent(row.uuid("id"), row.uuid("learner_id"),
                row.text("type"), row.text("data"), row.uuid("session_id"), row.instant("occurred_at")));
    }
}
