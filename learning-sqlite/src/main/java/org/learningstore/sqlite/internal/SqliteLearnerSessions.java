package org.learningstore.sqlite.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.learner.LearnerSession;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.LearnerSessions;
import org.learningstore.core.port.StoredShapes;

/**
 * Sessions, found by the SHA-256 of their token; the raw token never reaches this class. A change
 * to many sessions is one statement whatever their number: the ids travel as one JSON array.
 *
 * <p>The id lists are matched with {@code IN (SELECT CAST(g.value AS TEXT) FROM json_each(?) AS g)}:
 * with a bare {@code json_each} value on the right of {@code IN}, tursodb 0.6.0 never matches a
 * TEXT key whose text looks like a number ({@code '1'}). Canonical UUIDs never do, so the
 * {@code CAST} only keeps the statement right should that ever change; the file matches either way.
 */
final class SqliteLearnerSessions implements LearnerSessions {
    private static final String SESSION_COLUMNS = """
            s.id, s.learner_id, s.created_at, s.expires_at, s.last_seen_at, s.ip, s.user_agent, s.revoked_at""";
    /** An id list as one argument, a JSON array of texts: {@code x IN} this. */
    static final String IDS = "(SELECT CAST(g.value AS TEXT) FROM json_each(?) AS g)";

    private static final String INSERT = """
            INSERT INTO learner_sessions (id, learner_id, token_hash, created_at, expires_at, last_seen_at, ip, \
            user_agent, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String FIND_BY_TOKEN_HASH =
            "SELECT " + SESSION_COLUMNS + " FROM learner_sessions s WHERE s.token_hash = ?";
    private static final String FIND = "SELECT " + SESSION_COLUMNS + " FROM learner_sessions s WHERE s.id = ?";
    /** Newest first; the id (UUIDv7, so in creation order) breaks ties between sessions opened in the same microsecond. */
    private static final String LIST_BY_LEARNER = "SELECT " + SESSION_COLUMNS
            + " FROM learner_sessions s WHERE s.learner_id = ? ORDER BY s.created_at DESC, s.id DESC";
    /** Only ever forward, so concurrent touches need no guard. */
    private static final String TOUCH = "UPDATE learner_sessions SET last_seen_at = ? WHERE id = ? AND last_seen_at < ?";
    private static final String REVOKE =
            "UPDATE learner_sessions SET revoked_at = ? WHERE revoked_at IS NULL AND id IN " + IDS;
    /** Searches learner_sessions_expires_idx, which also gives the order. */
    private static final String EXPIRED =
            "SELECT s.id FROM learner_sessions s WHERE s.expires_at < ? ORDER BY s.expires_at LIMIT ?";
    private static final String DELETE = "DELETE FROM learner_sessions WHERE id IN " + IDS;
    private static final String MOVE_ALL = "UPDATE learner_sessions SET learner_id = ? WHERE learner_id = ?";

    private final SqlExecutor executor;
    private final JsonCodec json;

    SqliteLearnerSessions(SqlExecutor executor, JsonCodec json) {
        this.executor = executor;
        this.json = json;
    }

    @Override
    public void insert(LearnerSession session, String tokenHash) {
        executor.update(Sql.of(INSERT, session.id(), session.learnerId(), tokenHash, session.createdAt(),
                session.expiresAt(), session.lastSeenAt(), session.ip(), session.userAgent(), session.revokedAt()));
    }

    @Override
    public Optional<LearnerSession> findByTokenHash(String tokenHash) {
        return executor.queryOne(Sql.of(FIND_BY_TOKEN_HASH, tokenHash), SqliteLearnerSessions::session);
    }

    @Override
    public Optional<LearnerSession> find(UUID sessionId) {
        return executor.queryOne(Sql.of(FIND, sessionId), SqliteLearnerSessions::session);
    }

    @Override
    public List<LearnerSession> listByLearner(UUID learnerId) {
        return executor.query(Sql.of(LIST_BY_LEARNER, learnerId), SqliteLearnerSessions::session);
    }

    @Override
    public void touch(UUID sessionId, Instant lastSeenAt) {
        executor.update(Sql.of(TOUCH, lastSeenAt, sessionId, lastSeenAt));
    }

    @Override
    public void revoke(List<UUID> sessionIds, Instant at) {
        if (!sessionIds.isEmpty()) {
            executor.update(Sql.of(REVOKE, at, ids(sessionIds)));
        }
    }

    @Override
    public List<UUID> expired(Instant now, int limit) {
        return executor.query(Sql.of(EXPIRED, now, limit), row -> row.uuid("id"));
    }

    @Override
    public void delete(List<UUID> sessionIds) {
        if (!sessionIds.isEmpty()) {
            executor.update(Sql.of(DELETE, ids(sessionIds)));
        }
    }

    @Override
    public void moveAll(UUID fromLearnerId, UUID toLearnerId) {
        executor.update(Sql.of(MOVE_ALL, toLearnerId, fromLearnerId));
    }

    private String ids(List<UUID> sessionIds) {
        return json.print(StoredShapes.idsTree(sessionIds));
    }

    private static LearnerSession session(Row row) {
        return new LearnerSession(
                row.uuid("id"),
                row.uuid("learner_id"),
                row.instant("created_at"),
                row.instant("expires_at"),
                row.instant("last_seen_at"),
                row.text("ip"),
                row.text("user_agent"),
                row.instant("revoked_at"));
    }
}
