package org.learningstore.sqlite.internal;

import java.util.List;

/**
 * The column labels of one result, interned: rows are read by literal labels (interned too), so a
 * lookup is a short scan comparing references, equality only as a fallback. As in a map filled in
 * column order, a label that occurs twice names its last column.
 */
final class Labels {
    private final String[] names;

    /** @param names in column order; null for a column without a label */
    Labels(List<String> names) {
        this.names = names.stream().map(name -> name == null ? null : name.intern()).toArray(String[]::new);
    }

    int width() {
        return names.length;
    }

    /** The column's index, or -1. */
    int indexOf(String label) {
        for (int i = names.length - 1; i >= 0; i--) {
            if (names[i] == label) {
                return i;
            }
        }
        for (int i = names.length - 1; i >= 0; i--) {
            if (label.equals(names[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return List.of(names).toString();
    }
}
