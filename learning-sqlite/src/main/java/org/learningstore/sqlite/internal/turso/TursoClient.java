package org.learningstore.sqlite.internal.turso;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.learningstore.core.error.InvalidInputException;
import java.util.function.Consumer;

/**
 * Client for Hrana over HTTP ({@code POST /v2/pipeline}) as served by Turso Cloud and the local {@code tursodb
 * --sync-server}. Every call is one HTTP request without a baton: each request runs on its own (or, on the local
 * server, on one connection shared by all clients), so multi-statement atomicity needs {@link #transaction}.
 * Thread-safe.
 */
public final class TursoClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final String authorization;
    private final Duration requestTimeout;
    private final Consumer<List<String>> onRoundTrip;
    private final HttpClient http;

    public TursoClient(URI baseUrl, String authToken, Duration connectTimeout, Duration requestTimeout) {
        this(baseUrl, authToken, connectTimeout, requestTimeout, null);
    }

    /**
     * @param baseUrl {@code http://host:port}, {@code https://host} or {@code libsql://host} (sent as https)
     * @param authToken bearer token, or null
     * @param onRoundTrip called once per HTTP request with the SQL texts it carries, or null
     */
    public TursoClient(URI baseUrl, String authToken, Duration connectTimeout, Duration requestTimeout,
            Consumer<List<String>> onRoundTrip) {
        this.endpoint = pipelineEndpoint(baseUrl);
        this.authorization = authToken == null || authToken.isBlank() ? null : "Bearer " + authToken;
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.onRoundTrip = onRoundTrip;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
                .build();
    }

    public URI endpoint() {
        return endpoint;
    }

    /**
     * Runs the statements in one HTTP request, each as its own {@code execute} request (autocommit). The server
     * runs all of them even if one fails; the first failure is then thrown.
     *
     * @throws TursoStatementException for the first statement the server rejected
     * @throws TursoUnavailableException when the server cannot be reached or answers garbage
     */
    public List<ResultSet> execute(List<Statement> statements) {
        if (statements.isEmpty()) {
            return List.of();
        }
        ArrayNode requests = JSON.createArrayNode();
        for (Statement statement : statements) {
            requests.addObject().put("type", "execute").set("stmt", encode(statement));
        }
        JsonNode results = send(requests, statements.stream().map(Statement::sql).toList());
        List<ResultSet> resultSets = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            resultSets.add(decodeResultSet(okResponse(results.get(i), i).path("result")));
        }
        return resultSets;
    }

    /** Runs the steps as one Hrana batch in one HTTP request. Not atomic unless the steps BEGIN and COMMIT. */
    public BatchResult batch(List<BatchStep> steps) {
        return runBatch(steps, 0, steps.size(), -1);
    }

    /**
     * Runs the statements atomically: {@code BEGIN}, each statement only if the previous step succeeded,
     * {@code COMMIT} if the last statement succeeded, and {@code ROLLBACK} whenever a transaction is still open
     * (the local server shares one connection between all clients, so an open transaction must never be left).
     */
    public BatchResult transaction(List<Statement> statements) {
        List<BatchStep> steps = new ArrayList<>(statements.size() + 3);
        steps.add(BatchStep.always(Statement.of("BEGIN")));
        for (Statement statement : statements) {
            steps.add(BatchStep.when(Condition.ok(steps.size() - 1), statement));
        }
        int commitStep = steps.size();
        steps.add(BatchStep.when(Condition.ok(commitStep - 1), Statement.of("COMMIT")));
        steps.add(BatchStep.when(Condition.not(Condition.isAutocommit()), Statement.of("ROLLBACK")));
        return runBatch(steps, 1, statements.size(), commitStep);
    }

    private BatchResult runBatch(List<BatchStep> steps, int firstStatementStep, int statementCount, int commitStep) {
        ArrayNode jsonSteps = JSON.createArrayNode();
        for (BatchStep step : steps) {
            ObjectNode jsonStep = jsonSteps.addObject();
            if (step.condition() != null) {
                jsonStep.set("condition", encode(step.condition()));
            }
            jsonStep.set("stmt", encode(step.stmt()));
        }
        ArrayNode requests = JSON.createArrayNode();
        requests.addObject().put("type", "batch").putObject("batch").set("steps", jsonSteps);

        JsonNode result = okResponse(send(requests, steps.stream().map(s -> s.stmt().sql()).toList()).get(0), -1)
                .path("result");
        JsonNode stepResults = result.path("step_results");
        JsonNode stepErrors = result.path("step_errors");
        if (stepResults.size() != steps.size() || stepErrors.size() != steps.size()) {
            throw new TursoUnavailableException("Turso answered a batch unexpectedly", false, true,
                    new TursoExchange(endpoint, "answered a batch with " + result, null));
        }
        List<ResultSet> results = new ArrayList<>(steps.size());
        List<StepError> errors = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            JsonNode stepResult = stepResults.get(i);
            JsonNode stepError = stepErrors.get(i);
            results.add(stepResult.isObject() ? decodeResultSet(stepResult) : null);
            errors.add(stepError.isObject() ? decodeError(stepError) : null);
        }
        return new BatchResult(results, errors, firstStatementStep, statementCount, commitStep);
    }

    private JsonNode send(ArrayNode requests, List<String> sqls) {
        ObjectNode body = JSON.createObjectNode();
        body.putNull("baton");
        body.set("requests", requests);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(toBytes(body)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (onRoundTrip != null) {
            onRoundTrip.accept(sqls);
        }

        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new TursoUnavailableException("cannot connect to Turso", true, false, new TursoExchange(endpoint, "refused the connection", e));
        } catch (HttpTimeoutException e) {
            throw new TursoUnavailableException("Turso did not answer in time", true, true, new TursoExchange(endpoint, "timed out", e));
        } catch (IOException e) {
            throw new TursoUnavailableException("cannot reach Turso", true, !(e.getCause() instanceof ConnectException),
                    new TursoExchange(endpoint, "could not be reached", e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TursoUnavailableException("interrupted while calling Turso", false, true, new TursoExchange(endpoint, "was left waiting", e));
        }

        int status = response.statusCode();
        String text = new String(response.body(), StandardCharsets.UTF_8);
        if (status == 401 || status == 403) {
            throw new TursoUnavailableException("Turso authentication failed (HTTP " + status + "): check the auth token", false,
                    new TursoExchange(endpoint, "refused the token: " + abbreviate(text), null));
        }
        if (status != 200) {
            // the local server answers 500 for requests it cannot parse; resending those cannot help
            boolean retryable = status >= 500 && !text.contains("Failed to parse pipeline request");
            // a gateway in front of the server may have passed the request on before failing
            throw new TursoUnavailableException("Turso answered HTTP " + status, retryable, status >= 500,
                    new TursoExchange(endpoint, "answered HTTP " + status + ": " + abbreviate(text), null));
        }
        JsonNode results;
        try {
            JsonNode root = JSON.readTree(response.body());
            results = root == null ? null : root.get("results");
        } catch (IOException e) {
            throw new TursoUnavailableException("Turso answered something other than JSON", false, true,
                    new TursoExchange(endpoint, "answered " + abbreviate(text), e));
        }
        if (results == null || !results.isArray() || results.size() != requests.size()) {
            throw new TursoUnavailableException("Turso answered unexpectedly", false, true,
                    new TursoExchange(endpoint, "answered " + abbreviate(text), null));
        }
        return results;
    }

    /** The {@code response} of an ok result, or a {@link TursoStatementException} for an error result. */
    private static JsonNode okResponse(JsonNode result, int statementIndex) {
        if ("error".equals(result.path("type").asText())) {
            StepError error = decodeError(result.path("error"));
            throw new TursoStatementException(statementIndex, error.message(), error.code());
        }
        return result.path("response");
    }

    private static ObjectNode encode(Statement statement) {
        ObjectNode stmt = JSON.createObjectNode();
        stmt.put("sql", statement.sql());
        ArrayNode args = stmt.putArray("args");
        for (Object arg : statement.args()) {
            args.add(encodeValue(arg));
        }
        return stmt;
    }

    private static ObjectNode encodeValue(Object value) {
        ObjectNode node = JSON.createObjectNode();
        if (value == null) {
            return node.put("type", "null");
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            // the server rejects JSON numbers here: a 64-bit integer must travel as a string
            return node.put("type", "integer").put("value", value.toString());
        }
        if (value instanceof Boolean b) {
            return node.put("type", "integer").put("value", b ? "1" : "0");
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("Turso cannot bind a non-finite float: " + value);
            }
            return node.put("type", "float").put("value", d);
        }
        if (value instanceof String s) {
            return node.put("type", "text").put("value", s);
        }
        if (value instanceof byte[] bytes) {
            return node.put("type", "blob").put("base64", Base64.getEncoder().encodeToString(bytes));
        }
        throw new IllegalArgumentException("unsupported argument type " + value.getClass().getName()
                + ": use null, String, Long, Integer, Short, Byte, Boolean, Double, Float or byte[]");
    }

    private static ObjectNode encode(Condition condition) {
        ObjectNode node = JSON.createObjectNode();
        if (condition instanceof Condition.Ok ok) {
            node.put("type", "ok").put("step", ok.step());
        } else if (condition instanceof Condition.Error error) {
            node.put("type", "error").put("step", error.step());
        } else if (condition instanceof Condition.Not not) {
            node.put("type", "not").set("cond", encode(not.cond()));
        } else if (condition instanceof Condition.And and) {
            node.put("type", "and").set("conds", encodeAll(and.conds()));
        } else if (condition instanceof Condition.Or or) {
            node.put("type", "or").set("conds", encodeAll(or.conds()));
        } else {
            node.put("type", "is_autocommit");
        }
        return node;
    }

    private static ArrayNode encodeAll(List<Condition> conditions) {
        ArrayNode array = JSON.createArrayNode();
        conditions.forEach(c -> array.add(encode(c)));
        return array;
    }

    private ResultSet decodeResultSet(JsonNode result) {
        List<String> columns = new ArrayList<>();
        for (JsonNode col : result.path("cols")) {
            JsonNode name = col.path("name");
            columns.add(name.isTextual() ? name.asText() : null);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode row : result.path("rows")) {
            List<Object> cells = new ArrayList<>(row.size());
            for (JsonNode cell : row) {
                cells.add(decodeValue(cell));
            }
            rows.add(cells);
        }
        return new ResultSet(columns, rows);
    }

    private Object decodeValue(JsonNode cell) {
        JsonNode value = cell.path("value");
        switch (cell.path("type").asText()) {
            case "null":
                return null;
            case "integer":
                return Long.parseLong(value.asText());
            case "float":
                // the local server sends null for +-Infinity, which JSON cannot express
                return value.isNumber() ? value.doubleValue() : value.isTextual() ? Double.valueOf(value.asText()) : null;
            case "text":
                return value.asText();
            case "blob":
                return decodeBase64(cell.path("base64").asText());
            default:
                throw new TursoUnavailableException("Turso answered a value of an unknown type", false,
                        new TursoExchange(endpoint, "answered the value " + cell, null));
        }
    }

    /** Accepts base64 with or without padding (the local server omits it) and the URL-safe alphabet. */
    private static byte[] decodeBase64(String text) {
        boolean urlSafe = text.indexOf('-') >= 0 || text.indexOf('_') >= 0;
        return (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(text);
    }

    private static StepError decodeError(JsonNode error) {
        JsonNode code = error.path("code");
        return new StepError(error.path("message").asText(), code.isTextual() ? code.asText() : null);
    }

    private static byte[] toBytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "...";
    }

    static URI pipelineEndpoint(URI baseUrl) {
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        String httpScheme = switch (scheme) {
            case "http", "https" -> scheme;
            case "libsql" -> "https";
            default -> throw new InvalidInputException("url", "must start with http://, https:// or libsql://");
        };
        if (baseUrl.getHost() == null) {
            throw new InvalidInputException("url", "must name a host");
        }
        if (baseUrl.getRawQuery() != null) {
            throw new InvalidInputException("url", "must not have a query (pass the auth token separately)");
        }
        String path = baseUrl.getPath() == null ? "" : baseUrl.getPath().replaceAll("/+$", "");
        try {
            return new URI(httpScheme, null, baseUrl.getHost(), baseUrl.getPort(), path + "/v2/pipeline", null, null);
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "is not a valid URL");
        }
    }
}
