package org.learningstore.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.internal.work.Versions;

class VersionsTest {
    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void theCurrentVersionPasses() {
        Versions.requireCurrent("module", ID, 3, 3);
    }

    @Test
    void aStaleVersionIsAConflictOnTheVersionField() {
        var error = assertThrows(ConflictException.class, () -> Versions.requireCurrent("module", ID, 2, 3));

        assertEquals("version", error.field());
        assertEquals("module " + ID + " is at version 3, not the expected 2", error.getMessage());
    }
}
