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
        executor.update(rows.insert(CatalogRows.SKILLS, skill));
    }

    @Override
    public void update(Skill skill, long expectedVersion) {
        executor.update(rows.update(CatalogRows.SKILLS, skill, expectedVersion), Guard.oneRow("skill", skill.id()));
    }
}
