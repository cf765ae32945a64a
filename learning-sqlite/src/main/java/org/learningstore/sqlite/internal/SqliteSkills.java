package org.learningstore.sqlite.internal;

import static org.learningstore.sqlite.internal.CatalogRows.SKILL_COLUMNS;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.catalog.Skill;
import org.learningstore.core.port.Skills;

final class SqliteSkills implements Skills {
    private static final String FIND = "SELECT " + SKILL_COLUMNS + " FROM skills s WHERE s.id = ?";
    /** {@code IS} matches the roots when the argument is NULL and is still an indexed equality otherwise. */
    private static final String CHILDREN =
            "SELECT " + SKILL_COLUMNS + " FROM skills s WHERE s.parent_id IS ? ORDER BY s.name, s.id";
    private static final String INSERT = """
            INSERT INTO skills (id, parent_id, name, description, level, version, created_at, updated_at) \
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE = """
            UPDATE skills SET parent_id = ?, name = ?, description = ?, level = ?, version = ?, updated_at = ? \
            WHERE id = ? AND version = ?""";

    private final SqlExecutor executor;
    private final CatalogRows rows;

    SqliteSkills(SqlExecutor executor, CatalogRows rows) {
        this.executor = executor;
        this.rows = rows;
    }

    @Override
    public Optional<Skill> find(UUID id) {
        return executor.queryOne(Sql.of(FIND, id), rows::skill);
    }

    @Override
    public List<Skill> children(UUID parentId) {
        return executor.query(Sql.of(CHILDREN, parentId), rows::skill);
    }

    @Override
    public void insert(Skill skill) {
        var details = skill.details();
        executor.update(Sql.of(INSERT, skill.id(), skill.parentId(), details.name(), details.description(),
                details.level().code(), skill.version(), skill.createdAt(), skill.updatedAt()));
    }

    @Override
    public void update(Skill skill, long expectedVersion) {
        var details = skill.details();
        executor.update(Sql.of(UPDATE, skill.parentId(), details.name(), details.description(), details.level().code(),
                skill.version(), skill.updatedAt(), skill.id(), expectedVersion), Guard.oneRow("skill", skill.id()));
    }
}
