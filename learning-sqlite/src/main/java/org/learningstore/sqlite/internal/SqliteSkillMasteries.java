package org.learningstore.sqlite.internal;

import static org.learningstore.sqlite.internal.ProgressRows.MASTERY_COLUMNS;
import static org.learningstore.sqlite.internal.SqliteLearnerSessions.IDS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.SkillMasteries;
import org.learningstore.core.progress.SkillMastery;

/**
 * Skill mastery, keyed by (learner_id, skill_id). Saving is at most two statements whatever the
 * number of skills: the new rows from one JSON array, the changed ones from another, the latter
 * guarded to hit every row at its expected version.
 */
final class SqliteSkillMasteries implements SkillMasteries {
    private static final String FIND_ALL = "SELECT " + MASTERY_COLUMNS
            + " FROM skill_mastery m WHERE m.learner_id = ? ORDER BY m.skill_id";
    /**
     * The mastery of the learner {@code %1$s} (an SQL expression of one value) of the skills
     * {@code %2$s} (a parenthesized subquery of skill ids), by skill: the primary key.
     */
    static final String FIND_OF = "SELECT " + MASTERY_COLUMNS
            + " FROM skill_mastery m WHERE m.learner_id = %1$s AND m.skill_id IN %2$s ORDER BY m.skill_id";
    private static final String FIND = FIND_OF.formatted("?", IDS);
    private static final String INSERT = """
            INSERT INTO skill_mastery (learner_id, skill_id, status, score, answers, correct, last_practiced_at, version) \
            SELECT g.value ->> 'learnerId', g.value ->> 'skillId', g.value ->> 'status', g.value ->> 'score', \
            g.value ->> 'answers', g.value ->> 'correct', g.value ->> 'lastPracticedAt', g.value ->> 'version' \
            FROM json_each(?) AS g""";
    private static final String UPDATE = """
            UPDATE skill_mastery SET status = g.value ->> 'status', score = g.value ->> 'score', \
            answers = g.value ->> 'answers', correct = g.value ->> 'correct', \
            last_practiced_at = g.value ->> 'lastPracticedAt', version = g.value ->> 'version' \
            FROM json_each(?) AS g \
            WHERE skill_mastery.learner_id = g.value ->> 'learnerId' AND skill_mastery.skill_id = g.value ->> 'skillId' \
            AND skill_mastery.version = (g.value ->> 'version') - 1""";


    private static final String OF_LEARNERS = "SELECT " + MASTERY_COLUMNS
            + " FROM skill_mastery m WHERE m.learner_id IN " + IDS + " ORDER BY m.learner_id, m.skill_id";
    private static final String DELETE = "DELETE FROM skill_mastery WHERE learner_id = ? AND skill_id IN " + IDS;
    private static final String MOVE =
            "UPDATE skill_mastery SET learner_id = ?, version = version + 1 WHERE learner_id = ? AND skill_id IN " + IDS;

    private final SqlExecutor executor;
    private final ProgressRows rows;
    private final JsonCodec json;

    SqliteSkillMasteries(SqlExecutor executor, ProgressRows rows, JsonCodec json) {
        this.executor = executor;
        this.rows = rows;
        this.json = json;
    }

    @Override
    public List<SkillMastery> find(UUID learnerId, List<UUID> skillIds) {
        if (skillIds == null) {
            return executor.query(Sql.of(FIND_ALL, learnerId), rows::mastery);
        }
        if (skillIds.isEmpty()) {
            return List.of();
        }
        return executor.query(Sql.of(FIND, learnerId, rows.ids(skillIds)), rows::mastery);
    }

    @Override
    public void save(List<SkillMastery> masteries) {
        List<Map<String, Object>> inserted = new ArrayList<>();
        List<Map<String, Object>> updated = new ArrayList<>();
        for (SkillMastery mastery : masteries) {
            (mastery.version() == 1 ? inserted : updated).add(item(mastery));
        }
        if (!inserted.isEmpty()) {
            executor.update(Sql.of(INSERT, json.print(inserted)));
        }
        if (!updated.isEmpty()) {
            executor.update(Sql.of(UPDATE, json.print(updated)), Guard.changes(updated.size(),
                    () -> Guard.concurrentChange("the mastery of learner " + masteries.get(0).learnerId())));
        }
    }

    @Override
    public void insert(List<SkillMastery> masteries) {
        executor.update(Sql.of(INSERT, json.print(masteries.stream().map(SqliteSkillMasteries::item).toList())));
    }

    @Override
    public List<SkillMastery> listByLearners(List<UUID> learnerIds) {
        return executor.query(Sql.of(OF_LEARNERS, rows.ids(learnerIds)), rows::mastery);
    }

    @Override
    public void delete(UUID learnerId, List<UUID> skillIds) {
        executor.update(Sql.of(DELETE, learnerId, rows.ids(skillIds)), Guard.changes(skillIds.size(),
                () -> Guard.concurrentChange("the mastery of learner " + learnerId)));
    }

    @Override
    public void move(UUID fromLearnerId, List<UUID> skillIds, UUID toLearnerId) {
        executor.update(Sql.of(MOVE, toLearnerId, fromLearnerId, rows.ids(skillIds)), Guard.changes(skillIds.size(),
                () -> Guard.concurrentChange("the mastery of learner " + fromLearnerId)));
    }

    /** One row as a JSON object, its values in their stored form. */
    private static Map<String, Object> item(SkillMastery mastery) {
        var item = new LinkedHashMap<String, Object>();
        item.put("learnerId", mastery.learnerId().toString());
        item.put("skillId", mastery.skillId().toString());
        item.put("status", mastery.status().code());
        item.put("score", mastery.score());
        item.put("answers", mastery.answers());
        item.put("correct", mastery.correct());
        item.put("lastPracticedAt", mastery.lastPracticedAt() == null ? null : SqlValues.micros(mastery.lastPracticedAt()));
        item.put("version", mastery.version());
        return item;
    }
}
