package org.learningstore.jpa.internal;

import static org.learningstore.jpa.internal.NativeRows.instant;
import static org.learningstore.jpa.internal.NativeRows.number;
import static org.learningstore.jpa.internal.NativeRows.rows;
import static org.learningstore.jpa.internal.NativeRows.text;
import static org.learningstore.jpa.internal.NativeRows.uuid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.engagement.LearningEvent;
import org.learningstore.core.port.LearningEventLog;

/**
 * Learning events in (occurred_at, id) order, each read one range of an index:
 * learning_events_learner_idx, _type_idx or _occurred_idx; native SQL.
 */
public final class JpaLearningEventLog implements LearningEventLog {
    private static final String COLUMNS = "e.id, e.learner_id, e.type, e.data, e.session_id, e.occurred_at";
    private static final String ORDER = " ORDER BY e.occurred_at, e.id LIMIT ?%d";
    private static final String AFTER = " AND (e.occurred_at, e.id) > (?%d, ?%d)";
    private static final String INSERT = """
            INSERT INTO learning_events (id, learner_id, type, data, session_id, occurred_at)
            VALUES (?1, CAST(?2 AS uuid), ?3, ?4, CAST(?5 AS uuid), ?6)""";
    private static final String BY_LEARNER = "SELECT " + COLUMNS + " FROM learning_events e WHERE e.learner_id = ?1";
    private static final String BY_TYPE = "SELECT " + COLUMNS + " FROM learning_events e WHERE e.type = ?1";
    private static final String BETWEEN = "SELECT " + COLUMNS
            + " FROM learning_events e WHERE e.occurred_at >= ?1 AND e.occurred_at < ?2";
    private static final String PURGE = "DELETE FROM learning_events WHERE occurred_at < ?1";

    private final CurrentEntityManager current;

    public JpaLearningEventLog(CurrentEntityManager current) {
        this.current = current;
    }

    @Override
    public void append(LearningEvent e) {
        NativeRows.update(current.get(), INSERT, appended(e));
    }

    @Override
    public void appendAll(List<LearningEvent> events) {
        BatchedInserts.insertAll(current.get(), INSERT, events.stream().map(JpaLearningEventLog::appended).toList());
    }

    private static Object[] appended(LearningEvent e) {
        return new Object[] {e.id(), e.learnerId(), e.type(), e.data(), e.sessionId(), e.occurredAt()};
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

    @Override
    public long purgeBefore(Instant before) {
        return NativeRows.update(current.get(), PURGE, before);
    }

    /** {@code filter}'s statement, after the key when there is one, in order, {@code limit} rows. */
    private List<LearningEvent> page(String filter, EventKey after, int limit, Object... filterArgs) {
        List<Object> args = new ArrayList<>(List.of(filterArgs));
        String sql = filter;
        if (after != null) {
            sql += AFTER.formatted(args.size() + 1, args.size() + 2);
            args.add(after.occurredAt());
            args.add(after.id());
        }
        sql += ORDER.formatted(args.size() + 1);
        args.add(limit);
        return rows(current.get(), sql, args.toArray()).stream().map(row -> new LearningEvent(uuid(row[0]), uuid(row[1]),
                text(row[2]), text(row[3]), uuid(row[4]), instant(row[5]))).toList();
    }
}
