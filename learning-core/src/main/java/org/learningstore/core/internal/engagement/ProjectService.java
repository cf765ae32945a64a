package org.learningstore.core.internal.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.learningstore.core.engagement.GalleryOrder;
import org.learningstore.core.engagement.Project;
import org.learningstore.core.engagement.ProjectDetails;
import org.learningstore.core.engagement.Projects;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.error.RuleViolationException;
import org.learningstore.core.id.Ids;
import org.learningstore.core.internal.work.Existing;
import org.learningstore.core.internal.work.UnitsOfWork;
import org.learningstore.core.internal.work.Versions;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.json.FreeFormJson;
import org.learningstore.core.paging.CursorRequest;
import org.learningstore.core.paging.CursoredPage;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.PortfolioProjects;

/** Portfolio projects: created by a live learner in a live course, changed only by their owner; likes and views. */
public final class ProjectService implements Projects {
    private static final String MINE = "mine";

    private final UnitsOfWork units;
    private final Ids ids;
    private final PortfolioProjects projects;
    private final JsonCodec json;
    private final Rewards rewards;

    public ProjectService(UnitsOfWork units, Ids ids, PortfolioProjects projects, JsonCodec json, Rewards rewards) {
        this.units = units;
        this.ids = ids;
        this.projects = projects;
        this.json = json;
        this.rewards = rewards;
    }

    @Override
    public Project create(UUID learnerId, UUID courseId, ProjectDetails details) {
        Checks.required("learnerId", learnerId);
        Checks.required("courseId", courseId);
        checked(details);
        return units.write(() -> {
            PortfolioProjects.Target target = projects.target(learnerId, courseId);
            if (!target.courseLive()) {
                throw new NotFoundException("course", courseId);
            }
            if (!target.learnerLive()) {
                throw new NotFoundException("learner", learnerId);
            }
            Rewards.Before before = rewards.read(Set.of(learnerId), Set.of(EngagementEvent.ProjectCreated.class));
            Instant now = units.now();
            Project project = new Project(ids.next(), learnerId, courseId, details, false, 0, 0, 1, now, now);
            projects.insert(project);
            rewards.apply(before, List.of(new EngagementEvent.ProjectCreated(learnerId, project.id(), courseId)), now);
            return project;
        });
    }

    @Override
    public Project edit(UUID learnerId, UUID projectId, long expectedVersion, ProjectDetails details) {
        checked(details);
        return units.write(() -> {
            Project current = owned(learnerId, projectId);
            Versions.requireCurrent("project", projectId, expectedVersion, current.version());
            return updated(current, details, current.featured());
        });
    }

    @Override
    public void delete(UUID learnerId, UUID projectId) {
        units.write(() -> {
            owned(learnerId, projectId);
            projects.delete(projectId);
            return null;
        });
    }

    @Override
    public Project feature(UUID projectId, boolean featured) {
        return units.write(() -> {
            Project current = Existing.of("project", projectId, projects::find);
            return updated(current, current.details(), featured);
        });
    }

    @Override
    public Optional<Project> find(UUID projectId) {
        Checks.required("projectId", projectId);
        return units.read(() -> projects.find(projectId));
    }

    @Override
    public Optional<Project> findByExternalToken(String externalToken) {
        Checks.lookup("externalToken", externalToken);
        return units.read(() -> projects.findByExternalToken(externalToken));
    }

    @Override
    public void recordView(UUID projectId) {
        Checks.required("projectId", projectId);
        units.write(() -> {
            projects.addView(projectId);
            return null;
        });
    }

    @Override
    public boolean like(UUID learnerId, UUID projectId) {
        Checks.required("learnerId", learnerId);
        return units.write(() -> {
            PortfolioProjects.LikeState state = likeState(learnerId, projectId);
            if (!state.project().details().isPublic() && !state.project().learnerId().equals(learnerId)) {
                throw new RuleViolationException("project.not_public", "project " + projectId + " is not public");
            }
            if (state.liked()) {
                return false;
            }
            projects.addLike(projectId, learnerId, units.now());
            return true;
        });
    }

    @Override
    public boolean unlike(UUID learnerId, UUID projectId) {
        Checks.required("learnerId", learnerId);
        return units.write(() -> {
            if (!likeState(learnerId, projectId).liked()) {
                return false;
            }
            projects.removeLike(projectId, learnerId);
            return true;
        });
    }

    @Override
    public boolean likes(UUID learnerId, UUID projectId) {
        Checks.required("learnerId", learnerId);
        return units.read(() -> likeState(learnerId, projectId).liked());
    }

    @Override
    public CursoredPage<Project> gallery(GalleryOrder order, CursorRequest page) {
        Checks.required("order", order);
        Checks.required("page", page);
        PortfolioProjects.Key after = after(order.name(), page);
        List<Project> rows = units.read(() -> projects.gallery(order, after, page.size() + 1));
        return KeysetPages.page(rows, page.size(), last -> cursor(order.name(), last));
    }

    @Override
    public CursoredPage<Project> ofLearner(UUID learnerId, CursorRequest page) {
        Checks.required("learnerId", learnerId);
        Checks.required("page", page);
        PortfolioProjects.Key after = after(MINE, page);
        List<Project> rows = units.read(() -> projects.ofLearner(learnerId, after, page.size() + 1));
        return KeysetPages.page(rows, page.size(), last -> cursor(MINE, last));
    }

    private Project updated(Project current, ProjectDetails details, boolean featured) {
        Project changed = new Project(current.id(), current.learnerId(), current.courseId(), details, featured,
                current.viewCount(), current.likeCount(), current.version() + 1, current.createdAt(), units.now());
        projects.update(changed, current.version());
        return changed;
    }

    private PortfolioProjects.LikeState likeState(UUID learnerId, UUID projectId) {
        return Existing.of("project", projectId, id -> projects.likeState(id, learnerId));
    }

    private static PortfolioProjects.Key after(String list, CursorRequest page) {
        return page.after() == null ? null : KeysetPages.decode(list, page.after(), 3,
                v -> new PortfolioProjects.Key(Boolean.parseBoolean(v[0]), Checks.instant("cursor", Instant.parse(v[1])),
                        UUID.fromString(v[2])));
    }

    private static String cursor(String list, Project last) {
        return KeysetPages.encode(list, last.featured(), last.createdAt(), last.id());
    }

    private void checked(ProjectDetails details) {
        Checks.required("details", details);
        FreeFormJson.requireObject("artifact", details.artifact(), json);
        FreeFormJson.requireObject("metrics", details.metrics(), json);
    }

    /** The project, if {@code learnerId} owns it. */
    private Project owned(UUID learnerId, UUID projectId) {
        Checks.required("learnerId", learnerId);
        Project project = Existing.of("project", projectId, projects::find);
        if (!project.learnerId().equals(learnerId)) {
            throw new RuleViolationException("project.not_owner", "only the owner of project " + projectId + " may change it");
        }
        return project;
    }
}
