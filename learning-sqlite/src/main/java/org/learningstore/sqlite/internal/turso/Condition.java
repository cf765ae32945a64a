package org.learningstore.sqlite.internal.turso;

import java.util.List;

/** A Hrana batch step condition. */
public sealed interface Condition {

    /** True when step {@code step} ran and succeeded. */
    record Ok(int step) implements Condition {}

    /** True when step {@code step} ran and failed. */
    record Error(int step) implements Condition {}

    record Not(Condition cond) implements Condition {}

    record And(List<Condition> conds) implements Condition {
        public And {
            conds = List.copyOf(conds);
        }
    }

    record Or(List<Condition> conds) implements Condition {
        public Or {
            conds = List.copyOf(conds);
        }
    }

    /** True when the connection is not inside a transaction. */
    record IsAutocommit() implements Condition {}

    static Condition ok(int step) {
        return new Ok(step);
    }

    static Condition error(int step) {
        return new Error(step);
    }

    static Condition not(Condition cond) {
        return new Not(cond);
    }

    static Condition and(Condition... conds) {
        return new And(List.of(conds));
    }

    static Condition or(Condition... conds) {
        return new Or(List.of(conds));
    }

    static Condition isAutocommit() {
        return new IsAutocommit();
    }
}
