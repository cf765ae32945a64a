package org.learningstore.core;

import java.util.Objects;
import java.util.function.Function;
import org.learningstore.core.assessment.Assessments;
import org.learningstore.core.audit.AuditTrail;
import org.learningstore.core.catalog.Catalog;
import org.learningstore.core.engagement.Achievements;
import org.learningstore.core.engagement.Discussions;
import org.learningstore.core.engagement.Engagement;
import org.learningstore.core.engagement.LearningEvents;
import org.learningstore.core.engagement.Leaderboards;
import org.learningstore.core.engagement.Notes;
import org.learningstore.core.engagement.Projects;
import org.learningstore.core.engagement.XpLedger;
import org.learningstore.core.id.Ids;
import org.learningstore.core.imports.Imports;
import org.learningstore.core.internal.AchievementService;
import org.learningstore.core.internal.AssessmentAuthoring;
import org.learningstore.core.internal.AssessmentService;
import org.learningstore.core.internal.AttemptAnnotations;
import org.learningstore.core.internal.AttemptGrader;
import org.learningstore.core.internal.AttemptLifecycle;
import org.learningstore.core.internal.AttemptViews;
import org.learningstore.core.internal.CatalogImporter;
import org.learningstore.core.internal.CatalogService;
import org.learningstore.core.internal.ClosableTransactions;
import org.learningstore.core.internal.CourseLifecycle;
import org.learningstore.core.internal.CourseStructure;
import org.learningstore.core.internal.EnrollmentService;
import org.learningstore.core.internal.HealthCheck;
import org.learningstore.core.internal.HistoryImporter;
import org.learningstore.core.internal.ImportWriters;
import org.learningstore.core.internal.LeaderboardService;
import org.learningstore.core.internal.LearnerService;
import org.learningstore.core.internal.LearningEventService;
import org.learningstore.core.internal.LessonProgressService;
import org.learningstore.core.internal.LiveLearners;
import org.learningstore.core.internal.ProgressReports;
import org.learningstore.core.internal.ProgressService;
import org.learningstore.core.internal.PrivacyService;
import org.learningstore.core.internal.ProgressWrites;
import org.learningstore.core.internal.ReportService;
import org.learningstore.core.internal.SkillTree;
import org.learningstore.core.internal.StoreImports;
import org.learningstore.core.internal.StudyService;
import org.learningstore.core.internal.XpService;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.engagement.DiscussionService;
import org.learningstore.core.internal.engagement.EngagementParts;
import org.learningstore.core.internal.engagement.NoteService;
import org.learningstore.core.internal.engagement.PostModeration;
import org.learningstore.core.internal.engagement.PostReactions;
import org.learningstore.core.internal.engagement.PostWriting;
import org.learningstore.core.internal.engagement.ProjectService;
import org.learningstore.core.internal.engagement.Rewards;
import org.learningstore.core.internal.engagement.RewardsPolicy;
import org.learningstore.core.internal.engagement.StoredRewards;
import org.learningstore.core.internal.engagement.ThreadReading;
import org.learningstore.core.internal.merge.MergeRecords;
import org.learningstore.core.internal.work.Auditor;
import org.learningstore.core.internal.work.OperationBoundary;
import org.learningstore.core.internal.work.UnitsOfWork;
import org.learningstore.core.learner.Learners;
import org.learningstore.core.port.StoreBackend;
import org.learningstore.core.privacy.Privacy;
import org.learningstore.core.progress.Progress;
import org.learningstore.core.report.Reports;
import org.learningstore.core.report.StoreHealth;

/**
 * The one object a host app holds: open it with a backend module's factory
 * ({@code PostgresStores}, {@code SqliteStores}, {@code TursoStores}) and close it on shutdown.
 * Thread-safe.
 */
public final class LearningStore implements AutoCloseable {
    public static final String SYSTEM_ACTOR = "system";

