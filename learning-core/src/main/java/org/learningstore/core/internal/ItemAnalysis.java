package org.learningstore.core.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionKind;
import org.learningstore.core.assessment.QuestionOption;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.port.ReportQueries.QuestionFigures;
import org.learningstore.core.port.ReportQueries.ResponseCount;
import org.learningstore.core.report.QuestionStatistics;
import org.learningstore.core.report.QuestionStatistics.OptionCount;

/** Per-question figures from the sums of its answers: a pure function, defined in the README. */
final class ItemAnalysis {
    private ItemAnalysis() {
    }

    static QuestionStatistics of(Question question, QuestionFigures sums, List<ResponseCount> responses) {
        long n = sums.answers();
        return new QuestionStatistics(question.id(), question.position(), n,
                n == 0 ? null : ReportFigures.percent(sums.correct(), n),
                discrimination(sums),
                Duration.ofMillis(n == 0 ? 0 : sums.timeMs() / n),
                options(question, responses));
    }

    /**
     * Pearson's r between x (correct: 1 or 0) and y (the attempt's score on the other questions):
     * (nΣxy − ΣxΣy) / √((nΣx² − (Σx)²)(nΣy² − (Σy)²)), with Σx² = Σx as x is 1 or 0.
     */
    static Double discrimination(QuestionFigures sums) {
        double n = sums.answers();
        double sx = sums.correct();
        double sy = sums.restSum();
        double varianceX = n * sx - sx * sx;
        double varianceY = n * sums.restSquares() - sy * sy;
        if (n < 2 || varianceX <= 0 || varianceY <= 1e-9) {
            return null;
        }
        return ReportFigures.fourDecimals((n * sums.correctRestSum() - sx * sy) / Math.sqrt(varianceX * varianceY));
    }

    private static List<OptionCount> options(Question question, List<ResponseCount> responses) {
        QuestionKind kind = question.details().kind();
        List<OptionCount> counts = new ArrayList<>();
        if (kind == QuestionKind.TRUE_FALSE) {
            for (boolean value : new boolean[] {true, false}) {
                counts.add(new OptionCount(String.valueOf(value), picked(responses,
                        response -> response instanceof Response.Truth truth && truth.value() == value)));
            }
        } else if (kind == QuestionKind.SINGLE_CHOICE || kind == QuestionKind.MULTIPLE_CHOICE) {
            for (QuestionOption option : question.details().options()) {
                counts.add(new OptionCount(option.key(), picked(responses,
                        response -> response instanceof Response.Choices choices && choices.optionKeys().contains(option.key()))));
            }
        }
        return counts;
    }

    private static long picked(List<ResponseCount> responses, Predicate<Response> picks) {
        return responses.stream().filter(count -> picks.test(count.response())).mapToLong(ResponseCount::answers).sum();
    }
}
