package org.learningstore.jpa.internal;

import static org.learningstore.jpa.internal.NativeRows.instant;
import static org.learningstore.jpa.internal.NativeRows.number;
import static org.learningstore.jpa.internal.NativeRows.rows;
import static org.learningstore.jpa.internal.NativeRows.text;
import static org.learningstore.jpa.internal.NativeRows.uuid;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.engagement.Achievement;
import org.learningstore.core.engagement.AchievementCriteria;
import org.learningstore.core.engagement.AchievementDetails;
import org.learningstore.core.engagement.AchievementMetric;
import org.learningstore.core.engagement.EarnedAchievement;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.port.AchievementDefinitions;

/** Achievement definitions by id or code, and a learner's earned ones by learner_achievements_earned_idx; native SQL. */
public final class JpaAchievementDefinitions implements AchievementDefinitions {
    /** The columns of achievement_definitions d, in the order {@link #achievement} reads them from {@code first}. */
    static final String COLUMNS = "d.id, d.code, d.title, d.description, d.kind, d.metric, d.threshold, d.scope_course_id, "
            + "d.scope_skill_id, d.xp_reward, d.icon_url, d.active, d.version, d.created_at, d.updated_at";
    static final int COLUMN_COUNT = 15;
    private static final String INSERT = """
            INSERT INTO achievement_definitions (id, code, title, description, kind, metric, threshold, scope_course_id,
            scope_skill_id, xp_reward, icon_url, active, version, created_at, updated_at)
            VALUES (?1, ?2, ?3, CAST(?4 AS text), ?5, ?6, ?7, CAST(?8 AS uuid), CAST(?9 AS uuid), ?10, CAST(?11 AS text),
            ?12, ?13, ?14, ?15)""";
    private static final String UPDATE = """
            UPDATE achievement_definitions SET code = ?1, title = ?2, description = CAST(?3 AS text), kind = ?4, metric = ?5,
            threshold = ?6, scope_course_id = CAST(?7 AS uuid), scope_skill_id = CAST(?8 AS uuid), xp_reward = ?9,
            icon_url = CAST(?10 AS text), active = ?11, version = ?12, updated_at = ?13 WHERE id = ?14 AND version = ?15""";
    private static final String FIND = "SELECT " + COLUMNS + " FROM achievement_definitions d WHERE d.id = ?1";
    private static final String FIND_BY_CODE = "SELECT " + COLUMNS + " FROM achievement_definitions d WHERE d.code = ?1";
    private static final String LIST = "SELECT " + COLUMNS
            + " FROM achievement_definitions d ORDER BY d.code COLLATE \"C\" LIMIT ?1 OFFSET ?2";
    private static final String COUNT = "SELECT count(*) FROM achievement_definitions";
    private static final String EARNED = "SELECT " + COLUMNS + ", a.earned_at, CAST(CAST(a.metadata AS jsonb) ->> 'value' AS bigint) "
            + "FROM learner_achievements a JOIN achievement_definitions d ON d.id = a.achievement_id "
            + "WHERE a.learner_id = ?1 ORDER BY a.earned_at, d.code COLLATE \"C\"";

    private final CurrentEntityManager current;

    public JpaAchievementDefinitions(CurrentEntityManager current) {
        this.current = current;
    }

    @Override
    public void insert(Achievement a) {
        AchievementDetails d = a.details();
        AchievementCriteria c = d.criteria();
        NativeRows.update(current.get(), INSERT, a.id(), d.code(), d.title(), d.description(), d.kind(), c.metric().code(),
                c.threshold(), c.scopeCourseId(), c.scopeSkillId(), d.xpReward(), d.iconUrl(), a.active(), a.version(),
                a.createdAt(), a.updatedAt());
    }

    @Override
    public void update(Achievement a, long expectedVersion) {
        AchievementDetails d = a.details();
        AchievementCriteria c = d.criteria();
        int changed = NativeRows.update(current.get(), UPDATE, d.code(), d.title(), d.description(), d.kind(),
                c.metric().code(), c.threshold(), c.scopeCourseId(), c.scopeSkillId(), d.xpReward(), d.iconUrl(), a.active(),
                a.version(), a.updatedAt(), a.id(), expectedVersion);
        if (changed != 1) {
            throw new ConflictException(null, "achievement " + a.id() + " was changed concurrently", null);
        }
    }

    @Override
    public Optional<Achievement> find(UUID id) {
        return rows(current.get(), FIND, id).stream().map(row -> achievement(row, 0)).findFirst();
    }

    @Override
    public Optional<Achievement> findByCode(String code) {
        return rows(current.get(), FIND_BY_CODE, code).stream().map(row -> achievement(row, 0)).findFirst();
    }

    @Override
    public Page<Achievement> list(PageRequest page) {
        List<Achievement> content = rows(current.get(), LIST, page.size(), page.offset()).stream()
                .map(row -> achievement(row, 0)).toList();
        return new Page<>(content, page, number(rows(current.get(), COUNT).get(0)[0]));
    }

    @Override
    public List<EarnedAchievement> earned(UUID learnerId) {
        return rows(current.get(), EARNED, learnerId).stream().map(row -> new EarnedAchievement(achievement(row, 0),
                instant(row[COLUMN_COUNT]), number(row[COLUMN_COUNT + 1]))).toList();
    }

    /** The definition whose {@link #COLUMNS} start at {@code first}. */
    static Achievement achievement(Object[] row, int first) {
        var criteria = new AchievementCriteria(AchievementMetric.fromCode(text(row[first + 5])), number(row[first + 6]),
                uuid(row[first + 7]), uuid(row[first + 8]));
        var details = new AchievementDetails(text(row[first + 1]), text(row[first + 2]), text(row[first + 3]),
                text(row[first + 4]), criteria, (int) number(row[first + 9]), text(row[first + 10]));
        return new Achievement(uuid(row[first]), details, (Boolean) row[first + 11], number(row[first + 12]),
                instant(row[first + 13]), instant(row[first + 14]));
    }
}
