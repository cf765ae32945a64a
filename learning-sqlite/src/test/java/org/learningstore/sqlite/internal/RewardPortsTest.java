package org.learningstore.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.engagement.XpEntry;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.port.StoreBackend;

/**
 * XP paid below the service, on both transports: of entries whose sources a learner has already,
 * none is added and no total or version moves; the entries added move their learners' totals by
 * their sums and the versions once per entry (the file from what its insert returned, Turso in SQL).
 */
class RewardPortsTest {
    private static final Instant AT = Instant.now().truncatedTo(ChronoUnit.MICROS);

    static Stream<Arguments> transports() {
        return ProgressPortsTest.transports();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void payingMovesTotalsByTheEntriesAddedOnly(String transport, Function<StoreOptions, StoreBackend> open) {
        StoreBackend backend = open.apply(StoreOptions.defaults());
        try (LearningStore store = LearningStore.of(backend, StoreOptions.defaults())) {
            UUID ada = store.learners().createAnonymous().id();
            UUID bob = store.learners().createAnonymous().id();
            pay(backend, List.of(entry(ada, 10, "host:a"), entry(ada, 5, "host:b"), entry(bob, 7, "host:a")));
            Learner adaPaid = store.learners().find(ada).orElseThrow();
            Learner bobPaid = store.learners().find(bob).orElseThrow();

            pay(backend, List.of(entry(ada, 99, "host:a"), entry(bob, 99, "host:a")));

            assertEquals(adaPaid, store.learners().find(ada).orElseThrow(), "every source paid before: nothing moves");
            assertEquals(bobPaid, store.learners().find(bob).orElseThrow());

            pay(backend, List.of(entry(ada, 99, "host:b"), entry(ada, 3, "host:c"), entry(bob, 4, "host:b")));

            assertEquals(List.of(18L, adaPaid.version() + 1), totalAndVersion(store, ada));
            assertEquals(List.of(11L, bobPaid.version() + 1), totalAndVersion(store, bob));
            assertEquals(List.of(15L, 7L), List.of(adaPaid.totalXp(), bobPaid.totalXp()));
        }
    }

    private static void pay(StoreBackend backend, List<XpEntry> entries) {
        backend.transactions().write(() -> {
            backend.rewardRecords().payAll(entries);
            return null;
        });
    }

    private static List<Long> totalAndVersion(LearningStore store, UUID learnerId) {
        Learner learner = store.learners().find(learnerId).orElseThrow();
        return List.of(learner.totalXp(), learner.version());
    }

    private static XpEntry entry(UUID learnerId, int amount, String source) {
        return new XpEntry(UUID.randomUUID(), learnerId, amount, "test", source, null, AT);
    }
}
