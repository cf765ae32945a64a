package org.learningstore.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningstore.core.contract.StatementCounts;

/** The README shows the very table of statements and round trips the compatibility kit holds every backend to. */
class ReadmeStatementCountsTest {
    private static final Path README = Path.of("../../README.md");
    private static final String SECTION = "## Statements and round trips";

    @Test
    void theReadmeTableIsTheKitsTable() throws IOException {
        List<String> readme = Files.readAllLines(README);
        List<String> shown = readme.stream()
                .dropWhile(line -> !line.equals(SECTION))
                .skip(1)
                .takeWhile(line -> !line.startsWith("## "))
                .filter(line -> line.startsWith("|"))
                .toList();

        assertEquals(StatementCounts.load().lines(), shown,
                "copy " + StatementCounts.RESOURCE + " of learning-core's test resources into the README's \"" + SECTION + "\"");
    }
}
