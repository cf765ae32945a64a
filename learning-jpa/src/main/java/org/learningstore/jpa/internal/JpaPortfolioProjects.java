package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.engagement.GalleryOrder;
import org.learningstore.core.engagement.Project;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.port.PortfolioProjects;

/**
 * Projects over {@link ProjectEntity} and likes over {@link ProjectLikeEntity}. After the insert
 * a project changes only by guarded bulk statements; the like count moves by one in SQL in the
 * unit that inserts or deletes the like, so it equals the likes under any concurrency (a second
 * like of one learner fails on the primary key, a second unlike deletes nothing: both run again).
 */
public final class JpaPortfolioProjects implements PortfolioProjects {
    private static final String NEWEST_AFTER = "(p.createdAt < :at or (p.createdAt = :at and p.id < :id))";

    private final CurrentEntityManager current;

    public JpaPortfolioProjects(CurrentEntityManager current) {
        this.current = current;
    }

    /** One statement: the course's deletion time, with the count of live learners of the id. */
    @Override
    public Target target(UUID learnerId, UUID courseId) {
        return current.get().createQuery("select c.deletedAt, (select count(l) from LearnerEntity l"
                        + " where l.id = :learner and l.deletedAt is null) from CourseEntity c where c.id = :course",
                        Object[].class)
                .setParameter("course", courseId)
                .setParameter("learner", learnerId)
                .getResultStream()
                .findFirst()
                .map(row -> new Target(row[0] == null, ((Number) row[1]).longValue() == 1))
                .orElse(new Target(false, false));
    }

    @Override
    public Optional<Project> find(UUID projectId) {
        return Optional.ofNullable(current.get().find(ProjectEntity.class, projectId)).map(EngagementMapping::toRecord);
    }

    /** On {@code projects_external_token_key}. */
    @Override
    public Optional<Project> findByExternalToken(String externalToken) {
        return current.get().createQuery("select p from ProjectEntity p where p.externalToken = :token", ProjectEntity.class)
                .setParameter("token", externalToken)
                .getResultStream()
                .findFirst()
                .map(EngagementMapping::toRecord);
    }

    @Override
    public void insert(Project project) {
        current.get().persist(EngagementMapping.toEntity(project));
    }

    @Override
    public void update(Project project, long expectedVersion) {
        var details = project.details();
        int updated = current.get().createQuery("update ProjectEntity p set p.title = :title, p.description = :description,"
                        + " p.kind = :kind, p.artifact = :artifact, p.metrics = :metrics, p.isPublic = :public,"
                        + " p.externalToken = :token, p.featured = :featured, p.version = :version, p.updatedAt = :at"
                        + " where p.id = :id and p.version = :expected")
                .setParameter("title", details.title())
                .setParameter("description", details.description())
                .setParameter("kind", details.kind())
                .setParameter("artifact", details.artifact())
                .setParameter("metrics", details.metrics())
                .setParameter("public", details.isPublic())
                .setParameter("token", details.externalToken())
                .setParameter("featured", project.featured())
                .setParameter("version", project.version())
                .setParameter("at", project.updatedAt())
                .setParameter("id", project.id())
                .setParameter("expected", expectedVersion)
                .executeUpdate();
        requireOne(updated, project.id());
    }

    @Override
    public void delete(UUID projectId) {
        requireOne(current.get().createQuery("delete from ProjectEntity p where p.id = :id")
                .setParameter("id", projectId)
                .executeUpdate(), projectId);
    }

    @Override
    public void addView(UUID projectId) {
        int updated = current.get().createQuery("update ProjectEntity p set p.viewCount = p.viewCount + 1 where p.id = :id")
                .setParameter("id", projectId)
                .executeUpdate();
        if (updated == 0) {
            throw new NotFoundException("project", projectId);
        }
    }

