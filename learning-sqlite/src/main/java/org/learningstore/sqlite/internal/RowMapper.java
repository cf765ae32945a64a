package org.learningstore.sqlite.internal;

@FunctionalInterface
interface RowMapper<T> {
    T map(Row row);
}
