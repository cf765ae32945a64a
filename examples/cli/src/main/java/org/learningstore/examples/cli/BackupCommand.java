package org.learningstore.examples.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** Copies a SQLite file while stores go on using it; other backends have their own tools. */
final class BackupCommand implements Command {
    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String synopsis() {
        return "backup FILE";
    }

    @Override
    public void run(Database database, List<String> arguments, PrintStream out) {
        Command.requireArguments(this, arguments, 1);
        Path target = Path.of(arguments.get(0));
        database.backup(target);
        out.printf("Backed up %s to %s%n", database.description(), target.toAbsolutePath().normalize());
    }
}
