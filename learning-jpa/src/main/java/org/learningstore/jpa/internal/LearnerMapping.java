package org.learningstore.jpa.internal;

import java.util.Locale;
import org.learningstore.core.catalog.Level;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.learner.LearnerKind;
import org.learningstore.core.learner.LearnerProfile;
import org.learningstore.core.learner.LearnerSession;

/** Converts learners and sessions between their entities and records. */
final class LearnerMapping {
    private LearnerMapping() {
    }

    /** The email as its unique key holds it: lower-cased with {@link Locale#ROOT}; null for none. */
    static String normalizedEmail(String email) {
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    static Learner toRecord(LearnerEntity entity) {
        var profile = new LearnerProfile(entity.externalRef, entity.email, entity.username, entity.displayName,
                Level.fromCode(entity.academicLevel), entity.preferences, entity.metadata);
        return new Learner(entity.id, LearnerKind.fromCode(entity.kind), profile, entity.totalXp, entity.createdAt,
                entity.lastActiveAt, entity.mergedInto, entity.version, entity.deletedAt);
    }

    static LearnerEntity toEntity(Learner learner) {
        var entity = new LearnerEntity();
        entity.id = learner.id();
        entity.version = learner.version();
        entity.createdAt = learner.createdAt();
        write(learner, entity);
        return entity;
    }

    /** Copies everything but id, version and creation time; the normalized email goes beside the email. */
    static void write(Learner learner, LearnerEntity entity) {
        LearnerProfile profile = learner.profile();
        entity.kind = learner.kind().code();
        entity.externalRef = profile.externalRef();
        entity.email = profile.email();
        entity.emailNormalized = normalizedEmail(profile.email());
        entity.username = profile.username();
        entity.displayName = profile.displayName();
        entity.academicLevel = profile.academicLevel().code();
        entity.preferences = profile.preferences();
        entity.metadata = profile.metadata();
        entity.totalXp = learner.totalXp();
        entity.lastActiveAt = learner.lastActiveAt();
        entity.mergedInto = learner.mergedInto();
        entity.deletedAt = learner.deletedAt();
    }

    // sessions

    static LearnerSession toRecord(LearnerSessionEntity entity) {
        return new LearnerSession(entity.id, entity.learnerId, entity.createdAt, entity.expiresAt, entity.lastSeenAt,
                entity.ip, entity.userAgent, entity.revokedAt);
    }

    static LearnerSessionEntity toEntity(LearnerSession session, String tokenHash) {
        var entity = new LearnerSessionEntity();
        entity.id = session.id();
        entity.learnerId = session.learnerId();
        entity.tokenHash = tokenHash;
        entity.createdAt = session.createdAt();
        entity.expiresAt = session.expiresAt();
        entity.lastSeenAt = session.lastSeenAt();
        entity.ip = session.ip();
        entity.userAgent = session.userAgent();
        entity.revokedAt = session.revokedAt();
        return entity;
    }
}
