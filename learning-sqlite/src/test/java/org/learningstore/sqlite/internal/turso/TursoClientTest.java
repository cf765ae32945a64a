package org.learningstore.sqlite.internal.turso;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.sqlite.TursoTestServer;

class TursoClientTest {

    private final List<List<String>> roundTrips = new ArrayList<>();
    private TursoClient client;

    @BeforeEach
    void connect() {
        TursoTestServer server = TursoTestServer.shared();
        client = new TursoClient(server.url(), server.token(), Duration.ofSeconds(5), Duration.ofSeconds(30),
                roundTrips::add);
    }

    private static String table(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "");
    }

    private ResultSet query(String sql, Object... args) {
        return client.execute(List.of(Statement.of(sql, args))).get(0);
    }

    @Test
    void everyValueTypeRoundTrips() {
        String t = table("vals");
        byte[] allBytes = new byte[256];
        for (int i = 0; i < allBytes.length; i++) {
            allBytes[i] = (byte) i;
        }
        String text = "it's \"quoted\"; DROP TABLE x; -- 😀 مرحبا \\ \n\t end";
        List<Object> values = Arrays.asList(null, Long.MAX_VALUE, Long.MIN_VALUE, -42L, 7, (short) 3, true, false,
                1.5, 3.0, -0.25f, 1e-7, text, "", allBytes, new byte[] {1}, new byte[] {1, 2}, new byte[0]);
        List<Object> expected = Arrays.asList(null, Long.MAX_VALUE, Long.MIN_VALUE, -42L, 7L, 3L, 1L, 0L,
                1.5, 3.0, -0.25, 1e-7, text, "", allBytes, new byte[] {1}, new byte[] {1, 2}, new byte[0]);

        List<Statement> statements = new ArrayList<>();
        statements.add(Statement.of("CREATE TABLE " + t + " (pos INTEGER PRIMARY KEY, v)"));
        for (int i = 0; i < values.size(); i++) {
            statements.add(Statement.of("INSERT INTO " + t + " (pos, v) VALUES (?, ?)", i, values.get(i)));
        }
        client.execute(statements);
        assertEquals(1, roundTrips.size(), "one HTTP request for the whole list");
        assertEquals(statements.size(), roundTrips.get(0).size());

        ResultSet stored = query("SELECT v, typeof(v) AS type FROM " + t + " ORDER BY pos");
        assertEquals(List.of("v", "type"), stored.columns());
        assertEquals(values.size(), stored.rows().size());
        for (int i = 0; i < expected.size(); i++) {
            assertCell(expected.get(i), stored.rows().get(i).get(0), "row " + i);
        }
        assertEquals(List.of("null", "integer", "integer", "integer", "integer", "integer", "integer", "integer",
                "real", "real", "real", "real", "text", "text", "blob", "blob", "blob", "blob"),
                stored.rows().stream().map(row -> row.get(1)).toList());

        List<Object> echoed = query("SELECT " + "?, ".repeat(values.size() - 1) + "?", values.toArray()).rows().get(0);
        for (int i = 0; i < expected.size(); i++) {
            assertCell(expected.get(i), echoed.get(i), "echo " + i);
        }
    }

    private static void assertCell(Object expected, Object actual, String what) {
        if (expected instanceof byte[] bytes) {
            assertArrayEquals(bytes, (byte[]) actual, what);
        } else {
            assertEquals(expected, actual, what);
        }
    }

    @Test
    void transactionCommits() {
        String t = table("tx_ok");
        query("CREATE TABLE " + t + " (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)");
        roundTrips.clear();

        BatchResult result = client.transaction(List.of(
                Statement.of("INSERT INTO " + t + " (id, name) VALUES (?, ?)", 1, "a"),
                Statement.of("INSERT INTO " + t + " (id, name) VALUES (?, ?) RETURNING id", 2, "b"),
                Statement.of("SELECT count(*) FROM " + t)));

        assertTrue(result.committed(), result::toString);
        assertEquals(-1, result.failedStatementIndex());
        assertNull(result.firstError());
        assertEquals(List.of(List.of(2L)), result.result(1).rows());
        assertEquals(List.of(List.of(2L)), result.result(2).rows());
        assertEquals(List.of(List.of("BEGIN", "INSERT INTO " + t + " (id, name) VALUES (?, ?)",
                "INSERT INTO " + t + " (id, name) VALUES (?, ?) RETURNING id", "SELECT count(*) FROM " + t,
                "COMMIT", "ROLLBACK")), roundTrips);
        assertNull(result.stepResult(5), "ROLLBACK is skipped after a commit");
        assertEquals(List.of(List.of(2L)), query("SELECT count(*) FROM " + t).rows());
    }

    @Test
    void transactionWithUniqueViolationWritesNothing() {
        String t = table("tx_unique");
        query("CREATE TABLE " + t + " (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)");

        BatchResult result = client.transaction(List.of(
                Statement.of("INSERT INTO " + t + " (name) VALUES (?)", "a"),
                Statement.of("INSERT INTO " + t + " (name) VALUES (?)", "b"),
                Statement.of("INSERT INTO " + t + " (name) VALUES (?)", "a"),
                Statement.of("INSERT INTO " + t + " (name) VALUES (?)", "c")));

        assertFalse(result.committed());
        assertEquals(2, result.failedStatementIndex());
        assertTrue(result.error(2).message().contains("UNIQUE constraint failed"), result.error(2)::toString);
        assertNotNull(result.error(2).code());
        assertEquals(result.error(2), result.firstError());
        assertNull(result.result(3), "statement after the failure is skipped");
        assertNull(result.error(3));
        assertNotNull(result.stepResult(result.stepCount() - 1), "ROLLBACK ran");
        assertEquals(List.of(List.of(0L)), query("SELECT count(*) FROM " + t).rows());

        // no transaction leaked into the shared connection
        assertTrue(client.transaction(List.of(Statement.of("INSERT INTO " + t + " (name) VALUES ('d')")))
                .committed());
        assertEquals(List.of(List.of(1L)), query("SELECT count(*) FROM " + t).rows());
    }

    @Test
    void optimisticGuardStopsTheBatch() {
        String t = table("tx_guard");
        query("CREATE TABLE " + t + " (id INTEGER PRIMARY KEY, version INTEGER NOT NULL, title TEXT)");
        query("INSERT INTO " + t + " VALUES (1, 1, 'old')");
        String guard = "SELECT CASE WHEN changes() = 1 THEN 1 ELSE abs(-9223372036854775807 - 1) END";

        BatchResult stale = client.transaction(List.of(
                Statement.of("UPDATE " + t + " SET title = ?, version = version + 1 WHERE id = ? AND version = ?",
                        "new", 1, 99),
                Statement.of(guard),
                Statement.of("INSERT INTO " + t + " VALUES (2, 1, 'other')")));

        assertFalse(stale.committed());
        assertEquals(1, stale.failedStatementIndex());
        assertTrue(stale.error(1).message().toLowerCase().contains("overflow"), stale.error(1)::toString);
        assertEquals(List.of(List.of(1L, 1L, "old")), query("SELECT * FROM " + t).rows());

        BatchResult current = client.transaction(List.of(
                Statement.of("UPDATE " + t + " SET title = ?, version = version + 1 WHERE id = ? AND version = ?",
                        "new", 1, 1),
                Statement.of(guard)));
        assertTrue(current.committed(), current::toString);
        assertEquals(List.of(List.of(1L, 2L, "new")), query("SELECT * FROM " + t).rows());
    }

    @Test
    void batchConditions() {
        BatchResult result = client.batch(List.of(
                BatchStep.always(Statement.of("SELECT 1")),
                BatchStep.always(Statement.of("SELECT * FROM no_such_table_at_all")),
                BatchStep.when(Condition.error(1), Statement.of("SELECT 'after error'")),
                BatchStep.when(Condition.ok(1), Statement.of("SELECT 'skipped'")),
                BatchStep.when(Condition.and(Condition.ok(0), Condition.not(Condition.ok(1))),
                        Statement.of("SELECT 'and'")),
                BatchStep.when(Condition.or(Condition.ok(1), Condition.isAutocommit()), Statement.of("SELECT 'or'"))));

        assertEquals(6, result.stepCount());
        assertEquals(List.of(List.of(1L)), result.stepResult(0).rows());
        assertNull(result.stepResult(1));
        assertTrue(result.stepError(1).message().contains("no such table"), result.stepError(1)::toString);
        assertEquals(List.of(List.of("after error")), result.stepResult(2).rows());
        assertNull(result.stepResult(3));
        assertNull(result.stepError(3));
        assertEquals(List.of(List.of("and")), result.stepResult(4).rows());
        assertEquals(List.of(List.of("or")), result.stepResult(5).rows());
        assertEquals(1, result.failedStatementIndex());
        assertThrows(IllegalStateException.class, result::committed);
    }

    @Test
    void statementErrorCarriesIndexMessageAndCode() {
        TursoStatementException e = assertThrows(TursoStatementException.class, () -> client.execute(List.of(
                Statement.of("SELECT 1"), Statement.of("SELECT * FROM no_such_table_at_all"))));
        assertEquals(1, e.statementIndex());
        assertTrue(e.serverMessage().contains("no such table"), e::getMessage);
        assertEquals("PREPARE_ERROR", e.code());
    }

    @Test
    void closedPortIsUnavailable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        TursoClient closed = new TursoClient(URI.create("http://127.0.0.1:" + port), null, Duration.ofSeconds(2),
                Duration.ofSeconds(2));
        TursoUnavailableException e = assertThrows(TursoUnavailableException.class,
                () -> closed.execute(List.of(Statement.of("SELECT 1"))));
        assertTrue(e.retryable());
        assertEquals("cannot connect to Turso", e.getMessage());
        assertEquals("Turso at http://127.0.0.1:" + port + "/v2/pipeline refused the connection", e.getCause().getMessage());
    }

    @Test
    void httpFailuresAreUnavailable() throws Exception {
        List<String> authorizations = new ArrayList<>();
        String[] answer = new String[2];
        HttpServer stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        stub.createContext("/", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            if (answer[0].equals("sleep")) {
                sleep(1500);
                answer[0] = "200";
            }
            byte[] body = answer[1].getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(Integer.parseInt(answer[0]), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stub.start();
        try {
            TursoClient stubbed = new TursoClient(URI.create("http://127.0.0.1:" + stub.getAddress().getPort()),
                    "secret", Duration.ofSeconds(2), Duration.ofMillis(300));
            List<Statement> select = List.of(Statement.of("SELECT 1"));
            String endpoint = "Turso at http://127.0.0.1:" + stub.getAddress().getPort() + "/v2/pipeline";

            answer[0] = "401";
            answer[1] = "unauthorized";
            TursoUnavailableException auth = assertThrows(TursoUnavailableException.class,
                    () -> stubbed.execute(select));
            assertFalse(auth.retryable());
            assertEquals("Turso authentication failed (HTTP 401): check the auth token", auth.getMessage());
            assertEquals(endpoint + " refused the token: unauthorized", auth.getCause().getMessage());
            assertEquals("Bearer secret", authorizations.get(0));

            answer[0] = "503";
            answer[1] = "overloaded near row 'ada@example.org'";
            TursoUnavailableException overloaded = assertThrows(TursoUnavailableException.class, () -> stubbed.execute(select));
            assertTrue(overloaded.retryable());
            assertEquals("Turso answered HTTP 503", overloaded.getMessage());
            assertEquals(endpoint + " answered HTTP 503: overloaded near row 'ada@example.org'",
                    overloaded.getCause().getMessage());

            answer[0] = "500";
            answer[1] = "Internal Server Error: Failed to parse pipeline request: unknown variant `close`";
            assertFalse(assertThrows(TursoUnavailableException.class, () -> stubbed.execute(select)).retryable());

            answer[0] = "200";
            answer[1] = "<html>not json</html>";
            TursoUnavailableException notJson = assertThrows(TursoUnavailableException.class, () -> stubbed.execute(select));
            assertEquals("Turso answered something other than JSON", notJson.getMessage());
            assertEquals(endpoint + " answered <html>not json</html>", notJson.getCause().getMessage());

            answer[0] = "sleep";
            TursoUnavailableException late = assertThrows(TursoUnavailableException.class, () -> stubbed.execute(select));
            assertTrue(late.retryable());
            assertEquals("Turso did not answer in time", late.getMessage());
            assertEquals(endpoint + " timed out", late.getCause().getMessage());
        } finally {
            stub.stop(0);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void nonFiniteFloatsAreRejectedBeforeSending() {
        assertThrows(IllegalArgumentException.class, () -> query("SELECT ?", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> query("SELECT ?", new Object()));
        assertTrue(roundTrips.isEmpty());
    }

    @Test
    void baseUrls() {
        assertEquals(URI.create("https://db-org.turso.io/v2/pipeline"),
                TursoClient.pipelineEndpoint(URI.create("libsql://db-org.turso.io")));
        assertEquals(URI.create("http://127.0.0.1:8080/v2/pipeline"),
                TursoClient.pipelineEndpoint(URI.create("http://127.0.0.1:8080/")));
        assertEquals(URI.create("https://example.com/base/v2/pipeline"),
                TursoClient.pipelineEndpoint(URI.create("https://example.com/base")));
        assertEquals("url", assertThrows(InvalidInputException.class,
                () -> TursoClient.pipelineEndpoint(URI.create("ws://x"))).field());
    }
}
