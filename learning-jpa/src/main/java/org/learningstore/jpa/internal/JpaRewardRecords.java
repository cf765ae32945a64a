package org.learningstore.jpa.internal;

import static org.learningstore.jpa.internal.NativeRows.instant;
import static org.learningstore.jpa.internal.NativeRows.number;
import static org.learningstore.jpa.internal.NativeRows.rows;
import static org.learningstore.jpa.internal.NativeRows.text;
import static org.learningstore.jpa.internal.NativeRows.uuid;

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
 * streak may move; the ledger and awards written "once" by ON CONFLICT DO NOTHING. Native SQL.
 */
public final class JpaRewardRecords implements RewardRecords {
    private static final String IDS = "(SELECT CAST(j.value AS uuid) FROM jsonb_array_elements_text(CAST(?%d AS jsonb)) AS j)";
    private static final String IN_SCOPE = "(d.scope_course_id IS NULL OR %s = d.scope_course_id)";
    private static final String VALUE = """
            CASE d.metric
            WHEN 'lessons_completed' THEN (SELECT count(*) FROM lesson_progress p JOIN lessons s ON s.id = p.lesson_id
            JOIN modules m ON m.id = s.module_id WHERE p.learner_id = l.id AND p.status = 'completed' AND %1$s)
            WHEN 'courses_completed' THEN (SELECT count(*) FROM enrollments e WHERE e.learner_id = l.id
            AND e.status = 'completed' AND %2$s)
            WHEN 'assessments_passed' THEN (SELECT count(DISTINCT t.assessment_id) FROM attempts t
            JOIN assessments s ON s.id = t.assessment_id WHERE t.learner_id = l.id AND t.passed AND %3$s)
            WHEN 'perfect_scores' THEN (SELECT count(*) FROM attempts t JOIN assessments s ON s.id = t.assessment_id
            WHERE t.learner_id = l.id AND t.status IN ('submitted', 'expired') AND t.percent = 100 AND %3$s)
            WHEN 'total_xp' THEN l.total_xp
            WHEN 'questions_answered' THEN (SELECT count(*) FROM attempts t JOIN answers n ON n.attempt_id = t.id
            WHERE t.learner_id = l.id AND n.correct IS NOT NULL)
            + (SELECT count(*) FROM practice_answers pa WHERE pa.learner_id = l.id)
            WHEN 'skills_mastered' THEN (SELECT count(*) FROM skill_mastery k WHERE k.learner_id = l.id
            AND k.status = 'mastered' AND (d.scope_skill_id IS NULL OR k.skill_id = d.scope_skill_id))
            WHEN 'projects_created' THEN (SELECT count(*) FROM projects j WHERE j.learner_id = l.id AND %4$s)
            WHEN 'posts_written' THEN (SELECT count(*) FROM discussion_posts o WHERE o.author_id = l.id AND %5$s)
            WHEN 'accepted_answers' THEN (SELECT count(*) FROM discussion_posts o WHERE o.author_id = l.id AND %5$s
            AND EXISTS (SELECT 1 FROM discussion_posts q WHERE q.accepted_answer_id = o.id))
            WHEN 'votes_received' THEN (SELECT count(*) FROM post_votes v JOIN discussion_posts o ON o.id = v.post_id
            WHERE o.author_id = l.id AND v.value = 1 AND %5$s)
            ELSE 0 END""".formatted(IN_SCOPE.formatted("m.course_id"), IN_SCOPE.formatted("e.course_id"),
            IN_SCOPE.formatted("s.course_id"), IN_SCOPE.formatted("j.course_id"), IN_SCOPE.formatted("o.course_id"));
    /**
     * Parameters: the metrics (a JSON array), the learners (a uuid[], so the planner reaches them on
     * the primary key). The definition's columns start at the third.
     */
    private static final String STATES = "SELECT l.id, l.total_xp, " + JpaAchievementDefinitions.COLUMNS + ", " + VALUE
            + ", EXISTS (SELECT 1 FROM learner_achievements a WHERE a.learner_id = l.id AND a.achievement_id = d.id) "
            + "FROM learners l LEFT JOIN achievement_definitions d ON d.active "
            + "AND d.metric IN (SELECT j.value FROM jsonb_array_elements_text(CAST(?1 AS jsonb)) AS j) "
            + "WHERE l.id = ANY(CAST(?2 AS uuid[])) AND l.deleted_at IS NULL ORDER BY l.id, d.code COLLATE \"C\"";
    /**
     * Days (since the epoch, UTC) of lesson starts and completions and of answers, per learner, newest first.
     * The learners come as one uuid[] parameter, so each part reaches the learner's rows on its index
     * (a set from a JSON array hides them from the planner, which then scans whole tables); only the
     * streak metric uses the days, so with no active streak definition the guard, which names no
     * table of its part, stops every part before it reads anything.
     */
    private static final String ACTIVE_DAYS = """
            SELECT DISTINCT x.learner_id, CAST(floor(extract(epoch FROM x.at) / 86400) AS bigint) AS day
            FROM (SELECT p.learner_id, p.started_at AS at FROM lesson_progress p
                  WHERE p.learner_id = %1$s AND p.started_at >= to_timestamp(?2 * 86400.0) AND %2$s
                  UNION ALL
                  SELECT p.learner_id, p.completed_at FROM lesson_progress p
                  WHERE p.learner_id = %1$s AND p.completed_at >= to_timestamp(?2 * 86400.0) AND %2$s
                  UNION ALL
                  SELECT t.learner_id, w.answered_at FROM attempts t JOIN answers w ON w.attempt_id = t.id
                  WHERE t.learner_id = %1$s AND w.answered_at >= to_timestamp(?2 * 86400.0) AND %2$s
                  UNION ALL
                  SELECT a.learner_id, a.answered_at FROM practice_answers a
                  WHERE a.learner_id = %1$s AND a.answered_at >= to_timestamp(?2 * 86400.0) AND %2$s) AS x
            ORDER BY x.learner_id, day DESC""".formatted("ANY(CAST(?1 AS uuid[]))",
            "EXISTS (SELECT 1 FROM achievement_definitions s WHERE s.active AND s.metric = 'streak_days')");
    private static final String ENTRY_COLUMNS = "x.id, x.learner_id, x.amount, x.reason, x.source, x.course_id, x.earned_at";
    private static final String FIND_ENTRY = "SELECT " + ENTRY_COLUMNS
            + " FROM xp_entries x WHERE x.learner_id = ?1 AND x.source = ?2";
    private static final String ENTRIES = "SELECT " + ENTRY_COLUMNS
            + " FROM xp_entries x WHERE x.learner_id = ?1 ORDER BY x.earned_at DESC, x.id DESC LIMIT ?2 OFFSET ?3";
    private static final String ENTRIES_OF = "SELECT " + ENTRY_COLUMNS + " FROM xp_entries x WHERE x.learner_id IN "
            + IDS.formatted(1) + " ORDER BY x.learner_id, x.source";
    private static final String AWARDS_OF = "SELECT a.learner_id, a.achievement_id FROM learner_achievements a "
            + "WHERE a.learner_id IN " + IDS.formatted(1) + " ORDER BY a.learner_id, a.achievement_id";
    private static final String SOURCES = "(SELECT j.value FROM jsonb_array_elements_text(CAST(?%d AS jsonb)) AS j)";
    private static final String DELETE_ENTRIES = "DELETE FROM xp_entries WHERE learner_id = ?1 AND source IN " + SOURCES.formatted(2);
    private static final String MOVE_ENTRIES =
            "UPDATE xp_entries SET learner_id = ?1 WHERE learner_id = ?2 AND source IN " + SOURCES.formatted(3);
    private static final String DELETE_AWARDS =
            "DELETE FROM learner_achievements WHERE learner_id = ?1 AND achievement_id IN " + IDS.formatted(2);
    private static final String MOVE_AWARDS =
            "UPDATE learner_achievements SET learner_id = ?1 WHERE learner_id = ?2 AND achievement_id IN " + IDS.formatted(3);
    private static final String COUNT_ENTRIES = "SELECT count(*) FROM xp_entries x WHERE x.learner_id = ?1";
    private static final String PAY = """
            INSERT INTO xp_entries (id, learner_id, amount, reason, source, course_id, earned_at)
            VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS uuid), ?7) ON CONFLICT (learner_id, source) DO NOTHING""";
    private static final String ADD_TO_TOTAL =
            "UPDATE learners SET total_xp = total_xp + ?1, version = version + 1 WHERE id = ?2 "
            + "AND EXISTS (SELECT 1 FROM xp_entries WHERE id = ?3)";
    /** The totals the entries just inserted move (an entry its learner had a source of already was not inserted). */
    private static final String ADD_ALL_TO_TOTALS = """
            UPDATE learners l SET total_xp = l.total_xp + x.amount, version = l.version + x.entries
            FROM (SELECT e.learner_id, sum(e.amount) AS amount, count(*) AS entries FROM xp_entries e
                  WHERE e.id = ANY(CAST(?1 AS uuid[])) GROUP BY e.learner_id) AS x
            WHERE l.id = x.learner_id""";
    private static final String AWARD = """
            INSERT INTO learner_achievements (learner_id, achievement_id, earned_at, metadata) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (learner_id, achievement_id) DO NOTHING""";
    private static final String APPEND_IF_AWARDED = """
            INSERT INTO learning_events (id, learner_id, type, data, session_id, occurred_at)
            SELECT ?1, ?2, ?3, ?4, CAST(?5 AS uuid), ?6
            WHERE EXISTS (SELECT 1 FROM learner_achievements a WHERE a.learner_id = ?2 AND a.achievement_id = ?7
            AND CAST(a.metadata AS jsonb) ->> 'award' = ?8)""";

