package org.learningstore.core;

import java.util.Objects;
import org.learningstore.core.assessment.Assessments;
import org.learningstore.core.audit.AuditTrail;
import org.learningstore.core.id.Ids;
import org.learningstore.core.catalog.Catalog;
import org.learningstore.core.internal.AssessmentService;
import org.learningstore.core.internal.CatalogService;
import org.learningstore.core.internal.LearnerService;
import org.learningstore.core.internal.ProgressService;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.merge.MergeRecords;
import org.learningstore.core.learner.Learners;
import org.learningstore.core.port.StoreBackend;
import org.learningstore.core.progress.Progress;

/**
 * The one object a host app holds: open it with a backend module's factory
 * ({@code PostgresStores}, {@code SqliteStores}, {@code TursoStores}) and close it on shutdown.
 * Thread-safe.
 */
public final class LearningStore implements AutoCloseable {
    public static final String SYSTEM_ACTOR = "system";

    private final StoreBackend backend;
    private final StoreOptions options;
    private final Ids ids;
    private final String actor;
    private final Catalog catalog;
    private final Assessments assessments;
    private final Learners learners;
    private final Progress progress;

    /** For backend modules; host apps use a backend's factory. */
    public static LearningStore of(StoreBackend backend, StoreOptions options) {
        return new LearningStore(backend, options, new Ids(options.clock()), SYSTEM_ACTOR);
    }

    private LearningStore(StoreBackend backend, StoreOptions options, Ids ids, String actor) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.options = options;
        this.ids = ids;
        this.actor = actor;
        this.catalog = new CatalogService(backend, options.clock(), ids, actor);
        this.assessments = new AssessmentService(backend, options.clock(), ids, actor, options.masteryRules());
        this.learners = new LearnerService(backend.transactions(), backend.auditLog(), backend.json(), backend.learnerProfiles(),
                backend.learnerSessions(), new MergeRecords(backend.attempts(), backend.assessmentDefinitions(),
                backend.enrollments(), backend.lessonProgress(), backend.skillMasteries(), backend.learnerSessions(),
                backend.studySessions()), options.clock(), ids, actor);
        this.progress = new ProgressService(backend, options.clock(), ids, actor, options.masteryRules());
    }

    /**
     * A view of this store whose changes are audited as made by {@code actor} (the host app's
     * user id, for example). It shares this store's connections: close only the original.
     */
    public LearningStore actingAs(String actor) {
        return new LearningStore(backend, options, ids, Checks.requiredText("actor", actor, 200));
    }

    public String actor() {
        return actor;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Assessments assessments() {
        return assessments;
    }

    public Learners learners() {
        return learners;
    }

    public Progress progress() {
        return progress;
    }

    public AuditTrail audit() {
        return (entityType, entityId) -> backend.transactions().read(() -> backend.auditLog().history(entityType, entityId));
    }

    @Override
    public void close() {
        backend.close();
    }
}
