package org.learningstore.core.error;

/** Input that breaks a validation rule; names the field and the reason. Nothing was written. */
public final class InvalidInputException extends LearningStoreException {
    private final String field;
    private final String reason;

    public InvalidInputException(String field, String reason) {
        super(field + ": " + reason, null);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
