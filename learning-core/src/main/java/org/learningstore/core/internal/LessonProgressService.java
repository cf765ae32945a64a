package org.learningstore.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.engagement.EngagementEvent;
import org.learningstore.core.internal.engagement.Rewards;
import org.learningstore.core.internal.json.FreeFormJson;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.LessonProgressRecords;
import org.learningstore.core.progress.LessonProgress;
import org.learningstore.core.progress.LessonStatus;
import org.learningstore.core.internal.work.UnitsOfWork;

/** A learner's progress through lessons: starting, time, position, bookmarks, completion. */
public final class LessonProgressService {
    static final Set<Class<? extends EngagementEvent>> COMPLETION_KINDS = Set.of(
            EngagementEvent.LessonCompleted.class, EngagementEvent.CourseCompleted.class);

    private final UnitsOfWork units;
    private final LiveLearners learners;
    private final LessonProgressRecords lessonProgress;
    private final ProgressWrites writes;
    private final JsonCodec json;
    private final Rewards rewards;

    public LessonProgressService(UnitsOfWork units, LiveLearners learners, LessonProgressRecords lessonProgress,
                                 ProgressWrites writes, JsonCodec json, Rewards rewards) {
        this.units = units;
        this.learners = learners;
        this.lessonProgress = lessonProgress;
        this.writes = writes;
        this.json = json;
        this.rewards = rewards;
    }

    LessonProgress startLesson(UUID learnerId, UUID lessonId) {
        return changeLesson(learnerId, lessonId, (progress, now) -> progress.status() != LessonStatus.NOT_STARTED ? progress
                : with(progress, LessonStatus.IN_PROGRESS, now, progress.timeSpent(), progress.lastPosition(), progress.bookmarks()));
    }

    LessonProgress recordTime(UUID learnerId, UUID lessonId, Duration spent) {
        Checks.duration("spent", spent, Checks.MAX_TIME_SPENT);
        Duration millis = Duration.ofMillis(spent.toMillis());
        return units.write(() -> {
            learners.require(learnerId);
            Instant now = units.now();
            LessonCompletion lesson = lesson(learnerId, lessonId);
            if (lesson.current().isPresent()) {
                LessonProgress current = lesson.current().get();
                lessonProgress.addTime(learnerId, lessonId, millis);
                return new LessonProgress(learnerId, lessonId, current.status(), current.startedAt(), current.completedAt(),
                        current.timeSpent().plus(millis), current.bestScore(), current.attempts(), current.lastPosition(),
                        current.bookmarks(), current.updatedAt(), current.version());
            }
            LessonProgress fresh = lesson.currentOrNew(now);
            return written(lesson.save(with(fresh, LessonStatus.IN_PROGRESS, now, millis, null, List.of()), now));
        });
    }

    LessonProgress savePosition(UUID learnerId, UUID lessonId, String positionJson) {
        Checks.requiredText("position", positionJson, 100_000);
        FreeFormJson.requireObject("position", positionJson, json);
        return changeLesson(learnerId, lessonId, (progress, now) -> with(progress, started(progress.status()), now,
                progress.timeSpent(), positionJson, progress.bookmarks()));
    }

    LessonProgress saveBookmarks(UUID learnerId, UUID lessonId, List<String> bookmarks) {
        List<String> checked = Checks.texts("bookmarks", Checks.required("bookmarks", bookmarks), 200, 1_000);
        return changeLesson(learnerId, lessonId, (progress, now) -> with(progress, started(progress.status()), now,
                progress.timeSpent(), progress.lastPosition(), checked));
    }

    LessonProgress completeLesson(UUID learnerId, UUID lessonId) {
        return units.write(() -> {
            learners.require(learnerId);
            Instant now = units.now();
            LessonProgressRecords.LessonContext context = context(learnerId, lessonId);
            Rewards.Before before = rewards.read(Set.of(learnerId), COMPLETION_KINDS);
            LessonCompletion lesson = LessonCompletion.of(learnerId, lessonId, context);
            LessonChange change = lesson.complete(lesson.currentOrNew(now), now);
            writes.write(change);
            rewards.apply(before, LessonEvents.of(learnerId, context.courseId(), context.progress(), context.enrollment(), change),
                    now);
            return change.progress();
        });
    }

    Optional<LessonProgress> lessonProgress(UUID learnerId, UUID lessonId) {
        Checks.required("learnerId", learnerId);
        Checks.required("lessonId", lessonId);
        return units.read(() -> lessonProgress.find(learnerId, lessonId));
    }

    private interface LessonChangeRule {
        LessonProgress apply(LessonProgress progress, Instant now);
    }

    private LessonProgress changeLesson(UUID learnerId, UUID lessonId, LessonChangeRule change) {
        return units.write(() -> {
            learners.require(learnerId);
            Instant now = units.now();
            LessonCompletion lesson = lesson(learnerId, lessonId);
            LessonProgress current = lesson.currentOrNew(now);
            LessonProgress next = change.apply(current, now);
            return next == current ? current : written(lesson.save(next, now));
        });
    }

    /** What the lesson's progress depends on; the lesson must exist. */
    private LessonCompletion lesson(UUID learnerId, UUID lessonId) {
        return LessonCompletion.of(learnerId, lessonId, context(learnerId, lessonId));
    }

    private LessonProgressRecords.LessonContext context(UUID learnerId, UUID lessonId) {
        Checks.required("lessonId", lessonId);
        return lessonProgress.context(learnerId, lessonId).orElseThrow(() -> new NotFoundException("lesson", lessonId));
    }

    private LessonProgress written(LessonChange change) {
        writes.write(change);
        return change.progress();
    }

    private static LessonStatus started(LessonStatus status) {
        return status == LessonStatus.NOT_STARTED ? LessonStatus.IN_PROGRESS : status;
    }

    private static LessonProgress with(LessonProgress p, LessonStatus status, Instant now, Duration time, String position,
                                       List<String> bookmarks) {
        return new LessonProgress(p.learnerId(), p.lessonId(), status, p.startedAt() == null ? now : p.startedAt(),
                p.completedAt(), time, p.bestScore(), p.attempts(), position, bookmarks, now, p.version() + 1);
    }
}
