package org.learningstore.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.error.InvalidInputException;

/** The openers check their arguments like every other call: a missing one is invalid input naming it. */
class PostgresStoresArgumentsTest {

    @Test
    void aMissingArgumentIsInvalidInputNamingIt() {
        assertRequired("jdbcUrl", () -> PostgresStores.open((String) null));
        assertRequired("jdbcUrl", () -> PostgresStores.open(null, "user", "secret", StoreOptions.defaults()));
        assertRequired("options", () -> PostgresStores.open("jdbc:postgresql://127.0.0.1:1/none", null, null, null));
        assertRequired("dataSource", () -> PostgresStores.open((DataSource) null));
    }

    private static void assertRequired(String field, Executable open) {
        var invalid = assertThrows(InvalidInputException.class, open);
        assertEquals(field, invalid.field());
        assertEquals("is required", invalid.reason());
    }
}
