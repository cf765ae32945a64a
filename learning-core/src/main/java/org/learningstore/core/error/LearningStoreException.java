package org.learningstore.core.error;

/** Base of every error the library throws; unchecked, never a raw driver exception. */
public abstract class LearningStoreException extends RuntimeException {
    protected LearningStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
