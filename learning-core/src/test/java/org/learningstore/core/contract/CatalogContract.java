package org.learningstore.core.contract;

import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;

/** Placeholder: the catalog contract is being written; subclasses implement openStore. */
public abstract class CatalogContract {
    protected abstract LearningStore openStore(StoreOptions options);
}