    private final CurrentEntityManager current;
    private final JsonCodec json;

    public JpaRewardRecords(CurrentEntityManager current, JsonCodec json) {
        this.current = current;
        this.json = json;
    }

    @Override
    public List<LearnerState> read(Set<UUID> learnerIds, Set<AchievementMetric> metrics, long fromDay) {
        String codes = json.print(metrics.stream().map(AchievementMetric::code).toList());
        Map<UUID, List<Long>> days = new LinkedHashMap<>();
        if (metrics.contains(AchievementMetric.STREAK_DAYS)) {
            rows(current.get(), ACTIVE_DAYS, NativeRows.uuidArray(learnerIds), fromDay)
                    .forEach(row -> days.computeIfAbsent(uuid(row[0]), id -> new ArrayList<>()).add(number(row[1])));
        }
        Map<UUID, LearnerState> states = new LinkedHashMap<>();
        int value = 2 + JpaAchievementDefinitions.COLUMN_COUNT;
        for (Object[] row : rows(current.get(), STATES, codes, NativeRows.uuidArray(learnerIds))) {
            UUID learnerId = uuid(row[0]);
            LearnerState state = states.computeIfAbsent(learnerId, id -> new LearnerState(id, number(row[1]),
                    days.getOrDefault(id, List.of()), new ArrayList<>()));
            if (row[2] != null) {
                state.definitions().add(new DefinitionState(JpaAchievementDefinitions.achievement(row, 2), number(row[value]),
                        (Boolean) row[value + 1]));
            }
        }
        return List.copyOf(states.values());
    }

