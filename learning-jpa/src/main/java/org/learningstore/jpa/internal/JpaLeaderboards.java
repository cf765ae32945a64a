package org.learningstore.jpa.internal;

import static org.learningstore.jpa.internal.NativeRows.number;
import static org.learningstore.jpa.internal.NativeRows.rows;
import static org.learningstore.jpa.internal.NativeRows.text;
import static org.learningstore.jpa.internal.NativeRows.uuid;

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
 * board the live learners with XP, on learners_leaderboard_idx; otherwise the learners' sums of
 * xp_entries in the course (xp_entries_course_idx) or window (xp_entries_window_idx). Ranks are
 * counts of learners with more XP, as on Turso; board order is XP, then id, descending. Native SQL.
 */
public final class JpaLeaderboards implements LeaderboardQueries {
    private static final String GLOBAL = "SELECT l.id, l.total_xp AS xp FROM learners l WHERE l.deleted_at IS NULL AND l.total_xp > 0";
    private static final String SUMS = "SELECT x.learner_id AS id, sum(x.amount) AS xp FROM xp_entries x "
            + "JOIN learners l ON l.id = x.learner_id WHERE l.deleted_at IS NULL%s GROUP BY x.learner_id";
    private static final String ENTRY = "SELECT s.id, n.display_name, s.xp, "
            + "1 + (SELECT count(*) FROM s b WHERE b.xp > s.xp) FROM s JOIN learners n ON n.id = s.id";
    private static final String PAGE = " ORDER BY s.xp DESC, s.id DESC LIMIT ?%d OFFSET ?%d";
    private static final String COUNT = "SELECT count(*) FROM s";
    private static final String ME = " WHERE s.id = ?%d";
    private static final String ABOVE = ", s m WHERE m.id = ?%d AND (s.xp > m.xp OR (s.xp = m.xp AND s.id > m.id))"
            + " ORDER BY s.xp, s.id LIMIT ?%d";
    private static final String BELOW = ", s m WHERE m.id = ?%d AND (s.xp < m.xp OR (s.xp = m.xp AND s.id < m.id))"
            + " ORDER BY s.xp DESC, s.id DESC LIMIT ?%d";

    private final CurrentEntityManager current;

    public JpaLeaderboards(CurrentEntityManager current) {
        this.current = current;
    }

    @Override
    public Slice page(Leaderboard board, long offset, int limit) {
        List<LeaderboardEntry> entries = entries(board, ENTRY + PAGE, limit, offset);
        List<Object> args = boardArgs(board);
        long total = number(rows(current.get(), with(board, COUNT), args.toArray()).get(0)[0]);
        return new Slice(entries, total);
    }

    @Override
    public Optional<LeaderboardEntry> entry(Leaderboard board, UUID learnerId) {
        return entries(board, ENTRY + ME, learnerId).stream().findFirst();
    }

    @Override
    public Optional<LeaderboardStanding> standing(Leaderboard board, UUID learnerId, int neighbours) {
        Optional<LeaderboardEntry> me = entry(board, learnerId);
        if (me.isEmpty()) {
            return Optional.empty();
        }
        List<LeaderboardEntry> above = new ArrayList<>(entries(board, ENTRY + ABOVE, learnerId, neighbours));
        Collections.reverse(above);
        return Optional.of(new LeaderboardStanding(me.get(), above, entries(board, ENTRY + BELOW, learnerId, neighbours)));
    }

    /** {@code query} over the board's relation s; its {@code %d} placeholders number {@code args} after the board's own. */
    private List<LeaderboardEntry> entries(Leaderboard board, String query, Object... args) {
        List<Object> all = boardArgs(board);
        Object[] numbers = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            numbers[i] = all.size() + 1;
            all.add(args[i]);
        }
        return rows(current.get(), with(board, query.formatted(numbers)), all.toArray()).stream()
                .map(row -> new LeaderboardEntry(number(row[3]), uuid(row[0]), text(row[1]), number(row[2]))).toList();
    }

    private static String with(Leaderboard board, String query) {
        String relation = GLOBAL;
        if (board.courseId() != null || board.since() != null) {
            int n = 0;
            String filter = (board.courseId() == null ? "" : " AND x.course_id = ?" + ++n)
                    + (board.since() == null ? "" : " AND x.earned_at >= ?" + ++n);
            relation = SUMS.formatted(filter);
        }
        return "WITH s AS (" + relation + ") " + query;
    }

    private static List<Object> boardArgs(Leaderboard board) {
        List<Object> args = new ArrayList<>();
        if (board.courseId() != null) {
            args.add(board.courseId());
        }
        if (board.since() != null) {
            args.add(board.since());
        }
        return args;
    }
}
