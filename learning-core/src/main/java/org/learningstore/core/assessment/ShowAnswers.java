package org.learningstore.core.assessment;

import org.learningstore.core.internal.check.Codes;

/** When a learner may see answer keys and explanations. */
public enum ShowAnswers {
    NEVER, AFTER_SUBMIT, AFTER_PASS;

    public String code() {
        return Codes.of(this);
    }

    public static ShowAnswers fromCode(String code) {
        return Codes.parse(ShowAnswers.class, "showAnswers", code);
    }
}