    private final StoreBackend backend;
    private final ClosableTransactions transactions;
    private final boolean owner;
    private final StoreOptions options;
    private final Ids ids;
    private final String actor;
    private final Catalog catalog;
    private final Assessments assessments;
    private final Learners learners;
    private final Progress progress;
    private final Engagement engagement;
    private final Reports reports;
    private final HealthCheck health;
    private final OperationBoundary boundary;
    private final Privacy privacy;
    private final Imports imports;

    /** For backend modules; host apps use a backend's factory. */
    public static LearningStore of(StoreBackend backend, StoreOptions options) {
        Objects.requireNonNull(backend, "backend");
        return new LearningStore(backend, new ClosableTransactions(backend.transactions(), backend::close), true,
                options, new Ids(options.clock()), SYSTEM_ACTOR);
    }

    private LearningStore(StoreBackend backend, ClosableTransactions transactions, boolean owner, StoreOptions options,
                          Ids ids, String actor) {
        this.backend = backend;
        this.transactions = transactions;
        this.owner = owner;
        this.options = options;
        this.ids = ids;
        this.actor = actor;
        this.boundary = new OperationBoundary(options.keepDriverCause());
        UnitsOfWork units = new UnitsOfWork(transactions, options.clock());
        Rewards rewards = new StoredRewards(backend.rewardRecords(), backend.learningEvents(),
                new RewardsPolicy(options.xpRules(), ids::next), options.clock());
        Auditor auditor = new Auditor(backend.auditLog(), backend.json(), units, ids, actor);
        this.catalog = boundary.around(Catalog.class, new CatalogService(new CourseLifecycle(backend.courses(), units, auditor, ids),
                new CourseStructure(backend.courses(), backend.modules(), backend.lessons(), backend.json(), units, auditor, ids),
                new SkillTree(backend.skills(), backend.lessons(), backend.json(), units, auditor, ids)));
        ProgressWrites progressWrites = new ProgressWrites(backend.lessonProgress(), backend.enrollments(), backend.skillMasteries());
        this.assessments = boundary.around(Assessments.class, new AssessmentService(
                new AssessmentAuthoring(units, auditor, ids,
                        backend.courses(), backend.modules(), backend.lessons(), backend.skills(), backend.assessmentDefinitions()),
                new AttemptLifecycle(units, ids, backend.attempts(), backend.assessmentDefinitions(),
                        new AttemptGrader(backend.attempts(), progressWrites, options.masteryRules(), rewards), backend.json()),
                new AttemptViews(units, backend.attempts(), backend.assessmentDefinitions()),
                new AttemptAnnotations(units, backend.attempts(), auditor, backend.json())));
        this.learners = boundary.around(Learners.class, new LearnerService(units, auditor, ids, backend.json(), backend.learnerProfiles(), backend.learnerSessions(),
                new MergeRecords(backend.attempts(), backend.assessmentDefinitions(), backend.enrollments(),
                        backend.lessonProgress(), backend.skillMasteries(), backend.learnerSessions(), backend.studySessions(),
                        backend.rewardRecords())));
        LiveLearners liveLearners = new LiveLearners(backend.learnerProfiles());
        this.progress = boundary.around(Progress.class, new ProgressService(
                new EnrollmentService(units, ids, liveLearners, backend.courses(), backend.enrollments(), rewards),
                new LessonProgressService(units, liveLearners, backend.lessonProgress(), progressWrites, backend.json(), rewards),
                new StudyService(units, ids, liveLearners, backend.courses(), backend.skills(), backend.assessmentDefinitions(),
                        backend.studySessions(), backend.attempts(), backend.skillMasteries(), progressWrites,
                        options.masteryRules(), rewards),
                new ProgressReports(units, liveLearners, backend.skillMasteries(), backend.enrollments(),
                        backend.learnerStatistics(), options.masteryRules(), backend.leaderboards())));
        var discussions = new DiscussionService(new PostWriting(units, ids, backend.discussionPosts(), rewards),
                new PostReactions(units, backend.discussionPosts(), rewards),
                new ThreadReading(units, backend.discussionPosts()),
                new PostModeration(units, auditor, backend.discussionPosts()));
        this.engagement = new EngagementParts(
                boundary.around(Achievements.class, new AchievementService(units, ids, backend.achievementDefinitions(), auditor)),
                boundary.around(XpLedger.class, new XpService(units, ids, backend.rewardRecords(), rewards)),
                boundary.around(Leaderboards.class, new LeaderboardService(units, backend.leaderboards())),
                boundary.around(LearningEvents.class,
                        new LearningEventService(units, ids, liveLearners, backend.learningEvents(), backend.json())),
                boundary.around(Discussions.class, discussions),
                boundary.around(Notes.class, new NoteService(units, ids, backend.notes(), backend.json())),
                boundary.around(Projects.class, new ProjectService(units, ids, backend.projects(), backend.json(), rewards)));
        this.reports = boundary.around(Reports.class,
                new ReportService(units, backend.courses(), backend.assessmentDefinitions(), backend.reportQueries()));
        this.health = new HealthCheck(units, backend.healthProbe());
        this.privacy = boundary.around(Privacy.class,
                new PrivacyService(units, auditor, ids, backend.learnerProfiles(), backend.learnerRecords(), backend.json()));
        RewardsPolicy importPolicy = new RewardsPolicy(options.xpRules(), ids::next);
        HistoryImporter histories = new HistoryImporter(units, ids,
                new ImportWriters(backend.learnerProfiles(), auditor, backend.enrollments(), backend.attempts(),
                        backend.lessonProgress(), backend.skillMasteries(), backend.rewardRecords(), backend.learningEvents()),
                backend.importCatalog(), backend.achievementDefinitions(), options.masteryRules(), importPolicy);
        this.imports = boundary.around(Imports.class, new StoreImports(histories, new CatalogImporter(units, ids, auditor,
                backend.auditLog(), backend.json(), backend.courses(), backend.modules(), backend.lessons(), backend.skills(),
                backend.assessmentDefinitions())));
    }

