package org.learningstore.sqlite.internal;

import static org.learningstore.sqlite.internal.SqliteLearnerSessions.IDS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.learningstore.core.engagement.AchievementMetric;
import org.learningstore.core.engagement.LearningEvent;
import org.learningstore.core.engagement.XpEntry;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.RewardRecords;

/**
 * Learners' metrics against the active definitions in one statement (each definition's value is a
 * subquery on the learner's own rows, chosen by its metric), their active days in one more when a
 * streak may move (on the file only when the first read found an active streak definition: a
 * statement there costs no round trip; on Turso both go in one request); the ledger and awards
 * written "once" by ON CONFLICT DO NOTHING.
 */
final class SqliteRewardRecords implements RewardRecords {
    private static final long MICROS_PER_DAY = 86_400_000_000L;
    /** Counts over the learner l's rows; a course scope narrows each to the definition d's course. */
    private static final String IN_SCOPE = "(d.scope_course_id IS NULL OR %s = d.scope_course_id)";
    private static final String VALUE = """
            CASE d.metric \
            WHEN 'lessons_completed' THEN (SELECT count(*) FROM lesson_progress p JOIN lessons s ON s.id = p.lesson_id \
            JOIN modules m ON m.id = s.module_id WHERE p.learner_id = l.id AND p.status = 'completed' AND %1$s) \
            WHEN 'courses_completed' THEN (SELECT count(*) FROM enrollments e WHERE e.learner_id = l.id \
            AND e.status = 'completed' AND %2$s) \
            WHEN 'assessments_passed' THEN (SELECT count(DISTINCT t.assessment_id) FROM attempts t \
            JOIN assessments s ON s.id = t.assessment_id WHERE t.learner_id = l.id AND t.passed = 1 AND %3$s) \
            WHEN 'perfect_scores' THEN (SELECT count(*) FROM attempts t JOIN assessments s ON s.id = t.assessment_id \
            WHERE t.learner_id = l.id AND t.status IN ('submitted', 'expired') AND t.percent = 100 AND %3$s) \
            WHEN 'total_xp' THEN l.total_xp \
            WHEN 'questions_answered' THEN (SELECT count(*) FROM attempts t JOIN answers n ON n.attempt_id = t.id \
            WHERE t.learner_id = l.id AND n.correct IS NOT NULL) \
            + (SELECT count(*) FROM practice_answers pa WHERE pa.learner_id = l.id) \
            WHEN 'skills_mastered' THEN (SELECT count(*) FROM skill_mastery k WHERE k.learner_id = l.id \
            AND k.status = 'mastered' AND (d.scope_skill_id IS NULL OR k.skill_id = d.scope_skill_id)) \
            WHEN 'projects_created' THEN (SELECT count(*) FROM projects j WHERE j.learner_id = l.id AND %4$s) \
            WHEN 'posts_written' THEN (SELECT count(*) FROM discussion_posts o WHERE o.author_id = l.id AND %5$s) \
            WHEN 'accepted_answers' THEN (SELECT count(*) FROM discussion_posts o WHERE o.author_id = l.id AND %5$s \
            AND EXISTS (SELECT 1 FROM discussion_posts q WHERE q.accepted_answer_id = o.id)) \
            WHEN 'votes_received' THEN (SELECT count(*) FROM post_votes v JOIN discussion_posts o ON o.id = v.post_id \
            WHERE o.author_id = l.id AND v.value = 1 AND %5$s) \
            ELSE 0 END""".formatted(IN_SCOPE.formatted("m.course_id"), IN_SCOPE.formatted("e.course_id"),
            IN_SCOPE.formatted("s.course_id"), IN_SCOPE.formatted("j.course_id"), IN_SCOPE.formatted("o.course_id"));
    /** Parameters: the metrics, the learners (JSON arrays). */
    private static final String STATES = "SELECT l.id AS learner_id, l.total_xp AS learner_total_xp, "
            + SqliteAchievementDefinitions.COLUMNS + ", " + VALUE + " AS metric_value, "
            + "EXISTS (SELECT 1 FROM learner_achievements a WHERE a.learner_id = l.id AND a.achievement_id = d.id) AS earned "
            + "FROM learners l LEFT JOIN achievement_definitions d ON d.active = 1 "
            + "AND d.metric IN (SELECT CAST(g.value AS TEXT) FROM json_each(?) AS g) "
            + "WHERE l.id IN " + IDS + " AND l.deleted_at IS NULL ORDER BY l.id, d.code";
    /** Days of lesson starts and completions and of answers, per learner, newest first. Parameters: (learners, first microsecond) four times. */
    /**
     * Only the streak metric uses the active days, so with no active streak definition every part
     * reads nothing: SQLite evaluates the guard, which names no table of its part, once, before
     * walking the learner's history.
     */
    private static final String ACTIVE_DAYS = """
            SELECT p.learner_id, p.started_at / %1$d AS day FROM lesson_progress p \
            WHERE p.learner_id IN %2$s AND p.started_at >= ? AND %3$s \
            UNION SELECT p.learner_id, p.completed_at / %1$d FROM lesson_progress p \
            WHERE p.learner_id IN %2$s AND p.completed_at >= ? AND %3$s \
            UNION SELECT t.learner_id, n.answered_at / %1$d FROM attempts t JOIN answers n ON n.attempt_id = t.id \
            WHERE t.learner_id IN %2$s AND n.answered_at >= ? AND %3$s \
            UNION SELECT pa.learner_id, pa.answered_at / %1$d FROM practice_answers pa \
            WHERE pa.learner_id IN %2$s AND pa.answered_at >= ? AND %3$s \
            ORDER BY 1, 2 DESC""".formatted(MICROS_PER_DAY, IDS, """
            EXISTS (SELECT 1 FROM achievement_definitions s WHERE s.active = 1 AND s.metric = 'streak_days')""");
    private static final String ENTRY_COLUMNS = "x.id, x.learner_id, x.amount, x.reason, x.source, x.course_id, x.earned_at";
    private static final String FIND_ENTRY = "SELECT " + ENTRY_COLUMNS + " FROM xp_entries x WHERE x.learner_id = ? AND x.source = ?";
    private static final String ENTRIES = "SELECT " + ENTRY_COLUMNS
            + " FROM xp_entries x WHERE x.learner_id = ? ORDER BY x.earned_at DESC, x.id DESC LIMIT ? OFFSET ?";
    private static final String COUNT_ENTRIES = "SELECT count(*) AS total FROM xp_entries x WHERE x.learner_id = ?";
    private static final String ENTRIES_OF = "SELECT " + ENTRY_COLUMNS
            + " FROM xp_entries x WHERE x.learner_id IN " + IDS + " ORDER BY x.learner_id, x.source";
    private static final String AWARDS_OF = "SELECT a.learner_id, a.achievement_id FROM learner_achievements a "
            + "WHERE a.learner_id IN " + IDS + " ORDER BY a.learner_id, a.achievement_id";
    private static final String DELETE_ENTRIES = "DELETE FROM xp_entries WHERE learner_id = ? AND source IN "
            + "(SELECT g.value FROM json_each(?) AS g)";
    private static final String MOVE_ENTRIES = "UPDATE xp_entries SET learner_id = ? WHERE learner_id = ? AND source IN "
            + "(SELECT g.value FROM json_each(?) AS g)";
    private static final String DELETE_AWARDS = "DELETE FROM learner_achievements WHERE learner_id = ? AND achievement_id IN " + IDS;
    private static final String MOVE_AWARDS =
            "UPDATE learner_achievements SET learner_id = ? WHERE learner_id = ? AND achievement_id IN " + IDS;
    private static final String PAY = """
            INSERT INTO xp_entries (id, learner_id, amount, reason, source, course_id, earned_at) \
            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (learner_id, source) DO NOTHING""";
    private static final String ADD_TO_TOTAL =
            "UPDATE learners SET total_xp = total_xp + ?, version = version + 1 WHERE id = ? "
            + "AND EXISTS (SELECT 1 FROM xp_entries WHERE id = ?)";
    /** Each learner's total moved by the entries of these ids that {@link #insertEntries} added, the version once per entry. */
    private static final String ADD_ALL_TO_TOTALS = """
            UPDATE learners SET total_xp = total_xp + x.amount, version = version + x.entries \
            FROM (SELECT e.learner_id, sum(e.amount) AS amount, count(*) AS entries FROM xp_entries e \
            WHERE e.id IN (SELECT CAST(g.value AS TEXT) FROM json_each(?) AS g) GROUP BY e.learner_id) AS x \
            WHERE learners.id = x.learner_id""";
    /** Each learner's total moved by an array of {learnerId, amount, entries}, the version once per entry. */
    private static final String ADD_TO_TOTALS = """
            UPDATE learners SET total_xp = total_xp + (g.value ->> 'amount'), version = version + (g.value ->> 'entries') \
            FROM json_each(?) AS g WHERE learners.id = g.value ->> 'learnerId'""";
    private static final String AWARD = """
            INSERT INTO learner_achievements (learner_id, achievement_id, earned_at, metadata) VALUES (?, ?, ?, ?) \
            ON CONFLICT (learner_id, achievement_id) DO NOTHING""";
    private static final String APPEND_IF_AWARDED = """
            INSERT INTO learning_events (id, learner_id, type, data, session_id, occurred_at) SELECT ?, ?, ?, ?, ?, ? \
            WHERE EXISTS (SELECT 1 FROM learner_achievements a WHERE a.learner_id = ? AND a.achievement_id = ? \
            AND a.metadata ->> 'award' = ?)""";

