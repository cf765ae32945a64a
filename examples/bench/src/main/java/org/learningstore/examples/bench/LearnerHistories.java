package org.learningstore.examples.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.id.Ids;
import org.learningstore.core.imports.HistoryEvent;
import org.learningstore.core.imports.LearnerHistory;
import org.learningstore.examples.bench.DataSet.LoadedCourse;
import org.learningstore.examples.bench.DataSet.LoadedLearner;
import org.learningstore.examples.bench.DataSet.QuizLesson;

/**
 * The learners of WORKLOAD.md as histories for the bulk import: the same draws from the same
 * seeded {@link Random} as the call-by-call loader makes, so the same data; each event one second
 * after the one before, from {@code start}.
 */
final class LearnerHistories {
    private final List<LoadedCourse> catalog;
    private final Ids ids;
    private final Instant start;

    LearnerHistories(List<LoadedCourse> catalog, Ids ids, Instant start) {
        this.catalog = catalog;
        this.ids = ids;
        this.start = start;
    }

    /** A learner's history and what the operations need of it. */
    record Drawn(LearnerHistory history, LoadedLearner learner, int attempts) {
    }

    Drawn draw(Random random) {
        UUID learner = ids.next();
        Instant[] at = {start};
        List<HistoryEvent> events = new ArrayList<>();
        List<Integer> order = new ArrayList<>(IntStream.range(0, catalog.size()).boxed().toList());
        Collections.shuffle(order, random);
        List<UUID> enrolled = new ArrayList<>();
        int attempts = 0;
        for (int c : order.subList(0, Loader.ENROLLMENTS_PER_LEARNER)) {
            LoadedCourse course = catalog.get(c);
            events.add(new HistoryEvent.Enrolled(course.id(), tick(at)));
            enrolled.add(course.id());
            int completed = random.nextInt(course.lessons().size() + 1);
            for (QuizLesson lesson : course.lessons().subList(0, completed)) {
                Instant startedAt = tick(at);
                List<String> picks = QuizTaker.picks(lesson, random);
                List<HistoryEvent.Answered> answers = new ArrayList<>(picks.size());
                for (int q = 0; q < picks.size(); q++) {
                    answers.add(new HistoryEvent.Answered(lesson.questions().get(q).id(), Response.Choices.of(picks.get(q)),
                            QuizTaker.TIME_PER_ANSWER, tick(at)));
                }
                events.add(new HistoryEvent.AttemptSubmitted(ids.next(), lesson.quizId(), startedAt, answers, tick(at)));
                if (!QuizTaker.passes(lesson, picks)) {
                    events.add(new HistoryEvent.LessonCompleted(lesson.lessonId(), tick(at)));
                }
            }
            attempts += completed;
        }
        return new Drawn(new LearnerHistory(learner, start, events), new LoadedLearner(learner, enrolled), attempts);
    }

    private static Instant tick(Instant[] at) {
        at[0] = at[0].plusSeconds(1);
        return at[0];
    }
}
