package org.learningstore.examples.cli;

import java.io.PrintStream;
import java.util.List;

/** Creates or upgrades the store's schema, as a deploy pipeline would before stores open with migration off. */
final class MigrateCommand implements Command {
    @Override
    public String name() {
        return "migrate";
    }

    @Override
    public void run(Database database, List<String> arguments, PrintStream out) {
        Command.requireArguments(this, arguments, 0);
        database.migrate();
        out.printf("Migrated %s: schema version %s%n", database.description(), database.schemaVersion());
    }
}
