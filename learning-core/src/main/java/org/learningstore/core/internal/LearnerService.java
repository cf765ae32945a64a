package org.learningstore.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.error.RuleViolationException;
import org.learningstore.core.id.Ids;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.json.FreeFormJson;
import org.learningstore.core.internal.merge.LearnerMerge;
import org.learningstore.core.internal.merge.MergePlan;
import org.learningstore.core.internal.merge.MergeRecords;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.learner.LearnerKind;
import org.learningstore.core.learner.LearnerProfile;
import org.learningstore.core.learner.LearnerSession;
import org.learningstore.core.learner.Learners;
import org.learningstore.core.learner.OpenedSession;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.LearnerProfiles;
import org.learningstore.core.port.LearnerSessions;
import org.learningstore.core.internal.work.Auditor;
import org.learningstore.core.internal.work.UnitsOfWork;
import org.learningstore.core.internal.work.Versions;

/** Learner identities, upgrades, merges, and sessions whose raw tokens are never stored. */
public final class LearnerService implements Learners {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;
    private static final Duration MAX_SESSION = Duration.ofDays(400);

    private final UnitsOfWork units;
    private final Auditor auditor;
    private final Ids ids;
    private final LearnerProfiles profiles;
    private final LearnerSessions sessions;
    private final MergeRecords mergeRecords;
    private final JsonCodec json;

    public LearnerService(UnitsOfWork units, Auditor auditor, Ids ids, JsonCodec json, LearnerProfiles profiles,
                          LearnerSessions sessions, MergeRecords mergeRecords) {
        this.units = units;
        this.auditor = auditor;
        this.ids = ids;
        this.profiles = profiles;
        this.sessions = sessions;
        this.mergeRecords = mergeRecords;
        this.json = json;
    }

    @Override
    public Learner createAnonymous() {
        return units.write(() -> insert(LearnerKind.ANONYMOUS, LearnerProfile.anonymous()));
    }

    @Override
    public Learner register(LearnerProfile profile) {
        requireRegistrable(profile);
        return units.write(() -> insert(LearnerKind.REGISTERED, profile));
    }

    private Learner insert(LearnerKind kind, LearnerProfile profile) {
        Instant now = units.now();
        var learner = new Learner(ids.next(), kind, profile, 0, now, now, null, 1, null);
        profiles.insert(learner);
        auditor.record("learner", learner.id(), AuditAction.CREATED, null, learner);
        return learner;
    }

    @Override
    public Learner upgrade(UUID anonymousLearnerId, LearnerProfile profile) {
        requireRegistrable(profile);
        return units.write(() -> {
            Learner current = live(anonymousLearnerId);
            if (current.kind() != LearnerKind.ANONYMOUS) {
                throw new RuleViolationException("learner.already_registered", "learner " + anonymousLearnerId + " is already registered");
            }
            return save(current, AuditAction.UPDATED, new Learner(current.id(), LearnerKind.REGISTERED, profile,
                    current.totalXp(), current.createdAt(), units.now(), null, current.version() + 1, null));
        });
    }

    @Override
    public Learner updateProfile(UUID learnerId, long expectedVersion, LearnerProfile profile) {
        Checks.required("profile", profile);
        requireJsonObjects(profile);
        return units.write(() -> {
            Learner current = live(learnerId);
            Versions.requireCurrent("learner", learnerId, expectedVersion, current.version());
            if (current.kind() == LearnerKind.REGISTERED && !profile.hasIdentity()) {
                throw new InvalidInputException("email", "a registered learner needs an email, a username or an external reference");
            }
            return save(current, AuditAction.UPDATED, new Learner(current.id(), current.kind(), profile, current.totalXp(),
                    current.createdAt(), current.lastActiveAt(), null, current.version() + 1, null));
        });
    }

    private Learner save(Learner current, AuditAction action, Learner next) {
        profiles.update(next, current.version());
        auditor.record("learner", next.id(), action, current, next);
        return next;
    }

    @Override
    public Optional<Learner> find(UUID learnerId) {
        Checks.required("learnerId", learnerId);
        return units.read(() -> profiles.find(learnerId).filter(learner -> learner.deletedAt() == null));
    }

