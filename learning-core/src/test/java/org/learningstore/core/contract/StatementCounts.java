package org.learningstore.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements and round trips each counted call makes on each backend, read from
 * {@value #RESOURCE}: a Markdown table of one row per call and one column per backend, whose
 * cells read "N statements, M round trips". The README shows the same table, line for line
 * (a quickstart test compares them), so the documented figures are the tested ones.
 */
public final class StatementCounts {
    public static final String RESOURCE = "statements-and-round-trips.md";
    private static final Pattern CELL = Pattern.compile("(\\d+) statements?, (\\d+) round trips?");

    private final List<String> lines;
    private final List<String> backends;
    private final Map<String, List<String>> cellsByCall = new LinkedHashMap<>();

    private StatementCounts(List<String> lines) {
        this.lines = lines;
        List<String> header = cells(lines.get(0));
        this.backends = header.subList(1, header.size());
        for (String row : lines.subList(2, lines.size())) {
            List<String> cells = cells(row);
            cellsByCall.put(cells.get(0), cells.subList(1, cells.size()));
        }
    }

    public static StatementCounts load() {
        try (InputStream in = StatementCounts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + StatementCounts.class.getName());
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.startsWith("|")).toList();
            return new StatementCounts(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table's lines, header and separator included, as the README must show them. */
    public List<String> lines() {
        return lines;
    }

    public Expected expected(String call, String backend) {
        List<String> cells = cellsByCall.get(call);
        int column = backends.indexOf(backend);
        if (cells == null || column < 0) {
            throw new IllegalArgumentException("no figure for \"" + call + "\" on \"" + backend + "\" in " + RESOURCE);
        }
        Matcher figures = CELL.matcher(cells.get(column));
        if (!figures.matches()) {
            throw new IllegalArgumentException("\"" + cells.get(column) + "\" does not read \"N statements, M round trips\"");
        }
        return new Expected(call, backend, Integer.parseInt(figures.group(1)), Integer.parseInt(figures.group(2)));
    }

    private static List<String> cells(String row) {
        String inner = row.strip().substring(1, row.strip().length() - 1);
        return Arrays.stream(inner.split("\\|")).map(String::strip).toList();
    }

    /** What one call must cost on one backend. */
    public record Expected(String call, String backend, int statements, int roundTrips) {
        public void assertMatches(CountingStatements.Counted<?> run) {
            assertEquals(statements, run.statements().size(), call + " on " + backend + ", statements " + run.statements());
            assertEquals(roundTrips, run.roundTrips(), call + " on " + backend + ", round trips of " + run.statements());
        }
    }
}
