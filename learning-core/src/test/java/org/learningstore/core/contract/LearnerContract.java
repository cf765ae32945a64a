package org.learningstore.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.assessment.Assessments;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.Level;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.error.RuleViolationException;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.learner.LearnerKind;
import org.learningstore.core.learner.LearnerProfile;
import org.learningstore.core.learner.LearnerSession;
import org.learningstore.core.learner.Learners;
import org.learningstore.core.learner.OpenedSession;

/** Learners, anonymous and registered, upgrades, merges and sessions, on every backend. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class LearnerContract {
    protected final MutableClock clock = new MutableClock(Instant.parse("2026-07-01T12:00:00.000000900Z"));
    protected LearningStore store;
    protected Learners learners;
    protected Assessments assessments;

    /** The kit that nests this group: it opens the backend's store. */
    protected abstract StoreCompatibilityKit kit();

    /** Every value, as text, of every row of {@code table}: what an attacker reading the database sees. */
    private List<String> storedValues(String table) {
        return kit().storedValues(table);
    }

    @BeforeAll
    void openStore() {
        store = kit().openStore(new StoreOptions(clock, org.learningstore.core.StatementListener.NONE));
        learners = store.learners();
        assessments = store.assessments();
    }

    @AfterAll
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    // ---------------------------------------------------------------- identities

    @Test
    void anonymousLearnersHaveNoIdentityAndAreFoundById() {
        Learner anonymous = learners.createAnonymous();

        assertEquals(LearnerKind.ANONYMOUS, anonymous.kind());
        assertFalse(anonymous.profile().hasIdentity());
        assertEquals(0, anonymous.totalXp());
        assertEquals(7, anonymous.id().version());
        assertEquals(clock.instant().truncatedTo(ChronoUnit.MICROS), anonymous.createdAt());
        assertEquals(Optional.of(anonymous), learners.find(anonymous.id()));
    }

    @Test
    void registeredLearnersKeepTheirProfileAndAreFoundByEachIdentity() {
        String tag = CatalogContract.word();
        var profile = new LearnerProfile("user-" + tag, "Ada." + tag + "@Example.org", "ada_" + tag, "Ada Lovelace 🧮 آدا",
                Level.ADVANCED, "{\"theme\":\"dark\",\"lang\":\"ar\"}", "{\"source\":\"import\"}");

        Learner ada = learners.register(profile);

        assertEquals(LearnerKind.REGISTERED, ada.kind());
        assertEquals(profile, ada.profile());
        assertEquals(Optional.of(ada), learners.find(ada.id()));
        assertEquals(Optional.of(ada), learners.findByEmail("ada." + tag + "@example.ORG"), "email ignores case");
        assertEquals(Optional.of(ada), learners.findByUsername("ada_" + tag));
        assertEquals(Optional.of(ada), learners.findByExternalRef("user-" + tag));
        assertEquals(Optional.empty(), learners.findByUsername("ADA_" + tag), "usernames are exact");
    }

    @Test
    void externalRefEmailIgnoringCaseAndUsernameAreUnique() {
        String tag = CatalogContract.word();
        learners.register(new LearnerProfile("ext-" + tag, "grace." + tag + "@example.org", "grace_" + tag, null, null, null, null));

        assertConflict("email", () -> learners.register(LearnerProfile.withEmail("GRACE." + tag + "@EXAMPLE.org", "Other")));
        assertConflict("username", () -> learners.register(LearnerProfile.withEmail("x" + tag + "@example.org", null).withUsername("grace_" + tag)));
        assertConflict("externalRef", () -> learners.register(LearnerProfile.withEmail("y" + tag + "@example.org", null).withExternalRef("ext-" + tag)));

        assertEquals(Optional.empty(), learners.findByEmail("x" + tag + "@example.org"), "nothing was written");
        assertEquals(Optional.empty(), learners.findByEmail("y" + tag + "@example.org"));
    }

    @Test
    void badProfilesAreTypedErrorsAndWriteNothing() {
        String tag = CatalogContract.word();
        assertInvalid("email", () -> LearnerProfile.withEmail("not-an-email", null));
        assertInvalid("username", () -> LearnerProfile.anonymous().withUsername("has space"));
        assertInvalid("externalRef", () -> LearnerProfile.anonymous().withExternalRef(" "));
        assertInvalid("email", () -> learners.register(LearnerProfile.anonymous()));
        assertInvalid("preferences", () -> learners.register(LearnerProfile.withEmail(tag + "@example.org", null).withPreferences("[1]")));
        assertInvalid("preferences", () -> learners.register(LearnerProfile.withEmail(tag + "@example.org", null).withPreferences("{oops")));
        assertEquals(Optional.empty(), learners.findByEmail(tag + "@example.org"));
        assertNotFound("learner", () -> learners.upgrade(UUID.randomUUID(), LearnerProfile.withEmail(tag + "@example.org", null)));
        assertNotFound("learner", () -> learners.openSession(UUID.randomUUID(), Duration.ofHours(1), null, null));
    }

    // free-form JSON: preferences and metadata follow the one rule for JSON people write, alike on every
    // backend (FreeFormJsonCases)

    @Test
    void refusedPreferencesAndMetadataAreTheSameInvalidInputAndWriteNothing() {
        String email = CatalogContract.word() + "@example.org";
        FreeFormJsonCases.assertAllRefused("preferences", 100_000,
                text -> () -> learners.register(LearnerProfile.withEmail(email, null).withPreferences(text)));
        FreeFormJsonCases.assertAllRefused("metadata", 100_000,
                text -> () -> learners.register(new LearnerProfile(null, email, null, null, null, null, text)));
        assertEquals(Optional.empty(), learners.findByEmail(email), "nothing was written");

        Learner learner = learners.register(LearnerProfile.withEmail(email, null));
        FreeFormJsonCases.assertAllRefused("preferences", 100_000,
                text -> () -> learners.updateProfile(learner.id(), 1, learner.profile().withPreferences(text)));
        assertEquals(Optional.of(learner), learners.find(learner.id()), "nothing was written");
    }

    @Test
    void awkwardPreferencesAndMetadataReadBackByteForByte() {
        for (String kept : FreeFormJsonCases.KEPT) {
            Learner learner = learners.register(new LearnerProfile(null, CatalogContract.word() + "@example.org", null,
                    null, null, kept, kept));
            LearnerProfile stored = learners.find(learner.id()).orElseThrow().profile();
            assertEquals(kept, stored.preferences());
            assertEquals(kept, stored.metadata());
        }
    }

    @Test
    void profileUpdatesAreVersionChecked() {
        Learner learner = learners.register(LearnerProfile.withEmail(CatalogContract.word() + "@example.org", "Before"));

        Learner renamed = learners.updateProfile(learner.id(), 1,
                new LearnerProfile(null, learner.profile().email(), null, "After", Level.INTERMEDIATE, "{\"a\":1}", null));

        assertEquals(2, renamed.version());
        assertEquals(Optional.of(renamed), learners.find(learner.id()));
        assertThrows(ConflictException.class, () -> learners.updateProfile(learner.id(), 1, learner.profile()));
        assertInvalid("email", () -> learners.updateProfile(learner.id(), 2, LearnerProfile.anonymous()));
        assertEquals(Optional.of(renamed), learners.find(learner.id()));
    }

    @Test
    void upgradingAnAnonymousLearnerKeepsItsIdAndItsAttempts() {
        Assessment quiz = quiz();
        Learner anonymous = learners.createAnonymous();
        Attempt attempt = assessments.startAttempt(quiz.id(), anonymous.id());
        assessments.submitAttempt(attempt.id());
        String email = CatalogContract.word() + "@example.org";

        Learner upgraded = learners.upgrade(anonymous.id(), LearnerProfile.withEmail(email, "Now known"));

        assertEquals(anonymous.id(), upgraded.id());
        assertEquals(LearnerKind.REGISTERED, upgraded.kind());
        assertEquals(Optional.of(upgraded), learners.findByEmail(email));
        assertEquals(List.of(attempt.id()), assessments.attempts(quiz.id(), upgraded.id()).stream().map(Attempt::id).toList());
        assertEquals("learner.already_registered", assertThrows(RuleViolationException.class,
                () -> learners.upgrade(anonymous.id(), LearnerProfile.withEmail("z" + email, null))).rule());
    }

    @Test
    void mergingMovesAttemptsNumberedAfterTheSurvivorsAndRetiresTheOther() {
        Assessment quiz = quiz();
        Assessment other = quiz();
        Learner survivor = learners.register(LearnerProfile.withEmail(CatalogContract.word() + "@example.org", "Survivor"));
        Learner merged = learners.createAnonymous();
        Attempt survivorFirst = submitted(quiz, survivor);
        Attempt mergedFirst = submitted(quiz, merged);
        Attempt mergedOpen = assessments.startAttempt(quiz.id(), merged.id());
        Attempt mergedOther = submitted(other, merged);
        OpenedSession mergedSession = learners.openSession(merged.id(), Duration.ofDays(1), null, null);

        Learner result = learners.merge(survivor.id(), merged.id());

        assertEquals(survivor.id(), result.id());
        assertEquals(Optional.empty(), learners.find(merged.id()));
        List<Attempt> onQuiz = assessments.attempts(quiz.id(), survivor.id());
        assertEquals(List.of(survivorFirst.id(), mergedFirst.id(), mergedOpen.id()), onQuiz.stream().map(Attempt::id).toList());
        assertEquals(List.of(1, 2, 3), onQuiz.stream().map(Attempt::number).toList());
        assertEquals(AttemptStatus.IN_PROGRESS, onQuiz.get(2).status());
        assertEquals(List.of(mergedOther.id()), assessments.attempts(other.id(), survivor.id()).stream().map(Attempt::id).toList());
        assertEquals(List.of(), assessments.attempts(quiz.id(), merged.id()));
        assertEquals(Optional.of(survivor.id()), learners.resolveSession(mergedSession.token()).map(Learner::id),
                "the merged learner's devices stay signed in, as the survivor");
        assertNotFound("learner", () -> learners.merge(survivor.id(), merged.id()));
        assertInvalid("mergedId", () -> learners.merge(survivor.id(), survivor.id()));
    }

    @Test
    void mergingAbandonsTheMergedAttemptInProgressWhenTheSurvivorHasOneToo() {
        Assessment quiz = quiz();
        Learner survivor = learners.createAnonymous();
        Learner merged = learners.createAnonymous();
        Attempt survivorOpen = assessments.startAttempt(quiz.id(), survivor.id());
        Attempt mergedOpen = assessments.startAttempt(quiz.id(), merged.id());

        learners.merge(survivor.id(), merged.id());

        List<Attempt> attempts = assessments.attempts(quiz.id(), survivor.id());
        assertEquals(List.of(survivorOpen.id(), mergedOpen.id()), attempts.stream().map(Attempt::id).toList());
        assertEquals(List.of(AttemptStatus.IN_PROGRESS, AttemptStatus.ABANDONED), attempts.stream().map(Attempt::status).toList());
        assertEquals(survivorOpen.id(), assessments.startAttempt(quiz.id(), survivor.id()).id());
    }

    // ---------------------------------------------------------------- sessions

    @Test
    void aSessionTokenResolvesToItsLearnerAndTouchesLastSeenAndLastActive() {
        Learner learner = learners.createAnonymous();
        OpenedSession opened = learners.openSession(learner.id(), Duration.ofHours(2), "203.0.113.7", "Firefox/140");
        clock.advance(Duration.ofMinutes(30));
        Instant later = clock.instant().truncatedTo(ChronoUnit.MICROS);

        Learner resolved = learners.resolveSession(opened.token()).orElseThrow();

        assertTrue(opened.token().matches("[A-Za-z0-9_-]{43}"), "32 random bytes, base64url: " + opened.token().length());
        assertEquals(learner.id(), resolved.id());
        assertEquals(later, resolved.lastActiveAt());
        assertEquals(later, learners.find(learner.id()).orElseThrow().lastActiveAt());
        LearnerSession stored = learners.sessions(learner.id()).get(0);
        assertEquals(later, stored.lastSeenAt());
        assertEquals(opened.session().expiresAt(), stored.expiresAt());
        assertEquals("203.0.113.7", stored.ip());
        assertEquals("Firefox/140", stored.userAgent());
        assertNotEquals(opened.token(), learners.openSession(learner.id(), Duration.ofHours(2), null, null).token());
        assertFalse(opened.toString().contains(opened.token()), "the token never lands in a log line");
    }

    @Test
    void expiredRevokedAndUnknownTokensNeverResolve() {
        Learner learner = learners.createAnonymous();
        OpenedSession shortLived = learners.openSession(learner.id(), Duration.ofMinutes(5), null, null);
        OpenedSession revoked = learners.openSession(learner.id(), Duration.ofDays(1), null, null);
        OpenedSession kept = learners.openSession(learner.id(), Duration.ofDays(1), null, null);

        learners.revokeSession(revoked.session().id());
        clock.advance(Duration.ofMinutes(6));

        assertEquals(Optional.empty(), learners.resolveSession(shortLived.token()));
        assertEquals(Optional.empty(), learners.resolveSession(revoked.token()));
        assertEquals(Optional.empty(), learners.resolveSession(kept.token() + "x"));
        assertEquals(Optional.empty(), learners.resolveSession(""));
        assertEquals(Optional.empty(), learners.resolveSession("'; DROP TABLE learner_sessions; --"));
        assertTrue(learners.resolveSession(kept.token()).isPresent());
        assertInvalid("timeToLive", () -> learners.openSession(learner.id(), Duration.ZERO, null, null));
        assertNotFound("session", () -> learners.revokeSession(UUID.randomUUID()));
    }

    @Test
    void revokingAllAndPurgingExpiredSessions() {
        Learner learner = learners.createAnonymous();
        OpenedSession first = learners.openSession(learner.id(), Duration.ofDays(1), null, null);
        OpenedSession second = learners.openSession(learner.id(), Duration.ofDays(1), null, null);
        OpenedSession brief = learners.openSession(learner.id(), Duration.ofSeconds(1), null, null);
        clock.advance(Duration.ofSeconds(2));

        assertEquals(2, learners.revokeAllSessions(learner.id()), "the expired one is not live");
        assertEquals(Optional.empty(), learners.resolveSession(first.token()));
        assertEquals(Optional.empty(), learners.resolveSession(second.token()));
        assertTrue(learners.sessions(learner.id()).stream().allMatch(s -> s.revokedAt() != null || s.id().equals(brief.session().id())));

        assertTrue(learners.purgeExpiredSessions() >= 1);
        assertEquals(List.of(second.session().id(), first.session().id()),
                learners.sessions(learner.id()).stream().map(LearnerSession::id).toList(), "newest first, the expired one gone");
    }

    @Test
    void theSessionsTableHoldsNoRawToken() {
        Learner learner = learners.createAnonymous();
        OpenedSession opened = learners.openSession(learner.id(), Duration.ofDays(1), "198.51.100.1", "Agent");

        List<String> stored = storedValues("learner_sessions");

        assertTrue(stored.contains(opened.session().id().toString()), "the hook reads the sessions table: " + stored.size() + " values");
        assertTrue(stored.stream().noneMatch(value -> value != null && value.contains(opened.token())), "the raw token is never stored");
        assertTrue(stored.stream().anyMatch(value -> value != null && value.matches("[0-9a-f]{64}")), "its SHA-256 is");
    }

    // ---------------------------------------------------------------- helpers

    private Assessment quiz() {
        var course = store.catalog().createCourse(CourseDetails.builder(CatalogContract.slug("learners"), "For learners").build());
        Assessment quiz = assessments.createCourseAssessment(course.id(), AssessmentDetails.builder(AssessmentKind.QUIZ, "Quiz").build());
        assessments.addQuestion(quiz.id(), QuestionDetails.trueFalse("True?", true));
        return quiz;
    }

    private Attempt submitted(Assessment quiz, Learner learner) {
        return assessments.submitAttempt(assessments.startAttempt(quiz.id(), learner.id()).id());
    }

    private static void assertConflict(String field, Executable call) {
        assertEquals(field, assertThrows(ConflictException.class, call).field());
    }

    private static void assertInvalid(String field, Executable call) {
        InvalidInputException error = assertThrows(InvalidInputException.class, call);
        assertEquals(field, error.field(), error.getMessage());
    }

    private static void assertNotFound(String entity, Executable call) {
        assertEquals(entity, assertThrows(NotFoundException.class, call).entity());
    }
}