    @Override
    public Optional<Learner> findByEmail(String email) {
        Checks.lookup("email", email);
        return units.read(() -> profiles.findByEmail(email.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<Learner> findByUsername(String username) {
        Checks.lookup("username", username);
        return units.read(() -> profiles.findByUsername(username));
    }

    @Override
    public Optional<Learner> findByExternalRef(String externalRef) {
        Checks.lookup("externalRef", externalRef);
        return units.read(() -> profiles.findByExternalRef(externalRef));
    }

    @Override
    public Learner merge(UUID survivorId, UUID mergedId) {
        Checks.required("survivorId", survivorId);
        Checks.required("mergedId", mergedId);
        if (survivorId.equals(mergedId)) {
            throw new InvalidInputException("mergedId", "must differ from the survivor");
        }
        return units.write(() -> {
            Learner survivor = live(survivorId);
            Learner merged = live(mergedId);
            MergePlan plan = LearnerMerge.plan(survivor, merged, mergeRecords.read(survivorId, mergedId), units.now());
            mergeRecords.write(plan);
            save(merged, AuditAction.DELETED, plan.retired());
            return save(survivor, AuditAction.UPDATED, plan.survivor());
        });
    }

    // sessions

    @Override
    public OpenedSession openSession(UUID learnerId, Duration timeToLive, String ip, String userAgent) {
        Checks.required("timeToLive", timeToLive);
        if (timeToLive.isNegative() || timeToLive.isZero() || timeToLive.compareTo(MAX_SESSION) > 0) {
            throw new InvalidInputException("timeToLive", "must be positive and at most " + MAX_SESSION.toDays() + " days");
        }
        Checks.optionalText("ip", ip, 100);
        Checks.optionalText("userAgent", userAgent, 1_000);
        return units.write(() -> {
            live(learnerId);
            byte[] secret = new byte[TOKEN_BYTES];
            RANDOM.nextBytes(secret);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            Instant now = units.now();
            var session = new LearnerSession(ids.next(), learnerId, now, now.plus(timeToLive), now, ip, userAgent, null);
            sessions.insert(session, hash(token));
            return new OpenedSession(session, token);
        });
    }

    @Override
    public Optional<Learner> resolveSession(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        String tokenHash = hash(token);
        return units.write(() -> {
            Instant now = units.now();
            Optional<LearnerSession> session = sessions.findByTokenHash(tokenHash)
                    .filter(found -> found.activeAt(now));
            Optional<Learner> learner = session.flatMap(found -> profiles.find(found.learnerId()))
                    .filter(found -> found.deletedAt() == null);
            if (learner.isEmpty()) {
                return Optional.empty();
            }
            sessions.touch(session.get().id(), now);
            profiles.touch(learner.get().id(), now);
            Learner seen = learner.get();
            return Optional.of(new Learner(seen.id(), seen.kind(), seen.profile(), seen.totalXp(), seen.createdAt(),
                    max(seen.lastActiveAt(), now), seen.mergedInto(), seen.version(), seen.deletedAt()));
        });
    }

    @Override
    public void revokeSession(UUID sessionId) {
        Checks.required("sessionId", sessionId);
        units.write(() -> {
            LearnerSession session = sessions.find(sessionId)
                    .orElseThrow(() -> new NotFoundException("session", sessionId));
            if (session.revokedAt() == null) {
                sessions.revoke(List.of(sessionId), units.now());
            }
            return null;
        });
    }

    @Override
    public int revokeAllSessions(UUID learnerId) {
        Checks.required("learnerId", learnerId);
        return units.write(() -> {
            Instant now = units.now();
            List<UUID> live = new ArrayList<>();
            sessions.listByLearner(learnerId).stream()
                    .filter(session -> session.activeAt(now)).forEach(session -> live.add(session.id()));
            if (!live.isEmpty()) {
                sessions.revoke(live, now);
            }
            return live.size();
        });
    }

    @Override
    public int purgeExpiredSessions() {
        return units.write(() -> {
            List<UUID> expired = sessions.expired(units.now(), 10_000);
            if (!expired.isEmpty()) {
                sessions.delete(expired);
            }
            return expired.size();
        });
    }

    @Override
    public List<LearnerSession> sessions(UUID learnerId) {
        Checks.required("learnerId", learnerId);
        return units.read(() -> sessions.listByLearner(learnerId));
    }

    // helpers

    /** SHA-256 of the token's UTF-8 bytes, lower-case hex. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }

    private Learner live(UUID learnerId) {
        Checks.required("learnerId", learnerId);
        return profiles.find(learnerId).filter(learner -> learner.deletedAt() == null)
                .orElseThrow(() -> new NotFoundException("learner", learnerId));
    }

    private void requireRegistrable(LearnerProfile profile) {
        Checks.required("profile", profile);
        if (!profile.hasIdentity()) {
            throw new InvalidInputException("email", "a registered learner needs an email, a username or an external reference");
        }
        requireJsonObjects(profile);
    }

    private void requireJsonObjects(LearnerProfile profile) {
        FreeFormJson.requireObject("preferences", profile.preferences(), json);
        FreeFormJson.requireObject("metadata", profile.metadata(), json);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