    private final SqlExecutor executor;
    private final ProgressRows rows;
    private final JsonCodec json;

    SqliteRewardRecords(SqlExecutor executor, ProgressRows rows, JsonCodec json) {
        this.executor = executor;
        this.rows = rows;
        this.json = json;
    }

    @Override
    public List<LearnerState> read(Set<UUID> learnerIds, Set<AchievementMetric> metrics, long fromDay) {
        String learners = rows.ids(List.copyOf(learnerIds));
        String codes = json.print(metrics.stream().map(AchievementMetric::code).toList());
        Sql states = Sql.of(STATES, codes, learners);
        if (!metrics.contains(AchievementMetric.STREAK_DAYS)) {
            return states(executor.queryAll(List.of(states)).get(0), List.of());
        }
        long from = Math.multiplyExact(fromDay, MICROS_PER_DAY);
        Sql activeDays = Sql.of(ACTIVE_DAYS, learners, from, learners, from, learners, from, learners, from);
        if (executor.capabilities().remote()) {
            List<List<Row>> results = executor.queryAll(List.of(states, activeDays));
            return states(results.get(0), results.get(1));
        }
        List<Row> definitions = executor.queryAll(List.of(states)).get(0);
        boolean streakDefined = definitions.stream()
                .anyMatch(row -> AchievementMetric.STREAK_DAYS.code().equals(row.text("metric")));
        return states(definitions, streakDefined ? executor.queryAll(List.of(activeDays)).get(0) : List.of());
    }

