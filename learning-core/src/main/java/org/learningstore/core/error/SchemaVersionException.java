package org.learningstore.core.error;

/**
 * The database's schema is not the version this library works on: behind (migration on open is
 * off and the schema was not migrated, or not completely) or ahead (a newer library migrated it).
 * Not retryable: migrate, or run the library version the schema belongs to.
 */
public final class SchemaVersionException extends StoreUnavailableException {
    private final String found;
    private final String expected;
    private final boolean behind;

    /**
     * @param found the newest version applied to the database ("none" when it has no store schema)
     * @param expected the newest version this library ships
     * @param behind whether the schema lacks versions this library ships (else it holds newer ones)
     */
    public SchemaVersionException(String found, String expected, boolean behind) {
        super("the store's schema is at version " + found + " and this library works on version " + expected
                + (behind ? ": migrate it first" : ": it was migrated by a newer library"), false, null);
        this.found = found;
        this.expected = expected;
        this.behind = behind;
    }

    public String found() {
        return found;
    }

    public String expected() {
        return expected;
    }

    public boolean behind() {
        return behind;
    }
}
