package org.learningstore.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.StoreUnavailableException;
import org.learningstore.core.id.Ids;
import org.learningstore.core.imports.HistoryEvent;
import org.learningstore.core.imports.ImportOptions;
import org.learningstore.core.imports.ImportReport;
import org.learningstore.core.imports.LearnerHistory;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.engagement.RewardsPolicy;
import org.learningstore.core.internal.work.UnitsOfWork;
import org.learningstore.core.port.AchievementDefinitions;
import org.learningstore.core.port.ImportCatalogReads;
import org.learningstore.core.progress.MasteryRules;

/**
 * The bulk import: takes the histories a batch at a time, reads the catalog the batch refers to
 * (once per import), replays each learner's history with {@link LearnerReplay}, and writes the
 * whole batch in one unit of work, table by table ({@link ImportBatchRows}); the next batch is
 * replayed while this one is written.
 */
public final class HistoryImporter {
    private final UnitsOfWork units;
    private final Ids ids;
    private final ImportWriters writers;
    private final ImportCatalogReads catalogReads;
    private final AchievementDefinitions achievements;
    private final MasteryRules masteryRules;
    private final RewardsPolicy policy;

    public HistoryImporter(UnitsOfWork units, Ids ids, ImportWriters writers, ImportCatalogReads catalogReads,
                           AchievementDefinitions achievements, MasteryRules masteryRules, RewardsPolicy policy) {
        this.units = units;
        this.ids = ids;
        this.writers = writers;
        this.catalogReads = catalogReads;
        this.achievements = achievements;
        this.masteryRules = masteryRules;
        this.policy = policy;
    }

    /** One batch, replayed: the rows it writes. */
    private record Batch(ImportBatchRows rows, int learners, long events, long answers) {
    }

    /**
     * Writes each batch on the calling thread while the next one is replayed (pure Java, no
     * database) on a thread of the import's own: the replay is about a third of the import's work.
     * The next batch is taken from {@code histories} and its catalog read before the batch ahead of
     * it is written; a failure there is thrown once that batch is committed and reported, as if the
     * batches ran one after another.
     */
    public ImportReport importHistories(Iterable<LearnerHistory> histories, ImportOptions options) {
        Checks.required("histories", histories);
        Checks.required("options", options);
        Checks.range("batchSize", options.batchSize(), 1, ImportOptions.MAX_BATCH_SIZE);
        var catalog = new ImportCatalog(catalogReads, achievements);
        Iterator<LearnerHistory> rows = histories.iterator();
        ExecutorService replayer = Executors.newSingleThreadExecutor(HistoryImporter::replayThread);
        try {
            var report = new ImportReport(0, 0, 0, 0);
            Future<Batch> next = replayNext(rows, options.batchSize(), 0, 0, catalog, replayer);
            while (next != null) {
                Batch batch = replayed(next, report.batches());
                Future<Batch> following = null;
                RuntimeException takingNext = null;
                try {
                    following = replayNext(rows, options.batchSize(), (int) report.learners() + batch.learners(),
                            report.batches() + 1, catalog, replayer);
                } catch (RuntimeException failure) {
                    takingNext = failure;
                }
                units.write(() -> {
                    batch.rows().write(writers);
                    return null;
                });
                report = new ImportReport(report.batches() + 1, report.learners() + batch.learners(),
                        report.events() + batch.events(), report.answers() + batch.answers());
                options.listener().batchCommitted(report);
                if (takingNext != null) {
                    throw takingNext;
                }
                next = following;
            }
            return report;
        } finally {
            replayer.shutdownNow();
        }
    }

    private static Thread replayThread(Runnable task) {
        Thread thread = new Thread(task, "learning-store-import-replay");
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Takes the next batch, reads its catalog (on the calling thread, so inside the caller's
     * transaction if any) and starts its replay; null when none is left. {@code committed}: the
     * batches committed before this one, should it fail.
     */
    private Future<Batch> replayNext(Iterator<LearnerHistory> rows, int batchSize, int first, int committed,
                                     ImportCatalog catalog, ExecutorService replayer) {
        if (!rows.hasNext()) {
            return null;
        }
        List<LearnerHistory> learners = new ArrayList<>(batchSize);
        while (rows.hasNext() && learners.size() < batchSize) {
            learners.add(rows.next());
        }
        try {
            units.read(() -> {
                load(learners, first, catalog);
                return null;
            });
        } catch (RuntimeException failure) {
            throw notWritten(failure, committed);
        }
        return replayer.submit(() -> replay(learners, first, catalog));
    }

    private static Batch replayed(Future<Batch> replaying, int committed) {
        try {
            return replaying.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw notWritten((RuntimeException) e.getCause(), committed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("the import was interrupted", true, e);
        }
    }

    /** A bad row's error, saying which batches are committed. */
    private static RuntimeException notWritten(RuntimeException failure, int committed) {
        if (failure instanceof InvalidInputException e) {
            return new InvalidInputException(e.field(), e.reason() + " (batch " + (committed + 1)
                    + " was not written; the " + committed + " before it are committed)");
        }
        return failure;
    }

    private Batch replay(List<LearnerHistory> learners, int first, ImportCatalog catalog) {
        var rows = new ImportBatchRows();
        long events = 0;
        long answers = 0;
        for (int i = 0; i < learners.size(); i++) {
            String path = "histories[" + (first + i) + "]";
            LearnerHistory history = learners.get(i);
            var replay = new LearnerReplay(history.id(), catalog, masteryRules, policy, ids, rows);
            replay.create(history.createdAt());
            for (int e = 0; e < history.events().size(); e++) {
                HistoryEvent event = history.events().get(e);
                replay.replay(event, path + ".events[" + e + "]");
                answers += event instanceof HistoryEvent.AttemptSubmitted a ? a.answers().size() : 0;
            }
            replay.finish();
            events += history.events().size();
        }
        return new Batch(rows, learners.size(), events, answers);
    }

    /** Checks each history's own fields and reads the catalog rows its events name. */
    private static void load(List<LearnerHistory> learners, int first, ImportCatalog catalog) {
        Set<UUID> courseIds = new HashSet<>();
        Set<UUID> assessmentIds = new HashSet<>();
        Set<UUID> lessonIds = new HashSet<>();
        for (int i = 0; i < learners.size(); i++) {
            String path = "histories[" + (first + i) + "]";
            LearnerHistory history = Checks.required(path, learners.get(i));
            Checks.required(path + ".id", history.id());
            Checks.instant(path + ".createdAt", history.createdAt());
            List<HistoryEvent> events = Checks.required(path + ".events", history.events());
            for (HistoryEvent event : events) {
                if (event instanceof HistoryEvent.Enrolled enrolled && enrolled.courseId() != null) {
                    courseIds.add(enrolled.courseId());
                } else if (event instanceof HistoryEvent.AttemptSubmitted attempt && attempt.assessmentId() != null) {
                    assessmentIds.add(attempt.assessmentId());
                } else if (event instanceof HistoryEvent.LessonCompleted completed && completed.lessonId() != null) {
                    lessonIds.add(completed.lessonId());
                }
            }
        }
        catalog.load(courseIds, assessmentIds, lessonIds);
    }
}
