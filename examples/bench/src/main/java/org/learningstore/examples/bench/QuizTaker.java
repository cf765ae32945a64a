package org.learningstore.examples.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
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
    static final Duration TIME_PER_ANSWER = Duration.ofSeconds(30);
    static final int PASSING_PERCENT = 70;

    private QuizTaker() {
    }

    /** The graded attempt; grading also records the lesson's best score and completes it on a pass. */
    static Attempt take(Assessments assessments, QuizLesson lesson, UUID learnerId, Random random) {
        Attempt attempt = assessments.startAttempt(lesson.quizId(), learnerId);
        List<String> picks = picks(lesson, random);
        for (int q = 0; q < picks.size(); q++) {
            assessments.answer(attempt.id(), lesson.questions().get(q).id(), Response.Choices.of(picks.get(q)), TIME_PER_ANSWER);
        }
        return assessments.submitAttempt(attempt.id());
    }

    /** The option picked for each question of the quiz, in order (70% right). */
    static List<String> picks(QuizLesson lesson, Random random) {
        return lesson.questions().stream().map(question -> pickAnswer(question, random)).toList();
    }

    /** Whether these picks pass the quiz (70 percent, one point a question), as the library grades them. */
    static boolean passes(QuizLesson lesson, List<String> picks) {
        long right = IntStream.range(0, picks.size()).filter(q -> picks.get(q).equals(lesson.questions().get(q).correctKey()))
                .count();
        return right * 100 >= PASSING_PERCENT * picks.size();
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
