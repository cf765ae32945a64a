package org.learningstore.core.assessment;

import static org.learningstore.core.internal.check.Checks.requiredText;

/** One choice of a choice question: a key the answer key and responses name, and its text. */
public record QuestionOption(String key, String text) {
    public QuestionOption {
        requiredText("options", key, 50);
        requiredText("options", text, 2_000);
    }

    public static QuestionOption of(String key, String text) {
        return new QuestionOption(key, text);
    }
}
