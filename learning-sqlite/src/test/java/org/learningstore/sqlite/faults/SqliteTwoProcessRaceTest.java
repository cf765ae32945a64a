package org.learningstore.sqlite.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningstore.core.LearningStore;
import org.learningstore.sqlite.SqliteStores;

/**
 * Two processes, each with its own store on one SQLite file, race on one learner's attempts, on the
 * seats of a small course and on one lesson's completion: attempts stay numbered 1..n, seats never
 * go past the maximum, and the completion counts once.
 */
@Tag("faults")
class SqliteTwoProcessRaceTest {
    private static final int PAIRS = FaultForm.of(1, 8);
    private static final int ROUNDS = FaultForm.of(15, 30);
    private static final String SUBMITTED = "submitted attempt ";

    @TempDir
    Path dir;

    @Test
    void twoProcessesKeepAttemptsSeatsAndCompletionsExact() throws Exception {
        for (int pair = 1; pair <= PAIRS; pair++) {
            race(dir.resolve("pair-" + pair));
        }
        System.out.printf("faults: %d races of two processes on one file, 0 violations%n", PAIRS * ROUNDS);
    }

    private static void race(Path dir) throws Exception {
        Files.createDirectories(dir);
        Path db = dir.resolve("raced.db");
        FaultScenario scenario = FaultScenario.createIn(db);
        UUID learner;
        try (LearningStore store = SqliteStores.open(db)) {
            learner = store.learners().createAnonymous().id();
            store.progress().enroll(learner, scenario.course());
        }
        List<String> rest = new ArrayList<>(List.of(String.valueOf(ROUNDS), learner.toString()));
        rest.addAll(scenario.args());
        List<Process> children = new ArrayList<>();
        List<Path> logs = List.of(dir.resolve("a.log"), dir.resolve("b.log"));
        for (Path log : logs) {
            children.add(new ProcessBuilder(FaultChild.command("race", db, log, rest))
                    .redirectErrorStream(true).redirectOutput(Path.of(log + ".out").toFile()).start());
        }
        for (Process child : children) {
            assertTrue(child.waitFor(120, TimeUnit.SECONDS), "a racer did not finish");
            assertEquals(0, child.exitValue(), "a racer met an untyped error");
        }
        List<String> lines = new ArrayList<>();
        for (Path log : logs) {
            List<String> own = Files.readAllLines(log, StandardCharsets.UTF_8);
            assertEquals("done", own.get(own.size() - 1));
            lines.addAll(own);
        }

        assertEquals(List.of(), SqliteInvariants.violations(db));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement statement = connection.createStatement()) {
            List<String> submitted = lines.stream().filter(line -> line.startsWith(SUBMITTED))
                    .map(line -> line.substring(SUBMITTED.length())).toList();
            assertEquals(count(lines, "ok attempt"), submitted.size());
            // both processes may have submitted one attempt (a start resumes the open one): the ids, not the calls, count
            assertEquals(new TreeSet<>(submitted), new TreeSet<>(SqliteInvariants.column(statement,
                    "SELECT id FROM attempts WHERE learner_id = '" + learner + "' AND status = 'submitted'")));
            assertEquals(SqliteInvariants.count(statement, "SELECT count(*) FROM attempts WHERE learner_id = '" + learner + "'"),
                    SqliteInvariants.count(statement, "SELECT max(number) FROM attempts WHERE learner_id = '" + learner + "'"));
            assertEquals(FaultScenario.SEATS, count(lines, "ok seat"));
            assertEquals(2L * ROUNDS - FaultScenario.SEATS, count(lines, "refused seat RuleViolationException"));
            assertEquals(FaultScenario.SEATS, SqliteInvariants.count(statement,
                    "SELECT enrolled_count FROM courses WHERE id = '" + scenario.smallCourse() + "'"));
            // a busy file may refuse a call with a typed, retryable error; nothing else may refuse a completion
            assertEquals(2L * ROUNDS, count(lines, "ok completion")
                    + count(lines, "refused completion StoreUnavailableException"), refusals(lines));
            assertEquals(1, SqliteInvariants.count(statement, "SELECT count(*) FROM lesson_progress WHERE learner_id = '"
                    + learner + "' AND lesson_id = '" + scenario.lessons().get(2) + "' AND status = 'completed'"));
        }
    }

    private static String refusals(List<String> lines) {
        return String.join("; ", lines.stream().filter(line -> line.startsWith("refused") || line.startsWith("because")).distinct().toList());
    }

    private static long count(List<String> lines, String line) {
        return lines.stream().filter(line::equals).count();
    }
}
