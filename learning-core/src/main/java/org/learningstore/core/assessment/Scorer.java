package org.learningstore.core.assessment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Grading as a pure function of the questions graded against and the responses given.
 * An unanswered question earns nothing. Partial credit applies to multiple choice only:
 * points times (right picks - wrong picks) / right options, never below zero.
 */
public final class Scorer {
    private Scorer() {
    }

    public record QuestionResult(UUID questionId, boolean correct, double points) {
    }

    /** {@code percent} is rounded to two decimals; {@code passed} compares the exact score. */
    public record Result(List<QuestionResult> questions, double score, double maxScore, double percent, boolean passed) {
    }

    public static Result grade(List<GradedQuestion> questions, Map<UUID, Response> responses, boolean partialCredit,
                               int passingScore) {
        List<QuestionResult> results = new ArrayList<>();
        double score = 0;
        double maxScore = 0;
        for (GradedQuestion question : questions) {
            maxScore += question.points();
            Response response = responses.get(question.questionId());
            if (response != null) {
                QuestionResult result = grade(question, response, partialCredit);
                results.add(result);
                score += result.points();
            }
        }
        double percent = maxScore == 0 ? 100 : Math.round(score / maxScore * 10_000) / 100.0;
        boolean passed = score * 100 >= passingScore * maxScore - 1e-9;
        return new Result(results, score, maxScore, percent, passed);
    }

    public static QuestionResult grade(GradedQuestion question, Response response, boolean partialCredit) {
        AnswerKey key = question.answerKey();
        boolean correct = matches(key, response);
        double points = correct ? question.points() : 0;
        if (!correct && partialCredit && question.kind() == QuestionKind.MULTIPLE_CHOICE
                && key instanceof AnswerKey.Choices right && response instanceof Response.Choices picked) {
            long rightPicks = picked.optionKeys().stream().filter(right.optionKeys()::contains).count();
            long wrongPicks = picked.optionKeys().size() - rightPicks;
            points = question.points() * Math.max(0, (double) (rightPicks - wrongPicks) / right.optionKeys().size());
        }
        return new QuestionResult(question.questionId(), correct, points);
    }

    private static boolean matches(AnswerKey key, Response response) {
        if (key instanceof AnswerKey.Choices right && response instanceof Response.Choices picked) {
            return right.optionKeys().equals(picked.optionKeys());
        }
        if (key instanceof AnswerKey.Truth truth && response instanceof Response.Truth given) {
            return truth.value() == given.value();
        }
        if (key instanceof AnswerKey.Texts texts && response instanceof Response.Text given) {
            String normalized = normalize(given.value());
            return texts.accepted().stream().anyMatch(accepted -> normalize(accepted).equals(normalized));
        }
        if (key instanceof AnswerKey.Number number && response instanceof Response.Number given) {
            return Math.abs(given.value() - number.value()) <= number.tolerance() + 1e-9 * Math.max(1, Math.abs(number.value()));
        }
        return false;
    }

    /** Trimmed, inner whitespace collapsed to one space, case folded, Unicode NFC. */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
