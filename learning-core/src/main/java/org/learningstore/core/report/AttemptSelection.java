package org.learningstore.core.report;

/** Which graded attempts an assessment's statistics are over. */
public enum AttemptSelection {
    /** Attempt number 1 of each learner, when it is graded. */
    FIRST_ATTEMPTS,
    /** Every graded attempt. */
    ALL_ATTEMPTS
}
