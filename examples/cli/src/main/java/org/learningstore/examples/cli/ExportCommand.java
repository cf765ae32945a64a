package org.learningstore.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.LearningStore;

/**
 * Everything the store holds about one learner, as the privacy API's export document, streamed to
 * standard output or to a file. The file is written beside its target and moved into place whole,
 * so an export that fails leaves no file and does not touch an older one.
 */
final class ExportCommand implements Command {
    private static final String OUT = "--out";

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String synopsis() {
        return "export LEARNER_ID [--out FILE]";
    }

    @Override
    public void run(Database database, List<String> arguments, PrintStream out) {
        boolean toFile = arguments.size() == 3 && arguments.get(1).equals(OUT);
        if (!toFile) {
            Command.requireArguments(this, arguments, 1);
        }
        UUID learnerId = learnerId(arguments.get(0));
        try (LearningStore store = database.openAsItIs()) {
            if (toFile) {
                Path target = Path.of(arguments.get(2)).toAbsolutePath().normalize();
                exportToFile(store, learnerId, target);
                out.printf("Exported learner %s to %s%n", learnerId, target);
            } else {
                store.privacy().export(learnerId, out);
                out.println();
            }
        }
    }

    private UUID learnerId(String argument) {
        try {
            UUID id = UUID.fromString(argument);
            // fromString also takes shortened groups ("1-2-3-4-5"); only the canonical 36 characters name a learner
            if (id.toString().equalsIgnoreCase(argument)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below, as for a shortened id
        }
        throw new UsageException("not a learner id: " + argument + "\nusage: cli [--db TARGET] " + synopsis());
    }

    private static void exportToFile(LearningStore store, UUID learnerId, Path target) {
        Path partial = null;
        try {
            Files.createDirectories(target.getParent());
            partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".partial");
            try (OutputStream file = Files.newOutputStream(partial)) {
                store.privacy().export(learnerId, file);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteIfLeft(partial);
        }
    }

    private static void deleteIfLeft(Path partial) {
        if (partial == null) {
            return;
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
