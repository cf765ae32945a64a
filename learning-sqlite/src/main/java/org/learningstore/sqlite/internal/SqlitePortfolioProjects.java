package org.learningstore.sqlite.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.engagement.GalleryOrder;
import org.learningstore.core.engagement.Project;
import org.learningstore.core.engagement.ProjectDetails;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.port.PortfolioProjects;

/**
 * Projects and their likes. After the insert a project changes only by statements guarded on one
 * row. A like's insert (or delete) is guarded on one row and the like count moves by one in the
 * same unit, so the count equals the likes under any concurrency: a like taken (or gone) since
 * the unit read it fails the guard, and the unit runs again.
 */
final class SqlitePortfolioProjects implements PortfolioProjects {
    private static final String COLUMNS = """
            p.id, p.learner_id, p.course_id, p.title, p.description, p.kind, p.artifact, p.metrics, p.public, p.featured, \
            p.external_token, p.view_count, p.like_count, p.version, p.created_at, p.updated_at""";
    private static final String TARGET = """
            SELECT c.deleted_at IS NULL AS course_live, \
            EXISTS (SELECT 1 FROM learners l WHERE l.id = ? AND l.deleted_at IS NULL) AS learner_live \
            FROM courses c WHERE c.id = ?""";
    private static final String FIND = "SELECT " + COLUMNS + " FROM projects p WHERE p.id = ?";
    private static final String FIND_BY_TOKEN = "SELECT " + COLUMNS + " FROM projects p WHERE p.external_token = ?";
    private static final String INSERT = """
            INSERT INTO projects (id, learner_id, course_id, title, description, kind, artifact, metrics, public, featured, \
            external_token, view_count, like_count, version, created_at, updated_at) \
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE = """
            UPDATE projects SET title = ?, description = ?, kind = ?, artifact = ?, metrics = ?, public = ?, \
            external_token = ?, featured = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?""";
    private static final String DELETE = "DELETE FROM projects WHERE id = ?";
    private static final String ADD_VIEW = "UPDATE projects SET view_count = view_count + 1 WHERE id = ?";
    private static final String LIKE_STATE = "SELECT " + COLUMNS + ", EXISTS (SELECT 1 FROM project_likes k"
            + " WHERE k.project_id = p.id AND k.learner_id = ?) AS liked FROM projects p WHERE p.id = ?";
    private static final String INSERT_LIKE =
            "INSERT INTO project_likes (project_id, learner_id, liked_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String DELETE_LIKE = "DELETE FROM project_likes WHERE project_id = ? AND learner_id = ?";
    private static final String MOVE_LIKE_COUNT = "UPDATE projects SET like_count = like_count + ? WHERE id = ?";
    private static final String NEWEST_AFTER = "(p.created_at < ? OR (p.created_at = ? AND p.id < ?))";
    private static final String GALLERY = "SELECT " + COLUMNS + " FROM projects p JOIN courses c ON c.id = p.course_id"
            + " WHERE p.public = 1 AND c.deleted_at IS NULL";
    private static final String OF_LEARNER = "SELECT " + COLUMNS + " FROM projects p WHERE p.learner_id = ?";
    private static final String NEWEST_FIRST = " ORDER BY p.created_at DESC, p.id DESC LIMIT ?";

    private final SqlExecutor executor;

    SqlitePortfolioProjects(SqlExecutor executor) {
        this.executor = executor;
    }

    @Override
    public Target target(UUID learnerId, UUID courseId) {
        return executor.queryOne(Sql.of(TARGET, learnerId, courseId),
                        row -> new Target(row.flag("course_live"), row.flag("learner_live")))
                .orElse(new Target(false, false));
    }

    @Override
    public Optional<Project> find(UUID projectId) {
        return executor.queryOne(Sql.of(FIND, projectId), SqlitePortfolioProjects::project);
    }

    @Override
    public Optional<Project> findByExternalToken(String externalToken) {
        return executor.queryOne(Sql.of(FIND_BY_TOKEN, externalToken), SqlitePortfolioProjects::project);
    }

    @Override
    public void insert(Project p) {
        ProjectDetails d = p.details();
        executor.update(Sql.of(INSERT, p.id(), p.learnerId(), p.courseId(), d.title(), d.description(), d.kind(),
                d.artifact(), d.metrics(), d.isPublic(), p.featured(), d.externalToken(), p.viewCount(), p.likeCount(),
                p.version(), p.createdAt(), p.updatedAt()));
    }

    @Override
    public void update(Project p, long expectedVersion) {
        ProjectDetails d = p.details();
        executor.update(Sql.of(UPDATE, d.title(), d.description(), d.kind(), d.artifact(), d.metrics(), d.isPublic(),
                d.externalToken(), p.featured(), p.version(), p.updatedAt(), p.id(), expectedVersion),
                Guard.oneRow("project", p.id()));
    }

    @Override
    public void delete(UUID projectId) {
        executor.update(Sql.of(DELETE, projectId), Guard.oneRow("project", projectId));
    }

    @Override
    public void addView(UUID projectId) {
        executor.update(Sql.of(ADD_VIEW, projectId), Guard.changes(1, () -> new NotFoundException("project", projectId)));
    }

    @Override
    public Optional<LikeState> likeState(UUID projectId, UUID learnerId) {
        return executor.queryOne(Sql.of(LIKE_STATE, learnerId, projectId),
                row -> new LikeState(project(row), row.flag("liked")));
    }

    @Override
    public void addLike(UUID projectId, UUID learnerId, Instant likedAt) {
        executor.update(Sql.of(INSERT_LIKE, projectId, learnerId, likedAt), Guard.oneRow("the like of project", projectId));
        executor.update(Sql.of(MOVE_LIKE_COUNT, 1, projectId));
    }

    @Override
    public void removeLike(UUID projectId, UUID learnerId) {
        executor.update(Sql.of(DELETE_LIKE, projectId, learnerId), Guard.oneRow("the like of project", projectId));
        executor.update(Sql.of(MOVE_LIKE_COUNT, -1, projectId));
    }

    /** On {@code projects_gallery_idx} or {@code projects_featured_idx}. */
    @Override
    public List<Project> gallery(GalleryOrder order, Key after, int limit) {
        var sql = new StringBuilder(GALLERY);
        var args = new ArrayList<>();
        if (after != null) {
            if (order == GalleryOrder.NEWEST) {
                sql.append(" AND ").append(NEWEST_AFTER);
            } else if (after.featured()) {
                // after a featured project: the older featured ones, then every other
                sql.append(" AND (p.featured = 0 OR (p.featured = 1 AND ").append(NEWEST_AFTER).append("))");
            } else {
                sql.append(" AND p.featured = 0 AND ").append(NEWEST_AFTER);
            }
            args.addAll(List.of(after.createdAt(), after.createdAt(), after.id()));
        }
        sql.append(order == GalleryOrder.FEATURED ? " ORDER BY p.featured DESC, p.created_at DESC, p.id DESC LIMIT ?" : NEWEST_FIRST);
        args.add(limit);
        return executor.query(new Sql(sql.toString(), args), SqlitePortfolioProjects::project);
    }

    /** On {@code projects_learner_idx}. */
    @Override
    public List<Project> ofLearner(UUID learnerId, Key after, int limit) {
        var args = new ArrayList<>();
        args.add(learnerId);
        String keyset = "";
        if (after != null) {
            keyset = " AND " + NEWEST_AFTER;
            args.addAll(List.of(after.createdAt(), after.createdAt(), after.id()));
        }
        args.add(limit);
        return executor.query(new Sql(OF_LEARNER + keyset + NEWEST_FIRST, args), SqlitePortfolioProjects::project);
    }

    private static Project project(Row row) {
        return new Project(row.uuid("id"), row.uuid("learner_id"), row.uuid("course_id"),
                new ProjectDetails(row.text("title"), row.text("description"), row.text("kind"), row.text("artifact"),
                        row.text("metrics"), row.flag("public"), row.text("external_token")),
                row.flag("featured"), row.integer("view_count"), (int) row.integer("like_count"), row.integer("version"),
                row.instant("created_at"), row.instant("updated_at"));
    }
}