    /**
     * A view of this store whose changes are audited as made by {@code actor} (the host app's
     * user id, for example). It shares this store's connections and lifetime: closing the view
     * does nothing (so {@code try (var view = store.actingAs(..))} is safe); closing the original
     * closes every view.
     */
    public LearningStore actingAs(String actor) {
        return new LearningStore(backend, transactions, false, options, ids, Checks.requiredText("actor", actor, 200));
    }

    /**
     * Runs several calls as one transaction: {@code work} gets a store (acting as this one's
     * actor) whose calls all commit together when it returns, or all roll back when it throws.
     * Like every write, the work may run again from the start after a concurrent change (up to
     * {@link ConnectionSettings#writeAttempts()}), so keep other side effects out of it. The SQLite
     * file and PostgreSQL support it; on Turso, whose local server has no streams, it is refused
     * with a {@link org.learningstore.core.error.StoreUnavailableException} that is not retryable.
     */
    public <T> T inTransaction(Function<LearningStore, T> work) {
        Objects.requireNonNull(work, "work");
        return boundary.run("inTransaction", () -> transactions.spanning(() -> work.apply(this)));
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

    public Engagement engagement() {
        return engagement;
    }

    public Reports reports() {
        return reports;
    }

    public Privacy privacy() {
        return privacy;
    }

    /** The bulk import of learners' history. */
    public Imports imports() {
        return imports;
    }

    /** Whether the database answers, its schema version and the backend; never throws, even once closed. */
    public StoreHealth health() {
        return health.check();
    }

    public AuditTrail audit() {
        return boundary.around(AuditTrail.class, (entityType, entityId) -> {
            Checks.lookup("entityType", entityType);
            Checks.required("entityId", entityId);
            return transactions.read(() -> backend.auditLog().history(entityType, entityId));
        });
    }

    /**
     * Releases the store's connections; later calls, on this store and its views, fail with a
     * {@link org.learningstore.core.error.StoreUnavailableException} that is not retryable. Closing
     * again, or closing a view, does nothing.
     */
    @Override
    public void close() {
        if (owner) {
            transactions.close();
        }
    }
}
