package org.learningstore.examples.bench;

import java.util.Random;

/** One timed call of the workload, drawing its arguments from {@code random}. */
@FunctionalInterface
interface Operation {
    void run(Random random);
}
