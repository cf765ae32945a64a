package org.learningstore.sqlite.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.catalog.Level;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.learner.LearnerKind;
import org.learningstore.core.learner.LearnerProfile;
import org.learningstore.core.port.LearnerProfiles;

/**
 * Learners. The email is stored as given and, beside it, lower-cased with {@link Locale#ROOT} in
 * {@code email_normalized}, whose unique key makes emails unique ignoring case; every lookup by
 * an identity searches that identity's unique index and sees live learners only.
 */
final class SqliteLearnerProfiles implements LearnerProfiles {
    static final String LEARNER_COLUMNS = """
            l.id, l.kind, l.external_ref, l.email, l.username, l.display_name, l.academic_level, l.total_xp, \
            l.preferences, l.metadata, l.created_at, l.last_active_at, l.merged_into, l.version, l.deleted_at""";

    private static final String FIND = "SELECT " + LEARNER_COLUMNS + " FROM learners l WHERE l.id = ?";
    private static final String FIND_BY_EMAIL = "SELECT " + LEARNER_COLUMNS
            + " FROM learners l WHERE l.email_normalized = ? AND l.deleted_at IS NULL";
    private static final String FIND_BY_USERNAME = "SELECT " + LEARNER_COLUMNS
            + " FROM learners l WHERE l.username = ? AND l.deleted_at IS NULL";
    private static final String FIND_BY_EXTERNAL_REF = "SELECT " + LEARNER_COLUMNS
            + " FROM learners l WHERE l.external_ref = ? AND l.deleted_at IS NULL";
    private static final String INSERT = """
            INSERT INTO learners (id, kind, external_ref, email, email_normalized, username, display_name, \
            academic_level, total_xp, preferences, metadata, created_at, last_active_at, merged_into, version, \
            deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE = """
            UPDATE learners SET kind = ?, external_ref = ?, email = ?, email_normalized = ?, username = ?, \
            display_name = ?, academic_level = ?, total_xp = ?, preferences = ?, metadata = ?, created_at = ?, \
            last_active_at = ?, merged_into = ?, version = ?, deleted_at = ? \
            WHERE id = ? AND version = ?""";
    /** Only ever forward, so concurrent touches need no guard; the version stays (a touch is not an edit). */
    private static final String TOUCH = "UPDATE learners SET last_active_at = ? WHERE id = ? AND last_active_at < ?";

    private final SqlExecutor executor;

    SqliteLearnerProfiles(SqlExecutor executor) {
        this.executor = executor;
    }

    @Override
    public Optional<Learner> find(UUID id) {
        return executor.queryOne(Sql.of(FIND, id), SqliteLearnerProfiles::learner);
    }

    @Override
    public Optional<Learner> findByEmail(String normalizedEmail) {
        return executor.queryOne(Sql.of(FIND_BY_EMAIL, normalizedEmail), SqliteLearnerProfiles::learner);
    }

    @Override
    public Optional<Learner> findByUsername(String username) {
        return executor.queryOne(Sql.of(FIND_BY_USERNAME, username), SqliteLearnerProfiles::learner);
    }

    @Override
    public Optional<Learner> findByExternalRef(String externalRef) {
        return executor.queryOne(Sql.of(FIND_BY_EXTERNAL_REF, externalRef), SqliteLearnerProfiles::learner);
    }

    @Override
    public void insert(Learner learner) {
        executor.update(inserted(learner));
    }

    @Override
    public void insertAll(List<Learner> learners) {
        MultiRowInsert.of(learners.stream().map(SqliteLearnerProfiles::inserted).toList()).forEach(executor::update);
    }

    private static Sql inserted(Learner learner) {
        LearnerProfile profile = learner.profile();
        return Sql.of(INSERT, learner.id(), learner.kind().code(), profile.externalRef(), profile.email(),
                normalized(profile.email()), profile.username(), profile.displayName(), profile.academicLevel().code(),
                learner.totalXp(), profile.preferences(), profile.metadata(), learner.createdAt(),
                learner.lastActiveAt(), learner.mergedInto(), learner.version(), learner.deletedAt());
    }

    @Override
    public void update(Learner learner, long expectedVersion) {
        LearnerProfile profile = learner.profile();
        executor.update(Sql.of(UPDATE, learner.kind().code(), profile.externalRef(), profile.email(),
                normalized(profile.email()), profile.username(), profile.displayName(), profile.academicLevel().code(),
                learner.totalXp(), profile.preferences(), profile.metadata(), learner.createdAt(),
                learner.lastActiveAt(), learner.mergedInto(), learner.version(), learner.deletedAt(), learner.id(),
                expectedVersion), Guard.oneRow("learner", learner.id()));
    }

    @Override
    public void touch(UUID learnerId, Instant at) {
        executor.update(Sql.of(TOUCH, at, learnerId, at));
    }

    /** What {@code email_normalized} stores: the email lower-cased with {@link Locale#ROOT}, or null. */
    static String normalized(String email) {
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    private static Learner learner(Row row) {
        var profile = new LearnerProfile(
                row.text("external_ref"),
                row.text("email"),
                row.text("username"),
                row.text("display_name"),
                Level.fromCode(row.text("academic_level")),
                row.text("preferences"),
                row.text("metadata"));
        return new Learner(
                row.uuid("id"),
                LearnerKind.fromCode(row.text("kind")),
                profile,
                row.integer("total_xp"),
                row.instant("created_at"),
                row.instant("last_active_at"),
                row.uuid("merged_into"),
                row.integer("version"),
                row.instant("deleted_at"));
    }
}
