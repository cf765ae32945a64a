package org.learningstore.examples.bench;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningstore.core.catalog.Level;

/** What the load created: the ids the operations draw their arguments from, and each quiz's answer key. */
record DataSet(List<LoadedCourse> courses, List<LoadedLearner> learners, Map<UUID, QuizLesson> lessons) {

    /** One single-choice question of a quiz and the option that is right. */
    record QuizQuestion(UUID id, String correctKey) {
    }

    /** A lesson with its quiz. */
    record QuizLesson(UUID lessonId, UUID quizId, List<QuizQuestion> questions) {
    }

    /** A course with its lessons in course order. */
    record LoadedCourse(UUID id, Level difficulty, List<QuizLesson> lessons) {

        /** The quiz lesson O3 takes: the current lesson, or the course's last once it is completed ({@code current} null). */
        QuizLesson lessonToTake(UUID current, DataSet data) {
            return current == null ? lessons.get(lessons.size() - 1) : data.lessons().get(current);
        }
    }

    record LoadedLearner(UUID id, List<UUID> courseIds) {
    }

    DataSet(List<LoadedCourse> courses, List<LoadedLearner> learners) {
        this(List.copyOf(courses), List.copyOf(learners), courses.stream().flatMap(c -> c.lessons().stream())
                .collect(Collectors.toMap(QuizLesson::lessonId, Function.identity())));
    }

    LoadedCourse course(UUID id) {
        return courses.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
