package org.learningstore.sqlite.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.learningstore.core.error.StoreUnavailableException;
import org.learningstore.sqlite.internal.turso.ResultSet;
import org.learningstore.sqlite.internal.turso.Statement;
import org.learningstore.sqlite.internal.turso.TursoClient;
import org.learningstore.sqlite.internal.turso.TursoUnavailableException;

/**
 * The {@code write_log} table on Turso: every write batch records its id in the same transaction,
 * so that when a batch's answer is lost the library can ask whether it committed instead of
 * sending it again.
 *
 * <p>Asking fences the id first ({@code committed = 0} if no row has it yet): the batch, should it
 * still be on its way, then fails on the id's primary key and changes nothing. So the answer
 * "not committed" is final, and the write can be run again as a new batch with a new id.
 * Ids older than {@link #KEPT} are purged by one indexed {@code DELETE} in a write batch at most
 * once per {@link #PURGE_EVERY}.
 */
final class TursoWriteLog {
    static final Duration KEPT = Duration.ofDays(1);
    static final Duration PURGE_EVERY = Duration.ofHours(1);
    /** Pauses between tries to ask about a lost answer: about 1.5 s in all, enough for a server restart. */
    private static final List<Duration> ASK_PAUSES = List.of(Duration.ofMillis(100), Duration.ofMillis(200),
            Duration.ofMillis(400), Duration.ofMillis(800));

    private static final String RECORD = "INSERT INTO write_log (id, committed, written_at) VALUES (?, 1, ?)";
    private static final String FENCE =
            "INSERT INTO write_log (id, committed, written_at) VALUES (?, 0, ?) ON CONFLICT (id) DO NOTHING";
    private static final String OUTCOME = "SELECT committed FROM write_log WHERE id = ?";
    private static final String PURGE = "DELETE FROM write_log WHERE written_at < ?";

    private final Clock clock;
    private final AtomicReference<Instant> nextPurge;

    TursoWriteLog(Clock clock) {
        this.clock = clock;
        this.nextPurge = new AtomicReference<>(clock.instant());
    }

    /** The statement that records {@code id} as committed, for the batch's transaction. */
    Sql record(UUID id) {
        return Sql.of(RECORD, id.toString(), SqlValues.micros(clock.instant()));
    }

    /** The purge of old ids, when the last one is {@link #PURGE_EVERY} old or more. */
    Optional<Sql> purgeIfDue() {
        Instant now = clock.instant();
        Instant due = nextPurge.get();
        if (now.isBefore(due) || !nextPurge.compareAndSet(due, now.plus(PURGE_EVERY))) {
            return Optional.empty();
        }
        return Optional.of(Sql.of(PURGE, SqlValues.micros(now.minus(KEPT))));
    }

    /**
     * Whether the batch that recorded {@code id} committed; after a false it never will.
     *
     * @throws StoreUnavailableException not retryable, when the server cannot be asked: the write's
     *     outcome is unknown
     */
    boolean committed(TursoClient client, UUID id, TursoUnavailableException lost) {
        List<Statement> ask = List.of(
                Statement.of(FENCE, id.toString(), SqlValues.micros(clock.instant())),
                Statement.of(OUTCOME, id.toString()));
        for (int pause = 0; ; pause++) {
            try {
                ResultSet outcome = client.execute(ask).get(1);
                return ((Long) outcome.rows().get(0).get(0)) == 1L;
            } catch (RuntimeException unreachable) {
                if (pause == ASK_PAUSES.size() || !sleep(ASK_PAUSES.get(pause))) {
                    lost.addSuppressed(unreachable);
                    throw outcomeUnknown(lost);
                }
            }
        }
    }

    private static StoreUnavailableException outcomeUnknown(TursoUnavailableException lost) {
        return new StoreUnavailableException("the outcome of the write is unknown: its answer was lost and the server "
                + "could not be asked whether it committed; read the data back before trying again", false, lost);
    }

    private static boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
