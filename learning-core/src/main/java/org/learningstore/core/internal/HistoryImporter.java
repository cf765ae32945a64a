package org.learningstore.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.learningstore.core.error.InvalidInputException;
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
 * whole batch in one unit of work, table by table ({@link ImportBatchRows}).
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
    private record Batch(ImportBatchRows rows, long events, long answers) {
    }

    public ImportReport importHistories(Iterable<LearnerHistory> histories, ImportOptions options) {
        Checks.required("histories", histories);
        Checks.required("options", options);
        Checks.range("batchSize", options.batchSize(), 1, ImportOptions.MAX_BATCH_SIZE);
        var catalog = new ImportCatalog(catalogReads, achievements);
        Iterator<LearnerHistory> rows = histories.iterator();
        var report = new ImportReport(0, 0, 0, 0);
        while (rows.hasNext()) {
            List<LearnerHistory> learners = new ArrayList<>(options.batchSize());
            while (rows.hasNext() && learners.size() < options.batchSize()) {
                learners.add(rows.next());
            }
            Batch batch = replay(learners, (int) report.learners(), catalog, report.batches());
            units.write(() -> {
                batch.rows().write(writers);
                return null;
            });
            report = new ImportReport(report.batches() + 1, report.learners() + learners.size(),
                    report.events() + batch.events(), report.answers() + batch.answers());
            options.listener().batchCommitted(report);
        }
        return report;
    }

    private Batch replay(List<LearnerHistory> learners, int first, ImportCatalog catalog, int committed) {
        try {
            units.read(() -> {
                load(learners, first, catalog);
                return null;
            });
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
            return new Batch(rows, events, answers);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.field(), e.reason() + " (batch " + (committed + 1)
                    + " was not written; the " + committed + " before it are committed)");
        }
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
