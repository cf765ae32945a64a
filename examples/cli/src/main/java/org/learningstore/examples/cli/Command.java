package org.learningstore.examples.cli;

import java.io.PrintStream;
import java.util.List;

/** One of the tool's commands. */
interface Command {
    String name();

    /** The command with its arguments, for the usage line. */
    default String synopsis() {
        return name();
    }

    /** @throws UsageException for arguments it cannot take or a backend it does not serve */
    void run(Database database, List<String> arguments, PrintStream out);

    static void requireArguments(Command command, List<String> arguments, int count) {
        if (arguments.size() != count) {
            throw new UsageException("usage: cli [--db TARGET] " + command.synopsis());
        }
    }
}
