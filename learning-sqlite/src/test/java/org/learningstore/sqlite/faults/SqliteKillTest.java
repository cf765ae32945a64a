package org.learningstore.sqlite.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a child JVM writing to a SQLite file, at random moments: after every kill the
 * file passes SQLite's integrity and foreign key checks and every invariant of
 * {@link SqliteInvariants}, and every call the child saw return is in the file.
 */
@Tag("faults")
class SqliteKillTest {
    private static final int KILLS = FaultForm.of(20, 100);

    @TempDir
    Path dir;

    @Test
    void everyReturnedCallSurvivesAKillAndNothingPartialRemains() throws Exception {
        Path db = dir.resolve("killed.db");
        FaultScenario scenario = FaultScenario.createIn(db);
        var random = new Random(FaultForm.SEED);
        int returnedCalls = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            Path log = dir.resolve("child-" + kill + ".log");
            Process child = new ProcessBuilder(FaultChild.command("write", db, log, scenario.args()))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child-" + kill + ".out").toFile()).start();
            awaitReady(child, log);
            Thread.sleep(100 + random.nextInt(1_000));
            assertTrue(child.isAlive(), "the child ended by itself before kill " + kill);
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));

            assertEquals(List.of(), SqliteInvariants.violations(db), "after kill " + kill);
            List<String> returned = Files.readAllLines(log, StandardCharsets.UTF_8);
            assertPresent(db, scenario, returned.subList(1, returned.size()));
            returnedCalls += returned.size() - 1;
        }
        System.out.printf("faults: %d kills, %d returned calls all present, 0 violations (seed %d)%n",
                KILLS, returnedCalls, FaultForm.SEED);
    }

    private static void awaitReady(Process child, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(Files.exists(log) && Files.size(log) > 0)) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the child never got ready (exit " + (child.isAlive() ? "none" : child.exitValue()) + ")");
            }
            Thread.sleep(10);
        }
    }

    private static void assertPresent(Path db, FaultScenario scenario, List<String> returned) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            for (String line : returned) {
                String[] word = line.split(" ");
                String sql = switch (word[0]) {
                    case "learner" -> "SELECT count(*) FROM learners WHERE id = ?";
                    case "enrolled" -> "SELECT count(*) FROM enrollments WHERE learner_id = ? AND course_id = '"
                            + scenario.course() + "'";
                    case "time" -> "SELECT count(*) FROM lesson_progress WHERE learner_id = ? AND lesson_id = '"
                            + scenario.lessons().get(1) + "' AND time_spent_ms = " + FaultScenario.TIME_RECORDED.toMillis();
                    case "attempt" -> "SELECT count(*) FROM attempts WHERE id = ?";
                    case "answer" -> "SELECT count(*) FROM answers WHERE attempt_id = ? AND question_id = '" + word[2] + "'";
                    case "submitted" -> "SELECT count(*) FROM attempts WHERE id = ? AND status = 'submitted'";
                    case "completed" -> "SELECT count(*) FROM lesson_progress WHERE learner_id = ? AND lesson_id = '"
                            + scenario.lessons().get(2) + "' AND status = 'completed'";
                    default -> throw new AssertionError("unknown log line " + line);
                };
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setString(1, word[1]);
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        assertEquals(1, rows.getLong(1), "returned before the kill: " + line);
                    }
                }
            }
        }
    }
}
