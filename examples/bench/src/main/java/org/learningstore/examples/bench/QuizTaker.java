package org.learningstore.examples.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.learningstore.core.assessment.Assessments;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.GivenAnswer;
import org.learningstore.core.assessment.Response;
import org.learningstore.examples.bench.DataSet.QuizLesson;
import org.learningstore.examples.bench.DataSet.QuizQuestion;

/** A learner taking a lesson's quiz (70% right): per answer (start, answer each question, submit) or in one call. */
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

    /** The same attempt in one call: {@code submitWithAnswers} starts it, saves the answers and grades it. */
    static Attempt takeInOneCall(Assessments assessments, QuizLesson lesson, UUID learnerId, Random random) {
        List<GivenAnswer> answers = new ArrayList<>(lesson.questions().size());
        for (QuizQuestion question : lesson.questions()) {
            answers.add(new GivenAnswer(question.id(), Response.Choices.of(pickAnswer(question, random)), TIME_PER_ANSWER));
        }
        return assessments.submitWithAnswers(lesson.quizId(), learnerId, answers);
    }

    static String pickAnswer(QuizQuestion question, Random random) {
        if (random.nextDouble() < RIGHT) {
            return question.correctKey();
        }
        List<String> wrong = OPTION_KEYS.stream().filter(key -> !key.equals(question.correctKey())).toList();
        return DataSet.pick(wrong, random);
    }
}
