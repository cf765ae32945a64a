package org.learningstore.core.error;

/** Valid input that a domain rule refuses in the current state (e.g. publishing a deleted course). */
public final class RuleViolationException extends LearningStoreException {
    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message, null);
        this.rule = rule;
    }

    /** A stable, machine-readable name of the rule, e.g. {@code course.deleted}. */
    public String rule() {
        return rule;
    }
}
