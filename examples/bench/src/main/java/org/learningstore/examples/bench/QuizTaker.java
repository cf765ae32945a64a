package org.learningstore.examples.bench;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.learningstore.core.assessment.Assessments;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.Response;
import org.learningstore.examples.bench.DataSet.QuizLesson;
import org.learningstore.examples.bench.DataSet.QuizQuestion;

/** A learner taking a lesson's quiz: start an attempt, answer every question (70% right), submit. */
final class QuizTaker {
    static final List<String> OPTION_KEYS = List.of("a", "b", "c", "d");
    private static final double RIGHT = 0.7;
    private static final Duration TIME_PER_ANSWER = Duration.ofSeconds(30);

    private QuizTaker() {
    }

    /** The graded attempt; grading also records the lesson's best score and completes it on a pass. */
    static Attempt take(Assessments assessments, QuizLesson lesson, UUID learnerId, Random random) {
        Attempt attempt = assessments.startAttempt(lesson.quizId(), learnerId);
        for (QuizQuestion question : lesson.questions()) {
            assessments.answer(attempt.id(), question.id(), Response.Choices.of(pickAnswer(question, random)),
                    TIME_PER_ANSWER);
        }
        return assessments.submitAttempt(attempt.id());
    }

    private static String pickAnswer(QuizQuestion question, Random random) {
        if (random.nextDouble() < RIGHT) {
            return question.correctKey();
        }
        List<String> wrong = OPTION_KEYS.stream().filter(key -> !key.equals(question.correctKey())).toList();
        return DataSet.pick(wrong, random);
    }
}
