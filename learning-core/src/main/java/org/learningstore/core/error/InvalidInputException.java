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

    /** {@code value}, or an {@code InvalidInputException} saying that {@code field} is required; for openers too. */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
