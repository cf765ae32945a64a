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
 * board the live learners with XP, a subquery on learners_leaderboard_idx; otherwise the learners'
 * sums of xp_entries in the course (xp_entries_course_idx) or window (xp_entries_window_idx), a CTE.
 * A page's ranks come from core; one learner's rank is a count of learners with more XP, as on
 * Turso. Board order is XP, then id, descending. Native SQL; each query names the relation as
 * {@code %1$s}, its own parameters as {@code %2$d}, {@code %3$d}.
 */
public final class JpaLeaderboards implements LeaderboardQueries {
    private static final String GLOBAL =
            "(SELECT l.id, l.total_xp AS xp FROM learners l WHERE l.deleted_at IS NULL AND l.total_xp > 0)";
    private static final String SUMS = "WITH s AS (SELECT x.learner_id AS id, sum(x.amount) AS xp FROM xp_entries x "
            + "JOIN learners l ON l.id = x.learner_id WHERE l.deleted_at IS NULL%s GROUP BY x.learner_id) ";
    private static final String ROWS = "SELECT p.id, n.display_name, p.xp FROM (SELECT s.id, s.xp FROM %1$s s "
            + "ORDER BY s.xp DESC, s.id DESC LIMIT ?%2$d OFFSET ?%3$d) p JOIN learners n ON n.id = p.id ORDER BY p.xp DESC, p.id DESC";
    private static final String COUNTS = "SELECT (SELECT count(*) FROM %1$s s), (SELECT count(*) FROM %1$s b WHERE b.xp > "
            + "(SELECT f.xp FROM %1$s f ORDER BY f.xp DESC, f.id DESC LIMIT 1 OFFSET ?%2$d))";
    private static final String ENTRY = "SELECT s.id, n.display_name, s.xp, "
            + "1 + (SELECT count(*) FROM %1$s b WHERE b.xp > s.xp) FROM %1$s s JOIN learners n ON n.id = s.id";
    private static final String ME = " WHERE s.id = ?%2$d";
    private static final String ABOVE = ", %1$s m WHERE m.id = ?%2$d AND (s.xp > m.xp OR (s.xp = m.xp AND s.id > m.id))"
            + " ORDER BY s.xp, s.id LIMIT ?%3$d";
    private static final String BELOW = ", %1$s m WHERE m.id = ?%2$d AND (s.xp < m.xp OR (s.xp = m.xp AND s.id < m.id))"
            + " ORDER BY s.xp DESC, s.id DESC LIMIT ?%3$d";

    private final CurrentEntityManager current;

    public JpaLeaderboards(CurrentEntityManager current) {
        this.current = current;
    }

    @Override
    public Slice page(Leaderboard board, long offset, int limit) {
        List<BoardRow> rows = query(board, ROWS, limit, offset).stream()
                .map(row -> new BoardRow(uuid(row[0]), text(row[1]), number(row[2]))).toList();
        Object[] counts = query(board, COUNTS, offset).get(0);
        return new Slice(rows, number(counts[1]), number(counts[0]));
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

    private List<LeaderboardEntry> entries(Leaderboard board, String query, Object... args) {
        return query(board, query, args).stream()
                .map(row -> new LeaderboardEntry(number(row[3]), uuid(row[0]), text(row[1]), number(row[2]))).toList();
    }

    /** {@code query} over the board's relation, {@code args} numbered after the board's own parameters. */
    private List<Object[]> query(Leaderboard board, String query, Object... args) {
        List<Object> all = boardArgs(board);
        boolean global = all.isEmpty();
        Object[] formats = new Object[args.length + 1];
        formats[0] = global ? GLOBAL : "s";
        for (int i = 0; i < args.length; i++) {
            formats[i + 1] = all.size() + 1;
            all.add(args[i]);
        }
        int n = 0;
        String prefix = global ? "" : SUMS.formatted((board.courseId() == null ? "" : " AND x.course_id = ?" + ++n)
                + (board.since() == null ? "" : " AND x.earned_at >= ?" + ++n));
        return rows(current.get(), prefix + query.formatted(formats), all.toArray());
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
