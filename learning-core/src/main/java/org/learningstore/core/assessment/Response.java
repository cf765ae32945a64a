package org.learningstore.core.assessment;

import java.util.Set;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.internal.check.Checks;

/** A learner's answer to one question; it must fit the question's kind. */
public sealed interface Response {

    /** Picked option keys: exactly one for single choice. */
    record Choices(Set<String> optionKeys) implements Response {
        public Choices {
            optionKeys = Set.copyOf(Checks.elements("response", optionKeys));
        }

        public static Choices of(String... keys) {
            return new Choices(Checks.distinct("response", keys));
        }
    }

    record Truth(boolean value) implements Response {
    }

    record Text(String value) implements Response {
        public Text {
            Checks.optionalText("response", Checks.required("response", value), 10_000);
        }
    }

    record Number(double value) implements Response {
        public Number {
            if (!Double.isFinite(value)) {
                throw new InvalidInputException("response", "must be a finite number");
            }
        }
    }
}
