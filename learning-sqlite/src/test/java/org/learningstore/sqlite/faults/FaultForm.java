package org.learningstore.sqlite.faults;

/**
 * The fault suite's size: short by default (what {@code ./mvnw -B verify} runs), long with
 * {@code -Dfaults.long=true}; {@code -Dfaults.seed=<n>} replays the random moments of a run.
 */
final class FaultForm {
    static final boolean LONG = Boolean.getBoolean("faults.long");
    static final long SEED = Long.getLong("faults.seed", 20261129L);

    private FaultForm() {
    }

    static int of(int shortForm, int longForm) {
        return LONG ? longForm : shortForm;
    }
}
