package org.learningstore.core.assessment;

import org.learningstore.core.internal.check.Codes;

public enum AssessmentKind {
    QUIZ, EXAM, TEST, PRACTICE, CHALLENGE, ASSIGNMENT, PROJECT;

    public String code() {
        return Codes.of(this);
    }

    public static AssessmentKind fromCode(String code) {
        return Codes.parse(AssessmentKind.class, "kind", code);
    }
}
