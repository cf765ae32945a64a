package org.learningstore.core.assessment;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.internal.check.Checks;

/** A learner's answer to one question; it must fit the question's kind. */
public sealed interface Response {

    /** Picked option keys: exactly one for single choice. */
    record Choices(Set<String> optionKeys) implements Response {
        public Choices {
            optionKeys = Set.copyOf(new LinkedHashSet<>(Checks.required("response", optionKeys)));
        }

        public static Choices of(String... keys) {
            return new Choices(Set.of(keys));
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

    /** The stored JSON shape of this response, as plain maps, lists and scalars. */
    default Map<String, Object> toJsonMap() {
        var map = new LinkedHashMap<String, Object>();
        if (this instanceof Choices choices) {
            map.put("type", "choices");
            map.put("keys", choices.optionKeys().stream().sorted().toList());
        } else if (this instanceof Truth truth) {
            map.put("type", "truth");
            map.put("value", truth.value());
        } else if (this instanceof Text text) {
            map.put("type", "text");
            map.put("value", text.value());
        } else if (this instanceof Number number) {
            map.put("type", "number");
            map.put("value", number.value());
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    static Response fromJsonMap(Map<String, ?> map) {
        return switch (String.valueOf(map.get("type"))) {
            case "choices" -> new Choices(new LinkedHashSet<>((List<String>) map.get("keys")));
            case "truth" -> new Truth((Boolean) map.get("value"));
            case "text" -> new Text((String) map.get("value"));
            case "number" -> new Number(((java.lang.Number) map.get("value")).doubleValue());
            default -> throw new InvalidInputException("response", "unknown stored shape " + map);
        };
    }
}