    /** Rows of {@link #STATES} and of {@link #ACTIVE_DAYS} as each learner's state. */
    private static List<LearnerState> states(List<Row> definitions, List<Row> activeDays) {
        Map<UUID, List<Long>> days = new LinkedHashMap<>();
        activeDays.forEach(row -> days.computeIfAbsent(row.uuid("learner_id"), id -> new ArrayList<>())
                .add(row.integer("day")));
        Map<UUID, LearnerState> states = new LinkedHashMap<>();
        for (Row row : definitions) {
            UUID learnerId = row.uuid("learner_id");
            LearnerState state = states.computeIfAbsent(learnerId, id -> new LearnerState(id, row.integer("learner_total_xp"),
                    days.getOrDefault(id, List.of()), new ArrayList<>()));
            if (row.text("metric") != null) {
                state.definitions().add(new DefinitionState(SqliteAchievementDefinitions.achievement(row),
                        row.integer("metric_value"), row.flag("earned")));
            }
        }
        return List.copyOf(states.values());
    }

    @Override
    public Optional<XpEntry> findEntry(UUID learnerId, String source) {
        return executor.queryOne(Sql.of(FIND_ENTRY, learnerId, source), SqliteRewardRecords::entry);
    }

    @Override
    public void pay(XpEntry e) {
        executor.update(paid(e));
        executor.update(Sql.of(ADD_TO_TOTAL, e.amount(), e.learnerId(), e.id()));
    }

