package org.learningstore.examples.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The performance peer of WORKLOAD.md (Drizzle ORM over better-sqlite3, {@code ../shared/peers/drizzle}),
 * run as its README says: copied into {@code target/drizzle-peer}, {@code npm install}ed there
 * once, then {@code node bench.js DBFILE SF ITER}; its output parsed into figures.
 */
final class Peer {
    private static final Pattern LOAD = Pattern.compile("answers=(\\d+) load=([\\d.]+)s");
    private static final Pattern OPERATION =
            Pattern.compile("^(O\\d) .*ops/s=\\s*(\\d+) p50=([\\d.]+)ms p99=([\\d.]+)ms");

    /** One run of the peer: its load, its operations by id ({@code O1}..{@code O5}), its peak resident memory. */
    record Result(double loadSeconds, long answers, Map<String, Figures> operations, long peakRssBytes) {
    }

    /** What the peer prints for one operation: single-threaded ops/s, p50 and p99. */
    record Figures(double opsPerSecond, double p50Millis, double p99Millis) {
    }

    private final Path source;
    private final Path home;

    Peer(Path source, Path home) {
        this.source = source;
        this.home = home;
    }

    /** Copies the peer's files and installs its packages, unless an earlier run did. */
    void install() {
        try {
            Files.createDirectories(home);
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, home.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (!Files.isDirectory(home.resolve("node_modules/better-sqlite3"))) {
                run(List.of("npm", "install", "--no-audit", "--no-fund"), line -> { });
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot set up the peer in " + home, failure);
        }
    }

    /** Runs the peer on a new database file at {@code sf}, {@code ops} timed runs per operation. */
    Result run(double sf, int ops) {
        Path db = home.resolve("bench.db");
        List<String> output = new ArrayList<>();
        long peakRss = run(List.of("node", home.resolve("bench.js").toString(), db.toString(), Double.toString(sf),
                Integer.toString(ops)), output::add);
        Target.deleteFile(db.toString());
        Map<String, Figures> operations = new LinkedHashMap<>();
        double loadSeconds = Double.NaN;
        long answers = -1;
        for (String line : output) {
            Matcher load = LOAD.matcher(line);
            if (load.find()) {
                answers = Long.parseLong(load.group(1));
                loadSeconds = Double.parseDouble(load.group(2));
            }
            Matcher operation = OPERATION.matcher(line);
            if (operation.find()) {
                operations.put(operation.group(1), new Figures(Double.parseDouble(operation.group(2)),
                        Double.parseDouble(operation.group(3)), Double.parseDouble(operation.group(4))));
            }
        }
        if (operations.size() != 5 || answers < 0) {
            throw new IllegalStateException("the peer printed no figures for every operation:\n" + String.join("\n", output));
        }
        return new Result(loadSeconds, answers, operations, peakRss);
    }

    /** Runs the command in the peer's folder, hands each output line on, and returns its peak resident memory. */
    private long run(List<String> command, LineSink lines) {
        try {
            Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true).start();
            PeakRss peak = PeakRss.watch(process.pid());
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.accept(line);
                }
            }
            int exit = process.waitFor();
            long bytes = peak.stop();
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
            }
            return bytes;
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the peer ran", interrupted);
        }
    }

    @FunctionalInterface
    private interface LineSink {
        void accept(String line);
    }
}