    @Override
    public Optional<XpEntry> findEntry(UUID learnerId, String source) {
        return rows(current.get(), FIND_ENTRY, learnerId, source).stream().map(JpaRewardRecords::entry).findFirst();
    }

    @Override
    public void pay(XpEntry e) {
        NativeRows.update(current.get(), PAY, paid(e));
        NativeRows.update(current.get(), ADD_TO_TOTAL, (long) e.amount(), e.learnerId(), e.id());
    }

    /** The entries as the import writes them ({@link #insertEntries}), then one statement for the totals they moved. */
    @Override
    public void payAll(List<XpEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        insertEntries(entries);
        NativeRows.update(current.get(), ADD_ALL_TO_TOTALS, NativeRows.uuidArray(entries.stream().map(XpEntry::id).toList()));
    }

    @Override
    public void insertEntries(List<XpEntry> entries) {
        BatchedInserts.insertAll(current.get(), PAY, entries.stream().map(JpaRewardRecords::paid).toList());
    }

    private static Object[] paid(XpEntry e) {
        return new Object[] {e.id(), e.learnerId(), e.amount(), e.reason(), e.source(), e.courseId(), e.earnedAt()};
    }

    @Override
    public void award(UUID learnerId, UUID achievementId, Instant earnedAt, UUID awardId, long metricValue) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("award", awardId.toString());
        metadata.put("value", metricValue);
        NativeRows.update(current.get(), AWARD, learnerId, achievementId, earnedAt, json.print(metadata));
    }

    @Override
    public void appendIfAwarded(LearningEvent e, UUID achievementId, UUID awardId) {
        NativeRows.update(current.get(), APPEND_IF_AWARDED, e.id(), e.learnerId(), e.type(), e.data(), e.sessionId(),
                e.occurredAt(), achievementId, awardId.toString());
    }

    @Override
    public Page<XpEntry> entries(UUID learnerId, PageRequest page) {
        List<XpEntry> content = rows(current.get(), ENTRIES, learnerId, page.size(), page.offset()).stream()
                .map(JpaRewardRecords::entry).toList();
        return new Page<>(content, page, number(rows(current.get(), COUNT_ENTRIES, learnerId).get(0)[0]));
    }

    @Override
    public List<XpEntry> entriesOf(List<UUID> learnerIds) {
        return rows(current.get(), ENTRIES_OF, ids(learnerIds)).stream().map(JpaRewardRecords::entry).toList();
    }

    @Override
    public List<Award> awardsOf(List<UUID> learnerIds) {
        return rows(current.get(), AWARDS_OF, ids(learnerIds)).stream().map(row -> new Award(uuid(row[0]), uuid(row[1])))
                .toList();
    }

    @Override
    public void deleteEntries(UUID learnerId, List<String> sources) {
        BulkChanges.expect(NativeRows.update(current.get(), DELETE_ENTRIES, learnerId, json.print(sources)), sources.size(),
                "the XP of learner " + learnerId);
    }

    @Override
    public void moveEntries(UUID fromLearnerId, List<String> sources, UUID toLearnerId) {
        BulkChanges.expect(NativeRows.update(current.get(), MOVE_ENTRIES, toLearnerId, fromLearnerId, json.print(sources)),
                sources.size(), "the XP of learner " + fromLearnerId);
    }

    @Override
    public void deleteAwards(UUID learnerId, List<UUID> achievementIds) {
        BulkChanges.expect(NativeRows.update(current.get(), DELETE_AWARDS, learnerId, ids(achievementIds)),
                achievementIds.size(), "the achievements of learner " + learnerId);
    }

    @Override
    public void moveAwards(UUID fromLearnerId, List<UUID> achievementIds, UUID toLearnerId) {
        BulkChanges.expect(NativeRows.update(current.get(), MOVE_AWARDS, toLearnerId, fromLearnerId, ids(achievementIds)),
                achievementIds.size(), "the achievements of learner " + fromLearnerId);
    }

    private String ids(List<UUID> ids) {
        return json.print(ids.stream().map(UUID::toString).toList());
    }

    private static XpEntry entry(Object[] row) {
        return new XpEntry(uuid(row[0]), uuid(row[1]), (int) number(row[2]), text(row[3]), text(row[4]), uuid(row[5]),
                instant(row[6]));
    }
}
