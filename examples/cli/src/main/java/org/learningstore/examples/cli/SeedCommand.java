package org.learningstore.examples.cli;

import java.io.PrintStream;
import java.util.List;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.examples.quickstart.DemoCatalog;

/** Loads the quickstart's demo catalog: the courses not there yet, published; migrates first if needed. */
final class SeedCommand implements Command {
    @Override
    public String name() {
        return "seed";
    }

    @Override
    public void run(Database database, List<String> arguments, PrintStream out) {
        Command.requireArguments(this, arguments, 0);
        try (LearningStore store = database.open(StoreOptions.defaults())) {
            out.printf("Demo catalog: %d courses added%n", DemoCatalog.load(store.actingAs("cli")));
        }
    }
}
