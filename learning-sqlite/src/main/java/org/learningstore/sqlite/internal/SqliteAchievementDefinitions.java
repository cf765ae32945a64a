package org.learningstore.sqlite.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.engagement.Achievement;
import org.learningstore.core.engagement.AchievementCriteria;
import org.learningstore.core.engagement.AchievementDetails;
import org.learningstore.core.engagement.AchievementMetric;
import org.learningstore.core.engagement.EarnedAchievement;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.port.AchievementDefinitions;

/** Achievement definitions by id or code, and a learner's earned ones by learner_achievements_earned_idx. */
final class SqliteAchievementDefinitions implements AchievementDefinitions {
    /** The columns of achievement_definitions d, as {@link #achievement} reads them. */
    static final String COLUMNS = "d.id, d.code, d.title, d.description, d.kind, d.metric, d.threshold, d.scope_course_id, "
            + "d.scope_skill_id, d.xp_reward, d.icon_url, d.active, d.version, d.created_at, d.updated_at";
    private static final String INSERT = """
            INSERT INTO achievement_definitions (id, code, title, description, kind, metric, threshold, scope_course_id, \
            scope_skill_id, xp_reward, icon_url, active, version, created_at, updated_at) \
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE = """
            UPDATE achievement_definitions SET code = ?, title = ?, description = ?, kind = ?, metric = ?, threshold = ?, \
            scope_course_id = ?, scope_skill_id = ?, xp_reward = ?, icon_url = ?, active = ?, version = ?, updated_at = ? \
            WHERE id = ? AND version = ?""";
    private static final String FIND = "SELECT " + COLUMNS + " FROM achievement_definitions d WHERE d.id = ?";
    private static final String FIND_BY_CODE = "SELECT " + COLUMNS + " FROM achievement_definitions d WHERE d.code = ?";
    private static final String LIST = "SELECT " + COLUMNS + " FROM achievement_definitions d ORDER BY d.code LIMIT ? OFFSET ?";
    private static final String COUNT = "SELECT count(*) AS total FROM achievement_definitions";
    private static final String EARNED = "SELECT " + COLUMNS + ", a.earned_at, a.metadata ->> 'value' AS metric_value "
            + "FROM learner_achievements a JOIN achievement_definitions d ON d.id = a.achievement_id "
            + "WHERE a.learner_id = ? ORDER BY a.earned_at, d.code";

    private final SqlExecutor executor;

    SqliteAchievementDefinitions(SqlExecutor executor) {
        this.executor = executor;
    }

    @Override
    public void insert(Achievement a) {
        AchievementDetails d = a.details();
        AchievementCriteria c = d.criteria();
        executor.update(Sql.of(INSERT, a.id(), d.code(), d.title(), d.description(), d.kind(), c.metric().code(), c.threshold(),
                c.scopeCourseId(), c.scopeSkillId(), d.xpReward(), d.iconUrl(), a.active(), a.version(), a.createdAt(),
                a.updatedAt()));
    }

    @Override
    public void update(Achievement a, long expectedVersion) {
        AchievementDetails d = a.details();
        AchievementCriteria c = d.criteria();
        executor.update(Sql.of(UPDATE, d.code(), d.title(), d.description(), d.kind(), c.metric().code(), c.threshold(),
                c.scopeCourseId(), c.scopeSkillId(), d.xpReward(), d.iconUrl(), a.active(), a.version(), a.updatedAt(),
                a.id(), expectedVersion), Guard.oneRow("achievement", a.id()));
    }

    @Override
    public Optional<Achievement> find(UUID id) {
        return executor.queryOne(Sql.of(FIND, id), SqliteAchievementDefinitions::achievement);
    }

    @Override
    public Optional<Achievement> findByCode(String code) {
        return executor.queryOne(Sql.of(FIND_BY_CODE, code), SqliteAchievementDefinitions::achievement);
    }

    @Override
    public Page<Achievement> list(PageRequest page) {
        List<List<Row>> results = executor.queryAll(List.of(Sql.of(LIST, page.size(), page.offset()), Sql.of(COUNT)));
        return new Page<>(results.get(0).stream().map(SqliteAchievementDefinitions::achievement).toList(), page,
                results.get(1).get(0).integer("total"));
    }

    @Override
    public List<EarnedAchievement> earned(UUID learnerId) {
        return executor.query(Sql.of(EARNED, learnerId),
                row -> new EarnedAchievement(achievement(row), row.instant("earned_at"), row.integer("metric_value")));
    }

    static Achievement achievement(Row row) {
        var criteria = new AchievementCriteria(AchievementMetric.fromCode(row.text("metric")), row.integer("threshold"),
                row.uuid("scope_course_id"), row.uuid("scope_skill_id"));
        var details = new AchievementDetails(row.text("code"), row.text("title"), row.text("description"), row.text("kind"),
                criteria, row.int32("xp_reward"), row.text("icon_url"));
        return new Achievement(row.uuid("id"), details, row.flag("active"), row.integer("version"), row.instant("created_at"),
                row.instant("updated_at"));
    }
}
