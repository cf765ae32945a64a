package org.learningstore.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.learner.Learner;

/** Learners as stored. Emails are looked up by their lower-cased form (email_normalized). */
public interface LearnerProfiles {
    /** The learner, deleted or merged away or not. */
    Optional<Learner> find(UUID id);

    /** Live learners only; {@code normalizedEmail} is lower-cased (Locale.ROOT). */
    Optional<Learner> findByEmail(String normalizedEmail);

    Optional<Learner> findByUsername(String username);

    Optional<Learner> findByExternalRef(String externalRef);

    /**
     * Stores the learner with its email lower-cased beside it. A taken external reference, email
     * or username is a {@link org.learningstore.core.error.ConflictException} on field
     * {@code externalRef}, {@code email} or {@code username}.
     */
    void insert(Learner learner);

    /** New learners, a fixed number of statements whatever their number (none for none). */
    void insertAll(List<Learner> learners);

    /** Writes every field, guarded on {@code expectedVersion}; unique fields as for insert. */
    void update(Learner learner, long expectedVersion);

    /** Moves the learner's last-active time forward to {@code at} (never back); no version change. */
    void touch(UUID learnerId, Instant at);
}
