package org.learningstore.core.assessment;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.internal.check.Checks;

/** The right answer to a question; which variant fits is decided by the question's kind. */
public sealed interface AnswerKey {

    /** The correct option keys: exactly one for single choice, one or more for multiple choice. */
    record Choices(Set<String> optionKeys) implements AnswerKey {
        public Choices {
            optionKeys = Set.copyOf(new LinkedHashSet<>(Checks.required("answerKey", optionKeys)));
        }

        public static Choices of(String... keys) {
            return new Choices(Set.of(keys));
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
            return new Texts(List.of(accepted));
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

    /** The stored JSON shape of this key, as plain maps, lists and scalars. */
    default Map<String, Object> toJsonMap() {
        var map = new LinkedHashMap<String, Object>();
        if (this instanceof Choices choices) {
            map.put("type", "choices");
            map.put("keys", choices.optionKeys().stream().sorted().toList());
        } else if (this instanceof Truth truth) {
            map.put("type", "truth");
            map.put("value", truth.value());
        } else if (this instanceof Texts texts) {
            map.put("type", "texts");
            map.put("accepted", texts.accepted());
        } else if (this instanceof Number number) {
            map.put("type", "number");
            map.put("value", number.value());
            map.put("tolerance", number.tolerance());
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    static AnswerKey fromJsonMap(Map<String, ?> map) {
        return switch (String.valueOf(map.get("type"))) {
            case "choices" -> new Choices(new LinkedHashSet<>((List<String>) map.get("keys")));
            case "truth" -> new Truth((Boolean) map.get("value"));
            case "texts" -> new Texts((List<String>) map.get("accepted"));
            case "number" -> new Number(((java.lang.Number) map.get("value")).doubleValue(),
                    ((java.lang.Number) map.get("tolerance")).doubleValue());
            default -> throw new InvalidInputException("answerKey", "unknown stored shape " + map);
        };
    }
}
