package org.learningstore.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.StoreUnavailableException;

/** The SQLite file and Turso openers check their arguments, and say why a file cannot be opened without Flyway's banner. */
class StoreOpenersArgumentsTest {

    @Test
    void aMissingFileOrUrlIsInvalidInputNamingIt() {
        assertInvalid("file", "is required", () -> SqliteStores.open(null));
        assertInvalid("options", "is required", () -> SqliteStores.open(Path.of("never-created.db"), null));
        assertInvalid("url", "is required", () -> TursoStores.open(null, null));
        assertInvalid("url", "is required", () -> TursoStores.open(null, "token", StoreOptions.defaults()));
    }

    @Test
    void aTursoUrlOfAnotherSchemeOrWithoutHostIsInvalid() {
        assertInvalid("url", "must start with http://, https:// or libsql://", () -> TursoStores.open(URI.create("ftp://example.org/db"), null));
        assertInvalid("url", "must name a host", () -> TursoStores.open(URI.create("http:/no-host"), null));
        assertInvalid("url", "must not have a query (pass the auth token separately)",
                () -> TursoStores.open(URI.create("https://example.org/db?authToken=secret"), null));
    }

    @Test
    void aFileThatIsNoDatabaseIsUnavailableWithAShortMessage(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("notes.db");
        Files.writeString(file, "Dear diary, this file holds no database but a long enough text to fill SQLite's header.");

        var unavailable = assertThrows(StoreUnavailableException.class, () -> SqliteStores.open(file));

        assertEquals("migrating " + file.toAbsolutePath().normalize() + " failed (SQLITE_NOTADB)", unavailable.getMessage());
        assertFalse(unavailable.retryable());
    }

    private static void assertInvalid(String field, String reason, org.junit.jupiter.api.function.Executable open) {
        var invalid = assertThrows(InvalidInputException.class, open);
        assertEquals(field, invalid.field());
        assertEquals(reason, invalid.reason());
    }
}
