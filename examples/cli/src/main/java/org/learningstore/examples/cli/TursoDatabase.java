package org.learningstore.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.error.StoreUnavailableException;
import org.learningstore.sqlite.TursoStores;

/** A Turso/libSQL database over HTTP; the token may be null when the server needs none. */
record TursoDatabase(URI url, String authToken) implements Database {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Override
    public String description() {
        return "Turso " + url;
    }

    @Override
    public LearningStore open(StoreOptions options) {
        return TursoStores.open(url, authToken, options);
    }

    @Override
    public void migrate() {
        TursoStores.migrate(url, authToken);
    }

    /** One Hrana {@code execute} request; the library's own client is internal to it. */
    @Override
    public List<Object> singleRow(String query) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode requests = body.putArray("requests");
        requests.addObject().put("type", "execute").putObject("stmt").put("sql", query);
        String base = url.toString().replaceFirst("^libsql://", "https://").replaceAll("/+$", "");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/v2/pipeline"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (authToken != null) {
            request.header("Authorization", "Bearer " + authToken);
        }
        try {
            JsonNode result = JSON.readTree(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body())
                    .path("results").path(0);
            if (!"ok".equals(result.path("type").asText())) {
                throw new StoreUnavailableException("Turso refused to count the store's rows", false, null);
            }
            List<Object> values = new ArrayList<>();
            result.path("response").path("result").path("rows").path(0).forEach(cell -> values.add(cell.path("value").asText()));
            return values;
        } catch (IOException e) {
            throw new StoreUnavailableException("no answer from Turso at " + url, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while counting the store's rows", false, e);
        }
    }
}
