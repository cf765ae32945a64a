package org.learningstore.sqlite.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** One SQL text with its positional ({@code ?}) arguments, already in their stored form (see {@link SqlValues}). */
record Sql(String text, List<Object> args) {

    Sql {
        Objects.requireNonNull(text, "text");
        var bound = new ArrayList<>(args.size());
        args.forEach(arg -> bound.add(SqlValues.bindable(arg)));
        args = Collections.unmodifiableList(bound);
    }

    static Sql of(String text, Object... args) {
        return new Sql(text, Arrays.asList(args));
    }
}
