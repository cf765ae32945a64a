package org.learningstore.sqlite.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.engagement.Leaderboard;
import org.learningstore.core.engagement.LeaderboardEntry;
import org.learningstore.core.engagement.LeaderboardStanding;
import org.learningstore.core.port.LeaderboardQueries;

/**
 * Leaderboards as the relation s(id, xp) of the learners on the board: for the all-time global
 * board the live learners with XP, a subquery SQLite flattens onto learners_leaderboard_idx, so
 * its page and counts are index range scans; otherwise the learners' sums of xp_entries in the
 * course (xp_entries_course_idx) or window (xp_entries_window_idx), a CTE computed once per
 * statement. A page's ranks come from core; one learner's rank is a count of learners with more
 * XP (Turso has no rank()). Board order is XP, then id, descending. Each query names the
 * relation as {@code %1$s}.
 */
final class SqliteLeaderboards implements LeaderboardQueries {
    private static final String GLOBAL =
            "(SELECT l.id, l.total_xp AS xp FROM learners l WHERE l.deleted_at IS NULL AND l.total_xp > 0)";
    private static final String SUMS = "WITH s AS (SELECT x.learner_id AS id, sum(x.amount) AS xp FROM xp_entries x "
            + "JOIN learners l ON l.id = x.learner_id WHERE l.deleted_at IS NULL%s GROUP BY x.learner_id) ";
    /** The page's rows: the offset skips index entries only, names are read for the rows shown. */
    private static final String ROWS = "SELECT p.id AS learner_id, n.display_name, p.xp FROM (SELECT s.id, s.xp FROM %1$s s "
            + "ORDER BY s.xp DESC, s.id DESC LIMIT ? OFFSET ?) p JOIN learners n ON n.id = p.id ORDER BY p.xp DESC, p.id DESC";
    private static final String COUNTS = "SELECT (SELECT count(*) FROM %1$s s) AS total, "
            + "(SELECT count(*) FROM %1$s b WHERE b.xp > (SELECT f.xp FROM %1$s f ORDER BY f.xp DESC, f.id DESC LIMIT 1 OFFSET ?)) "
            + "AS above";
    private static final String ENTRY = "SELECT s.id AS learner_id, n.display_name, s.xp, "
            + "1 + (SELECT count(*) FROM %1$s b WHERE b.xp > s.xp) AS rank_value FROM %1$s s JOIN learners n ON n.id = s.id";
    private static final String ME = " WHERE s.id = ?";
    private static final String ABOVE = ", %1$s m WHERE m.id = ? AND (s.xp > m.xp OR (s.xp = m.xp AND s.id > m.id))"
            + " ORDER BY s.xp, s.id LIMIT ?";
    private static final String BELOW = ", %1$s m WHERE m.id = ? AND (s.xp < m.xp OR (s.xp = m.xp AND s.id < m.id))"
            + " ORDER BY s.xp DESC, s.id DESC LIMIT ?";

    private final SqlExecutor executor;

    SqliteLeaderboards(SqlExecutor executor) {
        this.executor = executor;
    }

    @Override
    public Slice page(Leaderboard board, long offset, int limit) {
        List<List<Row>> results = executor.queryAll(List.of(board(board, ROWS, limit, offset), board(board, COUNTS, offset)));
        Row counts = results.get(1).get(0);
        return new Slice(results.get(0).stream().map(row -> new BoardRow(row.uuid("learner_id"),
                row.text("display_name"), row.integer("xp"))).toList(), counts.integer("above"), counts.integer("total"));
    }

    @Override
    public Optional<LeaderboardEntry> entry(Leaderboard board, UUID learnerId) {
        return entries(executor.query(board(board, ENTRY + ME, learnerId), row -> row)).stream().findFirst();
    }

    @Override
    public Optional<LeaderboardStanding> standing(Leaderboard board, UUID learnerId, int neighbours) {
        List<List<Row>> results = executor.queryAll(List.of(board(board, ENTRY + ME, learnerId),
                board(board, ENTRY + ABOVE, learnerId, neighbours), board(board, ENTRY + BELOW, learnerId, neighbours)));
        if (results.get(0).isEmpty()) {
            return Optional.empty();
        }
        List<LeaderboardEntry> above = new ArrayList<>(entries(results.get(1)));
        Collections.reverse(above);
        return Optional.of(new LeaderboardStanding(entries(results.get(0)).get(0), above, entries(results.get(2))));
    }

    /** {@code query} over the board's relation, its parameters after the board's own. */
    private static Sql board(Leaderboard board, String query, Object... args) {
        List<Object> all = new ArrayList<>();
        String sql;
        if (board.courseId() == null && board.since() == null) {
            sql = query.formatted(GLOBAL);
        } else {
            StringBuilder filter = new StringBuilder();
            if (board.courseId() != null) {
                filter.append(" AND x.course_id = ?");
                all.add(board.courseId());
            }
            if (board.since() != null) {
                filter.append(" AND x.earned_at >= ?");
                all.add(board.since());
            }
            sql = SUMS.formatted(filter) + query.formatted("s");
        }
        all.addAll(List.of(args));
        return new Sql(sql, all);
    }

    private static List<LeaderboardEntry> entries(List<Row> rows) {
        return rows.stream().map(row -> new LeaderboardEntry(row.integer("rank_value"), row.uuid("learner_id"),
                row.text("display_name"), row.integer("xp"))).toList();
    }
}
