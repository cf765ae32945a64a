package org.learningstore.core.paging;

import org.learningstore.core.error.InvalidInputException;

/** An offset page: page numbers start at 1, as in Jakarta Data. */
public record PageRequest(long page, int size) {
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 1) {
            throw new InvalidInputException("page", "must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest ofSize(int size) {
        return new PageRequest(1, size);
    }

    public static PageRequest ofPage(long page, int size) {
        return new PageRequest(page, size);
    }

    public PageRequest next() {
        return new PageRequest(page + 1, size);
    }

    /** How many rows come before this page; a page too far to count from is past every row. */
    public long offset() {
        long before = page - 1;
        return before > Long.MAX_VALUE / size ? Long.MAX_VALUE : before * size;
    }
}
