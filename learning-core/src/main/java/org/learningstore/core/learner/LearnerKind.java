package org.learningstore.core.learner;

import org.learningstore.core.internal.check.Codes;

/** Anonymous learners are known only through their sessions; registered ones have an identity. */
public enum LearnerKind {
    ANONYMOUS, REGISTERED;

    public String code() {
        return Codes.of(this);
    }

    public static LearnerKind fromCode(String code) {
        return Codes.parse(LearnerKind.class, "kind", code);
    }
}