    /**
     * The entries as the import writes them ({@link #insertEntries}), then one statement for the
     * totals they moved. On the file the insert returns the entries it added, so the totals move by
     * sums bound from those (no statement when none was added); Turso cannot read a write's result
     * inside a unit, so there SQL sums the added entries it finds by id.
     */
    @Override
    public void payAll(List<XpEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        if (!executor.capabilities().interactiveTransactions()) {
            insertEntries(entries);
            executor.update(Sql.of(ADD_ALL_TO_TOTALS, rows.ids(entries.stream().map(XpEntry::id).toList())));
            return;
        }
        Map<String, long[]> amountAndEntries = new LinkedHashMap<>();
        for (Sql insert : MultiRowInsert.of(entries.stream().map(SqliteRewardRecords::paid).toList())) {
            Sql returning = new Sql(insert.text() + " RETURNING learner_id, amount", insert.args());
            for (Row added : executor.queryAll(List.of(returning)).get(0)) {
                long[] moved = amountAndEntries.computeIfAbsent(added.text("learner_id"), learnerId -> new long[2]);
                moved[0] += added.integer("amount");
                moved[1]++;
            }
        }
        if (!amountAndEntries.isEmpty()) {
            executor.update(Sql.of(ADD_TO_TOTALS, json.print(amountAndEntries.entrySet().stream()
                    .map(learner -> Map.of("learnerId", learner.getKey(), "amount", learner.getValue()[0],
                            "entries", learner.getValue()[1]))
                    .toList())));
        }
    }

    @Override
    public void insertEntries(List<XpEntry> entries) {
        MultiRowInsert.of(entries.stream().map(SqliteRewardRecords::paid).toList()).forEach(executor::update);
    }

    private static Sql paid(XpEntry e) {
        return Sql.of(PAY, e.id(), e.learnerId(), e.amount(), e.reason(), e.source(), e.courseId(), e.earnedAt());
    }

    @Override
    public void award(UUID learnerId, UUID achievementId, Instant earnedAt, UUID awardId, long metricValue) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("award", awardId.toString());
        metadata.put("value", metricValue);
        executor.update(Sql.of(AWARD, learnerId, achievementId, earnedAt, json.print(metadata)));
    }

    @Override
    public void appendIfAwarded(LearningEvent e, UUID achievementId, UUID awardId) {
        executor.update(Sql.of(APPEND_IF_AWARDED, e.id(), e.learnerId(), e.type(), e.data(), e.sessionId(), e.occurredAt(),
                e.learnerId(), achievementId, awardId));
    }

    @Override
    public Page<XpEntry> entries(UUID learnerId, PageRequest page) {
        List<List<Row>> results = executor.queryAll(List.of(Sql.of(ENTRIES, learnerId, page.size(), page.offset()),
                Sql.of(COUNT_ENTRIES, learnerId)));
        return new Page<>(results.get(0).stream().map(SqliteRewardRecords::entry).toList(), page,
                results.get(1).get(0).integer("total"));
    }

    @Override
    public List<XpEntry> entriesOf(List<UUID> learnerIds) {
        return executor.query(Sql.of(ENTRIES_OF, rows.ids(learnerIds)), SqliteRewardRecords::entry);
    }

    @Override
    public List<Award> awardsOf(List<UUID> learnerIds) {
        return executor.query(Sql.of(AWARDS_OF, rows.ids(learnerIds)),
                row -> new Award(row.uuid("learner_id"), row.uuid("achievement_id")));
    }

    @Override
    public void deleteEntries(UUID learnerId, List<String> sources) {
        executor.update(Sql.of(DELETE_ENTRIES, learnerId, rows.texts(sources)), Guard.changes(sources.size(),
                () -> Guard.concurrentChange("the XP of learner " + learnerId)));
    }

    @Override
    public void moveEntries(UUID fromLearnerId, List<String> sources, UUID toLearnerId) {
        executor.update(Sql.of(MOVE_ENTRIES, toLearnerId, fromLearnerId, rows.texts(sources)), Guard.changes(sources.size(),
                () -> Guard.concurrentChange("the XP of learner " + fromLearnerId)));
    }

    @Override
    public void deleteAwards(UUID learnerId, List<UUID> achievementIds) {
        executor.update(Sql.of(DELETE_AWARDS, learnerId, rows.ids(achievementIds)), Guard.changes(achievementIds.size(),
                () -> Guard.concurrentChange("the achievements of learner " + learnerId)));
    }

    @Override
    public void moveAwards(UUID fromLearnerId, List<UUID> achievementIds, UUID toLearnerId) {
        executor.update(Sql.of(MOVE_AWARDS, toLearnerId, fromLearnerId, rows.ids(achievementIds)),
                Guard.changes(achievementIds.size(), () -> Guard.concurrentChange("the achievements of learner " + fromLearnerId)));
    }

    private static XpEntry entry(Row row) {
        return new XpEntry(row.uuid("id"), row.uuid("learner_id"), row.int32("amount"), row.text("reason"), row.text("source"),
                row.uuid("course_id"), row.instant("earned_at"));
    }
}
