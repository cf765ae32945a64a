package org.learningstore.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL JDBC URL split into the address and the credentials in its query
 * ({@code ?user=..&password=..}), so the pool gets them as settings and the URL that Hibernate,
 * Flyway and the driver log no longer holds the password.
 */
record JdbcUrl(String address, Optional<String> user, Optional<String> password) {
    static JdbcUrl parse(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return new JdbcUrl(url, Optional.empty(), Optional.empty());
        }
        List<String> kept = new ArrayList<>();
        String user = null;
        String password = null;
        for (String parameter : url.substring(query + 1).split("&")) {
            String name = parameter.split("=", 2)[0];
            String value = parameter.contains("=") ? decode(parameter.substring(name.length() + 1)) : "";
            if (name.equals("user")) {
                user = value;
            } else if (name.equals("password")) {
                password = value;
            } else if (!parameter.isEmpty()) {
                kept.add(parameter);
            }
        }
        String address = url.substring(0, query) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        return new JdbcUrl(address, Optional.ofNullable(user), Optional.ofNullable(password));
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
