package org.learningstore.sqlite.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The column labels of one result, interned: rows are read by literal labels (interned too), so a
 * lookup is a short scan comparing references, equality only as a fallback. As in a map filled in
 * column order, a label that occurs twice names its last column.
 */
final class Labels {
    private final String[] names;
    private final Map<String, Labels> unprefixed = new ConcurrentHashMap<>();

    /** @param names in column order; null for a column without a label */
    Labels(List<String> names) {
        this.names = names.stream().map(name -> name == null ? null : name.intern()).toArray(String[]::new);
    }

    /**
     * The labels that start with {@code prefix}, without it, at their own positions (the others
     * unreachable); made once per prefix, as a result's labels are kept with its statement.
     */
    Labels unprefixed(String prefix) {
        return unprefixed.computeIfAbsent(prefix, p -> new Labels(Arrays.stream(names)
                .map(name -> name != null && name.startsWith(p) ? name.substring(p.length()) : null).toList()));
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
