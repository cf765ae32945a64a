package org.learningstore.sqlite.internal;

import static org.learningstore.sqlite.internal.CatalogRows.MODULE_COLUMNS;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.port.CourseModules;
import org.learningstore.core.port.JsonCodec;

final class SqliteCourseModules implements CourseModules {
    private static final String FIND = "SELECT " + MODULE_COLUMNS + " FROM modules m WHERE m.id = ?";
    private static final String LIST_BY_COURSE =
            "SELECT " + MODULE_COLUMNS + " FROM modules m WHERE m.course_id = ? ORDER BY m.position";
    private static final String DELETE = "DELETE FROM modules WHERE id = ?";

    private final SqlExecutor executor;
    private final CatalogRows rows;
    private final JsonCodec json;

    SqliteCourseModules(SqlExecutor executor, CatalogRows rows, JsonCodec json) {
        this.executor = executor;
        this.rows = rows;
        this.json = json;
    }

    @Override
    public Optional<CourseModule> find(UUID id) {
        return executor.queryOne(Sql.of(FIND, id), rows::module);
    }

    @Override
    public List<CourseModule> listByCourse(UUID courseId) {
        return executor.query(Sql.of(LIST_BY_COURSE, courseId), rows::module);
    }

    @Override
    public void insert(CourseModule module) {
        executor.update(rows.insert(CatalogRows.MODULES, module));
    }

    @Override
    public void insertAll(List<CourseModule> modules) {
        rows.insertAll(CatalogRows.MODULES, modules).forEach(executor::update);
    }

    @Override
    public void update(CourseModule module, long expectedVersion) {
        executor.update(rows.update(CatalogRows.MODULES, module, expectedVersion), Guard.oneRow("module", module.id()));
    }

    @Override
    public void delete(UUID id) {
        executor.update(Sql.of(DELETE, id), Guard.oneRow("module", id));
    }

    @Override
    public void reposition(UUID courseId, List<UUID> orderedIds) {
        Repositioning.MODULES.apply(executor, json, courseId, orderedIds);
    }
}
