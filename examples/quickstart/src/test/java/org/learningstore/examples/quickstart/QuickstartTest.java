package org.learningstore.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningstore.core.LearningStore;
import org.learningstore.postgres.PostgresTestDatabases;
import org.learningstore.sqlite.TursoTestServer;

class QuickstartTest {

    @Test
    void loadsTheDemoCatalogOnceAndPrintsCatalogOutlineAndSearch(@TempDir Path dir) {
        String database = dir.resolve("quickstart.db").toString();

        String first = runOn(database);
        String second = runOn(database);

        assertTrue(first.contains("6 courses added, 0 already there"), first);
        assertTrue(second.contains("0 courses added, 6 already there"), second);
        assertTrue(first.contains("Neural Networks from Scratch"), first);
        assertTrue(first.contains("Outline of \"Generative AI: Diffusion and LLMs\""), first);
        assertTrue(first.contains("2.3 Build a RAG assistant"), first);
        String search = first.substring(first.indexOf("Search \"transformers\""));
        assertTrue(search.contains("Language Models and Transformers"), search);
        assertTrue(search.indexOf("Language Models and Transformers") < search.indexOf("Computer Vision with CNNs"),
                "the title match ranks above the lesson-title match: " + search);
        assertTrue(first.contains("attempt 1: submitted, 2 of 6 points (33%), not passed"), first);
        assertTrue(first.contains("attempt 2: submitted, 6 of 6 points (100%), passed"), first);
        assertTrue(second.contains("attempt 1: submitted, 2 of 6 points (33%), not passed"), "a new learner each run: " + second);
        assertEquals(first.substring(first.indexOf("Published"), first.indexOf("A new learner")),
                second.substring(second.indexOf("Published"), second.indexOf("A new learner")));
        String dashboard = first.substring(first.indexOf("Their dashboard"));
        assertTrue(dashboard.indexOf("Neural Networks from Scratch") < dashboard.indexOf("Generative AI"), dashboard);
        assertTrue(dashboard.contains(" 33.3%  next: Diffusion models"), dashboard);
        assertTrue(dashboard.contains("  0.0%  next: Perceptrons and linear models"), dashboard);
        assertTrue(first.contains("Their stats: 2 lessons completed, 1 assessment passed, average score 66.7%, 12 min in lessons, "
                + "a 1-day streak"), first);
        assertTrue(first.contains("They earned \"First pass\" (+25 XP)"), first);
        assertTrue(first.contains("Their XP: 95, rank 1 of 1 on the all-time leaderboard"), "50 for the pass, 10 for each of "
                + "two lessons, 25 for the achievement: " + first);
        assertTrue(first.contains("  1. anonymous 95 XP  <- them"), first);
        assertTrue(second.contains("Their XP: 95, rank 1 of 2 on the all-time leaderboard"), "a tie shares the rank: " + second);
        String secondBoard = second.substring(second.indexOf("Leaderboard, top 3:"));
        assertEquals(2, secondBoard.split("  1. anonymous 95 XP", -1).length - 1, secondBoard);
        assertTrue(secondBoard.contains("  <- them"), secondBoard);
        String discussion = """
                The learner asks about "Autoencoders and VAEs" and accepts a classmate's answer:
                  Q: Why does a VAE sample its code? (answered, 1 reply)
                   A: Sampling trains nearby codes to decode alike, so new codes decode to sensible images. (+1) [accepted]
                """;
        assertTrue(first.replace(System.lineSeparator(), "\n").contains(discussion), first);
    }

    @Test
    void runsOnPostgresqlGivenAJdbcUrl() {
        var database = PostgresTestDatabases.freshDatabase();
        String url = database.user() == null ? database.jdbcUrl()
                : database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?") + "user=" + database.user()
                + (database.password() == null ? "" : "&password=" + database.password());

        assertPrintsTheDemo(runOn(url));
    }

    @Test
    void runsOnTursoGivenAnHttpUrl() {
        assertPrintsTheDemo(runOn(TursoTestServer.shared().url().toString()));
    }

    private static void assertPrintsTheDemo(String output) {
        assertTrue(output.contains("Neural Networks from Scratch"), output);
        assertTrue(output.contains("2.3 Build a RAG assistant"), output);
        assertTrue(output.contains("Language Models and Transformers"), output);
        assertTrue(output.contains("attempt 2: submitted, 6 of 6 points (100%), passed"), output);
        assertTrue(output.contains(" 33.3%  next: Diffusion models"), output);
        assertTrue(output.contains("They earned \"First pass\" (+25 XP)"), output);
        assertTrue(output.contains("Their XP: 95, rank "), output);
        assertTrue(output.contains("  Q: Why does a VAE sample its code? (answered, 1 reply)"), output);
        assertTrue(output.contains("(+1) [accepted]"), output);
    }

    @Test
    void theDatabaseArgumentChoosesTheBackend() {
        assertEquals(Quickstart.DEFAULT_DATABASE, Quickstart.databaseArgument(new String[0]));
        assertEquals("jdbc:postgresql://h/db", Quickstart.databaseArgument(new String[] {"--db", "jdbc:postgresql://h/db"}));
        assertEquals("http://127.0.0.1:8080", Quickstart.databaseArgument(new String[] {"--db=http://127.0.0.1:8080"}));
    }

    private static String runOn(String database) {
        var bytes = new ByteArrayOutputStream();
        try (LearningStore store = Quickstart.open(database)) {
            Quickstart.run(store, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