    /** One statement: the project with the count of the learner's likes of it. */
    @Override
    public Optional<LikeState> likeState(UUID projectId, UUID learnerId) {
        return current.get().createQuery("select p, (select count(l) from ProjectLikeEntity l"
                        + " where l.projectId = p.id and l.learnerId = :learner) from ProjectEntity p where p.id = :id",
                        Object[].class)
                .setParameter("learner", learnerId)
                .setParameter("id", projectId)
                .getResultStream()
                .findFirst()
                .map(row -> new LikeState(EngagementMapping.toRecord((ProjectEntity) row[0]),
                        ((Number) row[1]).longValue() == 1));
    }

    /** Two statements: the like's insert (flushed first, so a duplicate fails before the count moves), the count. */
    @Override
    public void addLike(UUID projectId, UUID learnerId, Instant likedAt) {
        EntityManager entityManager = current.get();
        entityManager.persist(new ProjectLikeEntity(projectId, learnerId, likedAt));
        entityManager.flush();
        moveLikeCount(entityManager, projectId, 1);
    }

    @Override
    public void removeLike(UUID projectId, UUID learnerId) {
        EntityManager entityManager = current.get();
        int deleted = entityManager.createQuery("delete from ProjectLikeEntity l"
                        + " where l.projectId = :project and l.learnerId = :learner")
                .setParameter("project", projectId)
                .setParameter("learner", learnerId)
                .executeUpdate();
        requireOne(deleted, projectId);
        moveLikeCount(entityManager, projectId, -1);
    }

    /** On {@code projects_gallery_idx} or {@code projects_featured_idx}, with each project's course. */
    @Override
    public List<Project> gallery(GalleryOrder order, Key after, int limit) {
        String keyset = after == null ? ""
                : " and " + (order == GalleryOrder.FEATURED ? featuredAfter(after) : NEWEST_AFTER);
        String featuredFirst = order == GalleryOrder.FEATURED ? "p.featured desc, " : "";
        TypedQuery<ProjectEntity> query = current.get().createQuery("select p from ProjectEntity p"
                + " join CourseEntity c on c.id = p.courseId where p.isPublic = true and c.deletedAt is null" + keyset
                + " order by " + featuredFirst + "p.createdAt desc, p.id desc", ProjectEntity.class);
        return page(query, after, limit);
    }

    /** On {@code projects_learner_idx}. */
    @Override
    public List<Project> ofLearner(UUID learnerId, Key after, int limit) {
        TypedQuery<ProjectEntity> query = current.get().createQuery("select p from ProjectEntity p where p.learnerId = :learner"
                + (after == null ? "" : " and " + NEWEST_AFTER) + " order by p.createdAt desc, p.id desc", ProjectEntity.class)
                .setParameter("learner", learnerId);
        return page(query, after, limit);
    }

    /** After a featured project come the older featured ones, then every other; after another, the older others. */
    private static String featuredAfter(Key after) {
        return after.featured() ? "(p.featured = false or (p.featured = true and " + NEWEST_AFTER + "))"
                : "(p.featured = false and " + NEWEST_AFTER + ")";
    }

    private static List<Project> page(TypedQuery<ProjectEntity> query, Key after, int limit) {
        if (after != null) {
            query.setParameter("at", after.createdAt()).setParameter("id", after.id());
        }
        return query.setMaxResults(limit).getResultStream().map(EngagementMapping::toRecord).toList();
    }

    private static void moveLikeCount(EntityManager entityManager, UUID projectId, int delta) {
        entityManager.createQuery("update ProjectEntity p set p.likeCount = p.likeCount + :delta where p.id = :id")
                .setParameter("delta", delta)
                .setParameter("id", projectId)
                .executeUpdate();
    }

    /** The project or like changed or went since the unit read it: running the unit again sees what happened. */
    private static void requireOne(int changed, UUID projectId) {
        if (changed != 1) {
            throw new ConflictException(null, "project " + projectId + " was changed concurrently", null);
        }
    }
}
