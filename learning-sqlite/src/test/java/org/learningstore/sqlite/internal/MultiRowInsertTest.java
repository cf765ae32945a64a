package org.learningstore.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MultiRowInsertTest {
    private static final String ROW = "INSERT INTO t (a, b, c) VALUES (?, ?, ?) ON CONFLICT (a) DO NOTHING";

    @Test
    void rowsGoFiveHundredToAStatementInTheirOrderWithTheTailKept() {
        List<Sql> rows = IntStream.range(0, 1_001).mapToObj(i -> Sql.of(ROW, (long) i, "b" + i, null)).toList();

        List<Sql> statements = MultiRowInsert.of(rows);

        assertEquals(List.of(500, 500, 1), statements.stream().map(s -> s.args().size() / 3).toList());
        assertEquals("INSERT INTO t (a, b, c) VALUES (?, ?, ?), (?, ?, ?) ON CONFLICT (a) DO NOTHING",
                MultiRowInsert.of(rows.subList(0, 2)).get(0).text());
        assertEquals("INSERT INTO t (a, b, c) VALUES " + String.join(", ", Collections.nCopies(500, "(?, ?, ?)"))
                + " ON CONFLICT (a) DO NOTHING", statements.get(0).text());
        assertEquals(ROW, statements.get(2).text());
        assertEquals(Arrays.asList(1_000L, "b1000", null), statements.get(2).args());
        assertEquals(Arrays.asList(0L, "b0", null, 1L, "b1", null), statements.get(0).args().subList(0, 6));
        assertEquals(499L, statements.get(0).args().get(1_497));
        assertEquals(500L, statements.get(1).args().get(0));
    }

    @Test
    void wideRowsStayUnderSqlitesParameterLimit() {
        int columns = 70;
        String row = "INSERT INTO w (" + String.join(", ", Collections.nCopies(columns, "c")) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        List<Sql> rows = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            rows.add(new Sql(row, Collections.nCopies(columns, (long) i)));
        }

        List<Sql> statements = MultiRowInsert.of(rows);

        assertEquals(List.of(468, 468, 64), statements.stream().map(s -> s.args().size() / columns).toList());
        assertEquals(32_760, statements.get(0).args().size());
    }

    @Test
    void noRowsIsNoStatement() {
        assertEquals(List.of(), MultiRowInsert.of(List.of()));
    }
}
