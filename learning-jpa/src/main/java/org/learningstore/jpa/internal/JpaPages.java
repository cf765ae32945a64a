package org.learningstore.jpa.internal;

import org.learningstore.core.paging.PageRequest;

/** Offset pages in JPA, whose first result is an {@code int}. */
final class JpaPages {
    private JpaPages() {
    }

    /** A page starting past {@link Integer#MAX_VALUE} rows, which no listing here reaches: it is empty. */
    static boolean beyondReach(PageRequest page) {
        return page.offset() > Integer.MAX_VALUE;
    }
}
