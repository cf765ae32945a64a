package org.learningstore.core.assessment;

import org.learningstore.core.internal.check.Codes;

public enum QuestionKind {
    SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, SHORT_TEXT, NUMERIC;

    public String code() {
        return Codes.of(this);
    }

    public static QuestionKind fromCode(String code) {
        return Codes.parse(QuestionKind.class, "kind", code);
    }
}
