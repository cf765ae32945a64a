package org.learningstore.core.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.Scorer;
import org.learningstore.core.port.Attempts;
import org.learningstore.core.port.StoreBackend;
import org.learningstore.core.progress.LessonProgress;
import org.learningstore.core.progress.LessonStatus;
import org.learningstore.core.progress.MasteryRules;

/**
 * What a graded attempt moves besides itself, in the same unit of work: the lesson's progress
 * (attempts, best score, completion on a pass) and the learner's mastery of the questions'
 * skills. Only for learners the store knows; an opaque learner id moves nothing.
 */
final class LearnerProgress {
    static final LearnerProgress NONE = new LearnerProgress(null, null);

    private final LessonCompletion lesson;
    private final MasteryUpdate mastery;

    private LearnerProgress(LessonCompletion lesson, MasteryUpdate mastery) {
        this.lesson = lesson;
        this.mastery = mastery;
    }

    /** What grading {@code attempt} moves, from the progress read with it. */
    static LearnerProgress of(StoreBackend store, MasteryRules rules, Attempt attempt, UUID lessonId, boolean anySkill,
                              Attempts.ProgressContext context) {
        if (!context.learnerKnown() || (lessonId == null && !anySkill)) {
            return NONE;
        }
        return new LearnerProgress(lessonId == null ? null : LessonCompletion.of(store, attempt.learnerId(), lessonId, context),
                anySkill ? MasteryUpdate.of(store, rules, attempt.learnerId(), context.masteries()) : null);
    }

    void record(Attempt graded, List<Scorer.QuestionResult> results, Map<UUID, UUID> skillOf, Instant at) {
        if (lesson != null) {
            LessonProgress p = lesson.currentOrNew(at);
            double best = p.bestScore() == null ? graded.percent() : Math.max(p.bestScore(), graded.percent());
            var tried = new LessonProgress(p.learnerId(), p.lessonId(),
                    p.status() == LessonStatus.NOT_STARTED ? LessonStatus.IN_PROGRESS : p.status(),
                    p.startedAt() == null ? graded.startedAt() : p.startedAt(), p.completedAt(), p.timeSpent(), best,
                    p.attempts() + 1, p.lastPosition(), p.bookmarks(), at, p.version() + 1);
            if (Boolean.TRUE.equals(graded.passed())) {
                lesson.complete(tried, at);
            } else {
                lesson.save(tried, at);
            }
        }
        if (mastery != null) {
            results.forEach(result -> mastery.record(skillOf.get(result.questionId()), result.correct(), at));
            mastery.save();
        }
    }
}
