package org.learningstore.core.internal.work;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.internal.check.Checks;

/** An entity a use case needs: a null id is invalid input on {@code <entity>Id}, a missing one is not found. */
public final class Existing {
    private Existing() {
    }

    public static <T> T of(String entity, UUID id, Function<UUID, Optional<T>> find) {
        Checks.required(entity + "Id", id);
        return find.apply(id).orElseThrow(() -> new NotFoundException(entity, id));
    }
}
