package org.learningstore.core.report;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * One question over the answers given in the selected attempts. {@code facilityIndex} is the share
 * of those answers that were correct, in percent to two decimals; {@code discriminationIndex} the
 * Pearson correlation, to four decimals, between an answer's correctness (1 or 0) and the points
 * its attempt scored on the other questions; {@code averageTime} the mean time spent, to the
 * millisecond. Each is null (zero for the time) without answers; the discrimination index is null
 * too when either side does not vary. {@code options} counts how often each option was picked
 * (a multiple-choice answer picks several), in the question's option order, {@code "true"} and
 * {@code "false"} for a true/false question, and is empty for text and numeric questions.
 */
public record QuestionStatistics(
        UUID questionId,
        int position,
        long answers,
        Double facilityIndex,
        Double discriminationIndex,
        Duration averageTime,
        List<OptionCount> options) {

    public QuestionStatistics {
        options = List.copyOf(options);
    }

    /** How many answers picked the option with that key. */
    public record OptionCount(String key, long picked) {
    }
}
