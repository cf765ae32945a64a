package org.learningstore.core.assessment;

import java.util.List;
import java.util.Set;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.internal.check.Checks;

/** The right answer to a question; which variant fits is decided by the question's kind. */
public sealed interface AnswerKey {

    /** The correct option keys: exactly one for single choice, one or more for multiple choice. */
    record Choices(Set<String> optionKeys) implements AnswerKey {
        public Choices {
            optionKeys = Set.copyOf(Checks.elements("answerKey", optionKeys));
        }

        public static Choices of(String... keys) {
            return new Choices(Checks.distinct("answerKey", keys));
        }
    }

    record Truth(boolean value) implements AnswerKey {
    }

    /** Accepted answers, compared after trimming, collapsing whitespace and ignoring case. */
    record Texts(List<String> accepted) implements AnswerKey {
        public Texts {
            accepted = Checks.texts("answerKey", accepted, 50, 1_000);
            if (accepted.isEmpty()) {
                throw new InvalidInputException("answerKey", "must accept at least one answer");
            }
        }

        public static Texts of(String... accepted) {
            return new Texts(Checks.elements("answerKey", accepted));
        }
    }

    /** A number and how far a response may be from it. */
    record Number(double value, double tolerance) implements AnswerKey {
        public Number {
            if (!Double.isFinite(value) || !Double.isFinite(tolerance) || tolerance < 0) {
                throw new InvalidInputException("answerKey", "must be a finite number with a tolerance of 0 or more");
            }
        }
    }
}
