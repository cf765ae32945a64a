package org.learningstore.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.learningstore.core.assessment.Answer;
import org.learningstore.core.assessment.GivenAnswer;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.internal.check.Checks;

/**
 * The answers a submit carries, checked as {@code answer} checks one, each failure naming the
 * answer by its place ({@code answers[3].response}).
 */
final class GivenAnswers {
    private GivenAnswers() {
    }

    /** Every answer present, with a question, a response, and a time spent of 0 to 24 hours (none is 0). */
    static List<GivenAnswer> checked(List<GivenAnswer> answers) {
        Checks.required("answers", answers);
        List<GivenAnswer> checked = new ArrayList<>(answers.size());
        for (int i = 0; i < answers.size(); i++) {
            String field = field(i);
            GivenAnswer answer = Checks.required(field, answers.get(i));
            Checks.required(field + ".questionId", answer.questionId());
            Checks.required(field + ".response", answer.response());
            Duration spent = Checks.duration(field + ".timeSpent",
                    answer.timeSpent() == null ? Duration.ZERO : answer.timeSpent(), Checks.MAX_TIME_SPENT);
            checked.add(new GivenAnswer(answer.questionId(), answer.response(), Duration.ofMillis(spent.toMillis())));
        }
        return checked;
    }

    /**
     * Refuses an answer to a question of another assessment ({@code exists} tells it from an
     * unknown one, which is not found) or a response that does not fit its question.
     */
    static void requireFit(List<GivenAnswer> answers, List<Question> questions, Predicate<UUID> exists) {
        Map<UUID, Question> byId = new LinkedHashMap<>();
        questions.forEach(question -> byId.put(question.id(), question));
        for (int i = 0; i < answers.size(); i++) {
            GivenAnswer answer = answers.get(i);
            Question question = byId.get(answer.questionId());
            if (question == null) {
                throw exists.test(answer.questionId())
                        ? new InvalidInputException(field(i) + ".questionId", "belongs to another assessment than the attempt")
                        : new NotFoundException("question", answer.questionId());
            }
            try {
                question.details().requireFits(answer.response());
            } catch (InvalidInputException unfit) {
                throw new InvalidInputException(field(i) + "." + unfit.field(), unfit.reason());
            }
        }
    }

    /** The answers as saved to {@code attemptId} at {@code now}; of several to one question, the last. */
    static List<Answer> toAttempt(List<GivenAnswer> answers, UUID attemptId, Instant now) {
        Map<UUID, Answer> last = new LinkedHashMap<>();
        for (GivenAnswer answer : answers) {
            last.remove(answer.questionId());
            last.put(answer.questionId(), new Answer(attemptId, answer.questionId(), answer.response(), null, null, now,
                    answer.timeSpent(), null));
        }
        return List.copyOf(last.values());
    }

    /** The answers an attempt holds once {@code given} are saved over {@code saved}. */
    static List<Answer> over(List<Answer> saved, List<Answer> given) {
        Map<UUID, Answer> byQuestion = new LinkedHashMap<>();
        saved.forEach(answer -> byQuestion.put(answer.questionId(), answer));
        given.forEach(answer -> byQuestion.put(answer.questionId(), answer));
        return List.copyOf(byQuestion.values());
    }

    private static String field(int index) {
        return "answers[" + index + "]";
    }
}
