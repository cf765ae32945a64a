package org.learningstore.jpa;

import org.learningstore.core.error.LearningStoreException;
import org.learningstore.jpa.internal.PersistenceErrors;

/** For database modules: turns what JPA, Hibernate or the driver threw (opening a store, say) into the library's typed errors. */
public final class PersistenceFailures {
    private PersistenceFailures() {
    }

    public static LearningStoreException translate(RuntimeException failure) {
        return new PersistenceErrors().translate(failure);
    }
}
