package org.learningstore.examples.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import org.learningstore.core.LearningStore;
import org.learningstore.core.report.StoreHealth;

/** The backend, the schema version and the rows of each main table; never migrates. */
final class StatusCommand implements Command {
    static final List<String> MAIN_TABLES = List.of("courses", "modules", "lessons", "skills", "assessments", "questions",
            "learners", "enrollments", "lesson_progress", "attempts", "discussion_posts", "projects", "xp_entries",
            "learning_events", "audit_log");
    /** One statement, so the counts are of one moment. */
    private static final String COUNTS = MAIN_TABLES.stream().map(table -> "(SELECT count(*) FROM " + table + ")")
            .collect(Collectors.joining(", ", "SELECT ", ""));

    @Override
    public String name() {
        return "status";
    }

    @Override
    public void run(Database database, List<String> arguments, PrintStream out) {
        Command.requireArguments(this, arguments, 0);
        try (LearningStore store = database.openAsItIs()) {
            StoreHealth health = store.health();
            out.printf("database: %s%nbackend: %s%nschema version: %s%nrows:%n", database.description(), health.backend(),
                    health.schemaVersion());
        }
        List<Object> counts = database.singleRow(COUNTS);
        for (int i = 0; i < MAIN_TABLES.size(); i++) {
            out.printf("  %-17s %6s%n", MAIN_TABLES.get(i), counts.get(i));
        }
    }
}
