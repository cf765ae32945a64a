package org.learningstore.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.internal.engagement.EngagementEvent;
import org.learningstore.core.internal.engagement.Rewards;
import org.learningstore.core.port.Attempts;
import org.learningstore.core.progress.MasteryRules;

/**
 * Grades an attempt with {@link Grading} and writes the outcome, inside the caller's unit of
 * work, with the XP, achievements and events the grading earns.
 */
public final class AttemptGrader {
    static final Set<Class<? extends EngagementEvent>> KINDS = Set.of(EngagementEvent.AttemptGraded.class,
            EngagementEvent.LessonCompleted.class, EngagementEvent.CourseCompleted.class);

    private final Attempts attempts;
    private final ProgressWrites progress;
    private final MasteryRules masteryRules;
    private final Rewards rewards;

    public AttemptGrader(Attempts attempts, ProgressWrites progress, MasteryRules masteryRules, Rewards rewards) {
        this.attempts = attempts;
        this.progress = progress;
        this.masteryRules = masteryRules;
        this.rewards = rewards;
    }

    /** Closes the attempt; {@code now} dates what the grading earns. */
    Attempt close(Attempts.GradingContext context, AttemptStatus status, Instant closedAt, Instant now) {
        return close(context, status, closedAt, now, this::save);
    }

    /**
     * Closes an attempt whose graded row {@code saveAttempt} writes (an attempt taken in the same
     * call, with its answers): it runs after every read of the grading, as a remote backend refuses
     * a read after a write in one unit.
     */
    Attempt close(Attempts.GradingContext context, AttemptStatus status, Instant closedAt, Instant now,
                  Consumer<Grading.Outcome> saveAttempt) {
        UUID learnerId = context.attempt().attempt().learnerId();
        Rewards.Before before = rewards.read(Set.of(learnerId), KINDS);
        Grading.Outcome outcome = Grading.close(context, masteryRules, status, closedAt);
        saveAttempt.accept(outcome);
        Attempt graded = writeBesideAttempt(outcome);
        rewards.apply(before, events(context, outcome), now);
        return graded;
    }

    static List<EngagementEvent> events(Attempts.GradingContext context, Grading.Outcome outcome) {
        Attempt graded = outcome.graded();
        Attempts.ProgressContext before = context.progress();
        UUID courseId = context.attempt().assessment().courseId();
        boolean passed = Boolean.TRUE.equals(graded.passed());
        List<EngagementEvent> events = new ArrayList<>();
        events.add(new EngagementEvent.AttemptGraded(graded.learnerId(), graded.id(), graded.assessmentId(), courseId, passed,
                passed && !context.attempt().learnerHasPassed(), graded.percent(), outcome.statsDeltas().size(),
                outcome.skillsNewlyMastered()));
        outcome.lesson().ifPresent(change -> events.addAll(LessonEvents.of(graded.learnerId(), courseId,
                before.lessonProgress(), before.enrollment(), change)));
        return events;
    }

    Attempt regrade(Attempts.AttemptContext context) {
        Grading.Outcome outcome = Grading.regrade(context);
        save(outcome);
        return writeBesideAttempt(outcome);
    }

    /** Writes the graded attempt over its stored row, guarded on the version it was graded at. */
    void save(Grading.Outcome outcome) {
        attempts.save(outcome.graded(), outcome.expectedVersion(), outcome.gradedAgainst(), outcome.answerGrades());
    }

    /** The statistics, lesson and mastery the grading moved. */
    private Attempt writeBesideAttempt(Grading.Outcome outcome) {
        if (!outcome.statsDeltas().isEmpty()) {
            attempts.addToStats(outcome.statsDeltas());
        }
        outcome.lesson().ifPresent(progress::write);
        progress.write(outcome.masteries());
        return outcome.graded();
    }
}
