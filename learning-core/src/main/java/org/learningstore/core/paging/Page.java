package org.learningstore.core.paging;

import java.util.List;

/** One offset page of results with the total count of matching elements. */
public record Page<T>(List<T> content, PageRequest pageRequest, long totalElements) {
    public Page {
        content = List.copyOf(content);
    }

    public long totalPages() {
        return (totalElements + pageRequest.size() - 1) / pageRequest.size();
    }

    public boolean hasNext() {
        return pageRequest.page() < totalPages();
    }
}
