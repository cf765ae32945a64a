package org.learningstore.examples.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.learningstore.core.error.LearningStoreException;

/**
 * The store's command-line tool, the equivalent of {@code db:migrate}, {@code db:seed} and a status
 * page. Exit codes: 0 done, 1 the store refused or failed (its typed error's message is printed),
 * 2 a usage error.
 *
 * <pre>
 * Cli [--db TARGET] migrate          create or upgrade the store's schema
 * Cli [--db TARGET] status           backend, schema version, rows per main table
 * Cli [--db TARGET] seed             load the quickstart's demo catalog (once)
 * Cli [--db TARGET] backup FILE      online copy of a SQLite file
 *
 * TARGET: a SQLite file (default learning-store.db), jdbc:postgresql://host/db (user and password in the
 * URL or in LEARNING_PG_USER, LEARNING_PG_PASSWORD), http(s):// or libsql:// for Turso (token in LEARNING_TURSO_TOKEN)
 * </pre>
 */
public final class Cli {
    static final String DEFAULT_DATABASE = "learning-store.db";
    static final int DONE = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final Map<String, Command> COMMANDS = Stream.of(new MigrateCommand(), new StatusCommand(),
                    new SeedCommand(), new BackupCommand())
            .collect(Collectors.toMap(Command::name, Function.identity()));

    private Cli() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != DONE) {
            System.exit(code);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String db = DEFAULT_DATABASE;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db") && i + 1 < args.length) {
                db = args[++i];
            } else if (args[i].startsWith("--db=")) {
                db = args[i].substring("--db=".length());
            } else {
                rest.add(args[i]);
            }
        }
        Command command = rest.isEmpty() ? null : COMMANDS.get(rest.get(0));
        if (command == null) {
            err.println(rest.isEmpty() ? "no command given" : "unknown command: " + rest.get(0));
            err.println(usage());
            return USAGE;
        }
        try {
            command.run(Database.parse(db), rest.subList(1, rest.size()), out);
            return DONE;
        } catch (UsageException usage) {
            err.println(usage.getMessage());
            return USAGE;
        } catch (LearningStoreException failure) {
            err.println("error: " + failure.getMessage());
            return FAILED;
        }
    }

    private static String usage() {
        return "usage: cli [--db TARGET] " + COMMANDS.values().stream().map(Command::synopsis).sorted()
                .collect(Collectors.joining(" | "));
    }
}
