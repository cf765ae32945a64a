package org.learningstore.core.assessment;

import static org.learningstore.core.internal.check.Checks.elements;
import static org.learningstore.core.internal.check.Checks.optionalText;
import static org.learningstore.core.internal.check.Checks.range;
import static org.learningstore.core.internal.check.Checks.required;
import static org.learningstore.core.internal.check.Checks.requiredText;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.learningstore.core.error.InvalidInputException;

/**
 * What an author writes for a question. Validated on construction: options only for choice
 * kinds (two or more, unique keys), an answer key of the kind's shape naming only existing
 * options, points 0-1000, difficulty 1-5.
 */
public record QuestionDetails(
        QuestionKind kind,
        String prompt,
        List<QuestionOption> options,
        AnswerKey answerKey,
        String explanation,
        int points,
        int difficulty,
        UUID skillId) {

    public QuestionDetails {
        required("kind", kind);
        requiredText("prompt", prompt, 10_000);
        options = options == null ? List.of() : elements("options", options);
        required("answerKey", answerKey);
        optionalText("explanation", explanation, 10_000);
        range("points", points, 0, 1_000);
        range("difficulty", difficulty, 1, 5);
        checkOptions(kind, options);
        checkAnswerKey(kind, answerKey, optionKeys(options));
    }

    public static QuestionDetails singleChoice(String prompt, List<QuestionOption> options, String correctKey) {
        return new QuestionDetails(QuestionKind.SINGLE_CHOICE, prompt, options, AnswerKey.Choices.of(correctKey), null, 1, 1, null);
    }

    public static QuestionDetails multipleChoice(String prompt, List<QuestionOption> options, String... correctKeys) {
        return new QuestionDetails(QuestionKind.MULTIPLE_CHOICE, prompt, options, AnswerKey.Choices.of(correctKeys), null, 1, 1, null);
    }

    public static QuestionDetails trueFalse(String prompt, boolean correct) {
        return new QuestionDetails(QuestionKind.TRUE_FALSE, prompt, List.of(), new AnswerKey.Truth(correct), null, 1, 1, null);
    }

    public static QuestionDetails shortText(String prompt, String... accepted) {
        return new QuestionDetails(QuestionKind.SHORT_TEXT, prompt, List.of(), AnswerKey.Texts.of(accepted), null, 1, 1, null);
    }

    public static QuestionDetails numeric(String prompt, double value, double tolerance) {
        return new QuestionDetails(QuestionKind.NUMERIC, prompt, List.of(), new AnswerKey.Number(value, tolerance), null, 1, 1, null);
    }

    public QuestionDetails withPoints(int points) {
        return new QuestionDetails(kind, prompt, options, answerKey, explanation, points, difficulty, skillId);
    }

    public QuestionDetails withDifficulty(int difficulty) {
        return new QuestionDetails(kind, prompt, options, answerKey, explanation, points, difficulty, skillId);
    }

    public QuestionDetails withExplanation(String explanation) {
        return new QuestionDetails(kind, prompt, options, answerKey, explanation, points, difficulty, skillId);
    }

    public QuestionDetails withSkill(UUID skillId) {
        return new QuestionDetails(kind, prompt, options, answerKey, explanation, points, difficulty, skillId);
    }

    public QuestionDetails withAnswerKey(AnswerKey answerKey) {
        return new QuestionDetails(kind, prompt, options, answerKey, explanation, points, difficulty, skillId);
    }

    public Set<String> optionKeys() {
        return optionKeys(options);
    }

    /** Throws {@link InvalidInputException} on field {@code response} when it does not fit this question. */
    public void requireFits(Response response) {
        required("response", response);
        boolean fits = switch (kind) {
            case SINGLE_CHOICE -> response instanceof Response.Choices c && c.optionKeys().size() == 1
                    && areOptions(c.optionKeys());
            case MULTIPLE_CHOICE -> response instanceof Response.Choices c && areOptions(c.optionKeys());
            case TRUE_FALSE -> response instanceof Response.Truth;
            case SHORT_TEXT -> response instanceof Response.Text;
            case NUMERIC -> response instanceof Response.Number;
        };
        if (!fits) {
            throw new InvalidInputException("response", "does not fit a " + kind.code() + " question"
                    + (response instanceof Response.Choices ? " with options " + optionKeys() : ""));
        }
    }

    /** Without building the set of option keys: a response is checked at every answer of a bulk import. */
    private boolean areOptions(Collection<String> keys) {
        for (String key : keys) {
            if (!isOption(key)) {
                return false;
            }
        }
        return true;
    }

    private boolean isOption(String key) {
        for (QuestionOption option : options) {
            if (option.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isChoice(QuestionKind kind) {
        return kind == QuestionKind.SINGLE_CHOICE || kind == QuestionKind.MULTIPLE_CHOICE;
    }

    private static Set<String> optionKeys(List<QuestionOption> options) {
        Set<String> keys = new HashSet<>();
        options.forEach(option -> keys.add(option.key()));
        return keys;
    }

    private static void checkOptions(QuestionKind kind, List<QuestionOption> options) {
        if (!isChoice(kind)) {
            if (!options.isEmpty()) {
                throw new InvalidInputException("options", "only choice questions have options");
            }
            return;
        }
        if (options.size() < 2 || options.size() > 26) {
            throw new InvalidInputException("options", "a choice question needs 2 to 26 options");
        }
        if (optionKeys(options).size() != options.size()) {
            throw new InvalidInputException("options", "option keys must be unique");
        }
    }

    private static void checkAnswerKey(QuestionKind kind, AnswerKey key, Set<String> optionKeys) {
        boolean fits = switch (kind) {
            case SINGLE_CHOICE -> key instanceof AnswerKey.Choices c && c.optionKeys().size() == 1;
            case MULTIPLE_CHOICE -> key instanceof AnswerKey.Choices c && !c.optionKeys().isEmpty();
            case TRUE_FALSE -> key instanceof AnswerKey.Truth;
            case SHORT_TEXT -> key instanceof AnswerKey.Texts;
            case NUMERIC -> key instanceof AnswerKey.Number;
        };
        if (!fits) {
            throw new InvalidInputException("answerKey", "does not fit a " + kind.code() + " question");
        }
        if (key instanceof AnswerKey.Choices choices) {
            for (String named : choices.optionKeys()) {
                if (!optionKeys.contains(named)) {
                    throw new InvalidInputException("answerKey", "names option '" + named + "', which is not among the options");
                }
            }
        }
    }
}
