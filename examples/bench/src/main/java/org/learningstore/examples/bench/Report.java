package org.learningstore.examples.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The bench's output, as Markdown: each round's figures (library, JDBC floor, peer, ratios),
 * then over all rounds the medians and whether each goal of issue 10 is met.
 */
final class Report {
    /** The single-threaded operations compared, O3 both ways; the peer's O3 is one transaction. */
    static final List<String> COMPARED = List.of("O1 outline", "O1 full outline", "O2 dashboard", "O3 submit, one call", "O3 submit, 13 calls",
            "O4 catalog page", "O5 study");
    private static final double PEER_RATIO = 2.0;
    private static final double FLOOR_RATIO = 1.2;
    private static final double LOAD_RATIO = 5.0;

    private Report() {
    }

    static void printRound(PrintStream out, int number, String db, BenchOptions options, Round round) {
        out.printf("%nRound %d: Learning Store on %s (%s), Java %s, %d processors, max heap %s MB, load average %s%n", number,
                round.backend(), db, Runtime.version(), Runtime.getRuntime().availableProcessors(), Memory.maxHeap(), loadAverage());
        out.printf("--sf %s --seed %d --ops %d --threads %d --warmup %d: %d learners, %d enrollments, %d history attempts"
                        + " (%d answers); peak heap %s MB, peak RSS %s MB%n%n", options.scaleFactor(), options.seed(), options.ops(),
                options.threads(), options.warmup(), round.learners(), round.learners() * Loader.ENROLLMENTS_PER_LEARNER,
                round.attempts(), round.attempts() * Loader.QUESTIONS_PER_QUIZ, Memory.megabytes(round.peakHeapBytes()),
                Memory.megabytes(round.peakRssBytes()));
        out.println("| operation | threads | runs | ops/s | p50 ms | p99 ms | CPU ms/op | statements/op | round trips/op "
                + "| JDBC floor ops/s | floor p50 ms | floor CPU ms/op | peer ops/s | peer p50 ms | peer p99 ms | ops/s vs peer | p50 vs peer |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Peer.Result peer = round.peer();
        out.printf("| L load (%s) | %d | 1 | | %s s | | | | | | | | %s | %s | | %s | |%n",
                options.loadByCalls() ? "calls" : "import, batch " + options.batch(), options.threads(), fixed(round.loadSeconds(), 1),
                peer == null ? "" : "answers " + peer.answers(), peer == null ? "" : fixed(peer.loadSeconds(), 1) + " s",
                peer == null ? "" : times(peer.loadSeconds() / round.loadSeconds()));
        for (Measurement m : round.library()) {
            boolean single = m.threads() == 1;
            Optional<Measurement> floor = single ? round.floor(m.operation()) : Optional.empty();
            Optional<Peer.Figures> figures = single ? round.peer(m.operation()) : Optional.empty();
            out.printf("| %s | %d | %d | %.0f | %.3f | %.3f | %.3f | %.1f | %.1f | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    m.operation(), m.threads(), m.ops(), m.opsPerSecond(), m.p50Millis(), m.p99Millis(), m.cpuMillisPerOp(),
                    m.statementsPerOp(), m.roundTripsPerOp(),
                    floor.map(f -> fixed(f.opsPerSecond(), 0)).orElse(""), floor.map(f -> fixed(f.p50Millis(), 3)).orElse(""),
                    floor.map(f -> fixed(f.cpuMillisPerOp(), 3)).orElse(""),
                    figures.map(p -> fixed(p.opsPerSecond(), 0)).orElse(""), figures.map(p -> fixed(p.p50Millis(), 3)).orElse(""),
                    figures.map(p -> fixed(p.p99Millis(), 3)).orElse(""),
                    figures.map(p -> times(m.opsPerSecond() / p.opsPerSecond())).orElse(""),
                    figures.map(p -> times(m.p50Millis() / p.p50Millis())).orElse(""));
        }
        if (peer != null) {
            out.printf("%nPeer (Drizzle + better-sqlite3) peak RSS %s MB.%n", Memory.megabytes(peer.peakRssBytes()));
        }
    }

    /**
     * The medians over the rounds, and the goals: each operation at least 2x the peer's ops/s
     * with at most half its p50; within 1.2x of the JDBC floor's ops/s; the load at least 5x
     * faster. Then the operations run on {@code --threads} threads (on Turso: every one). Peer
     * and floor columns stay empty where there is none.
     */
    static void printSummary(PrintStream out, BenchOptions options, List<Round> rounds) {
        boolean peered = rounds.get(0).peer() != null;
        out.printf("%nSummary, SF %s, median of %d round(s)%s on %s%n%n", options.scaleFactor(), rounds.size(),
                peered ? " (library and peer alternating)" : "", rounds.get(0).backend());
        out.println("| operation | library ops/s | p50 ms | peer ops/s | peer p50 ms | ops/s vs peer | p50 vs peer "
                + "| goal >= 2x ops/s, <= 0.5x p50 | JDBC floor ops/s | floor p50 ms | floor ops/s vs library | goal within 1.2x of floor "
                + "| CPU ms/op | floor CPU ms/op | round trips/op |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---|---:|---:|---:|");
        double load = median(rounds, r -> r.loadSeconds());
        double peerLoad = peered ? median(rounds, r -> r.peer().loadSeconds()) : Double.NaN;
        out.printf("| L load (s) | %s | | %s | | %s | | %s | | | | | | | |%n", fixed(load, 1), orBlank(peered, fixed(peerLoad, 1)),
                orBlank(peered, times(peerLoad / load)), orBlank(peered, yesNo(peerLoad / load >= LOAD_RATIO) + " (>= 5x faster)"));
        for (String operation : COMPARED) {
            double ops = median(rounds, r -> r.library(operation).orElseThrow().opsPerSecond());
            double p50 = median(rounds, r -> r.library(operation).orElseThrow().p50Millis());
            double peerOps = peered ? median(rounds, r -> r.peer(operation).orElseThrow().opsPerSecond()) : Double.NaN;
            double peerP50 = peered ? median(rounds, r -> r.peer(operation).orElseThrow().p50Millis()) : Double.NaN;
            boolean floored = rounds.get(0).floor(operation).isPresent();
            double floorOps = floored ? median(rounds, r -> r.floor(operation).orElseThrow().opsPerSecond()) : Double.NaN;
            double floorP50 = floored ? median(rounds, r -> r.floor(operation).orElseThrow().p50Millis()) : Double.NaN;
            double floorCpu = floored ? median(rounds, r -> r.floor(operation).orElseThrow().cpuMillisPerOp()) : Double.NaN;
            out.printf("| %s | %.0f | %.3f | %s | %s | %s | %s | %s | %s | %s | %s | %s | %.3f | %s | %.1f |%n", operation, ops, p50,
                    orBlank(peered, fixed(peerOps, 0)), orBlank(peered, fixed(peerP50, 3)), orBlank(peered, times(ops / peerOps)),
                    orBlank(peered, times(p50 / peerP50)),
                    orBlank(peered, yesNo(ops >= PEER_RATIO * peerOps && p50 * PEER_RATIO <= peerP50)),
                    orBlank(floored, fixed(floorOps, 0)), orBlank(floored, fixed(floorP50, 3)), orBlank(floored, times(floorOps / ops)),
                    orBlank(floored, yesNo(floorOps <= FLOOR_RATIO * ops)),
                    median(rounds, r -> r.library(operation).orElseThrow().cpuMillisPerOp()), orBlank(floored, fixed(floorCpu, 3)),
                    median(rounds, r -> r.library(operation).orElseThrow().roundTripsPerOp()));
        }
        for (Measurement threaded : rounds.get(0).library().stream().filter(m -> m.threads() > 1).toList()) {
            String operation = threaded.operation();
            out.printf("| %s, %d threads | %.0f | %.3f | | | | | | | | | | %.3f | | %.1f |%n", operation, threaded.threads(),
                    median(rounds, r -> r.threaded(operation).orElseThrow().opsPerSecond()),
                    median(rounds, r -> r.threaded(operation).orElseThrow().p50Millis()),
                    median(rounds, r -> r.threaded(operation).orElseThrow().cpuMillisPerOp()),
                    median(rounds, r -> r.threaded(operation).orElseThrow().roundTripsPerOp()));
        }
        out.printf("%nPeak memory (median): library JVM heap %s MB (max heap %s MB), RSS %s MB%s.%n",
                Memory.megabytes((long) median(rounds, r -> (double) r.peakHeapBytes())), Memory.maxHeap(),
                Memory.megabytes((long) median(rounds, r -> (double) r.peakRssBytes())), peered
                        ? "; peer RSS " + Memory.megabytes((long) median(rounds, r -> (double) r.peer().peakRssBytes())) + " MB" : "");
    }

    private static String orBlank(boolean present, String figure) {
        return present ? figure : "";
    }

    private static double median(List<Round> rounds, Function<Round, Double> figure) {
        List<Double> sorted = rounds.stream().map(figure).sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[0];
        } catch (IOException | RuntimeException unknown) {
            return "?";
        }
    }

    private static String fixed(double value, int decimals) {
        return String.format("%." + decimals + "f", value);
    }

    private static String times(double ratio) {
        return String.format("%.2fx", ratio);
    }

    private static String yesNo(boolean met) {
        return met ? "yes" : "no";
    }
}
