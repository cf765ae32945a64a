package org.learningstore.core.paging;

import java.util.List;
import java.util.Optional;

/** One keyset page; {@link #nextCursor()} is empty on the last page. */
public record CursoredPage<T>(List<T> content, Optional<String> nextCursor) {
    public CursoredPage {
        content = List.copyOf(content);
    }

    public boolean hasNext() {
        return nextCursor.isPresent();
    }
}
