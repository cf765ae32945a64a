package org.learningstore.core.privacy;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A learner's right to their data: everything the store holds about one learner as one JSON
 * document, and erasure. The README's "Privacy" section describes the document field by field.
 */
public interface Privacy {
    /** The export document's {@code "format"}. */
    String FORMAT = "learning-store/learner-export";
    /** The export document's {@code "version"}: raised when a field changes meaning or goes away. */
    int VERSION = 1;
    /** Rows read per statement while exporting: a long history is streamed, never held in memory whole. */
    int PAGE_SIZE = 100;

    /**
     * Writes the learner's export document to {@code out}, streamed as it is read (keyset pages of
     * {@value #PAGE_SIZE} rows), in one read transaction; {@code out} is flushed, not closed. A
     * learner the store does not hold (never was, or erased) is a
     * {@link org.learningstore.core.error.NotFoundException}, before anything is written. A failure
     * of {@code out} itself is an {@link java.io.UncheckedIOException}.
     */
    void export(UUID learnerId, Writer out);

    /** {@link #export(UUID, Writer)} as UTF-8 bytes. */
    default void export(UUID learnerId, OutputStream out) {
        export(learnerId, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /**
     * Erases the learner in one transaction, in a fixed number of statements whatever their
     * history: their rows go; the events they left stay without their id; their discussion posts
     * stay, shape and votes kept, without author, title or body; the counts that included them
     * (votes, likes, seats) drop to the rows that remain; question statistics stay. The audit log
     * keeps one entry, {@code "learner_erasure"} under the returned receipt id, with no personal
     * data. An unknown learner is a {@link org.learningstore.core.error.NotFoundException}.
     */
    Erasure erase(UUID learnerId);
}
