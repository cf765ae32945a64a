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
import org.learningstore.core.assessment.Assessments;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.catalog.Catalog;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.CourseOutline;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.Level;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.catalog.Skill;
import org.learningstore.core.catalog.SkillDetails;
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
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.LessonProgress;
import org.learningstore.core.progress.LessonStatus;
import org.learningstore.core.progress.Progress;
import org.learningstore.core.progress.SkillMastery;
import org.learningstore.core.progress.StudyMode;
import org.learningstore.core.progress.StudyScope;
import org.learningstore.core.progress.StudySession;

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

    // ---------------------------------------------------------------- merges

    @Test
    void mergingRetiresTheMergedLearnerAndMovesItsSessionsAndPracticeAnswers() {
        String email = CatalogContract.word() + "@example.org";
        Learner survivor = learners.register(LearnerProfile.withEmail(CatalogContract.word() + "@example.org", "Survivor"));
        Learner merged = learners.register(LearnerProfile.withEmail(email, "Merged"));
        OpenedSession mergedSession = learners.openSession(merged.id(), Duration.ofDays(1), null, null);
        practised(merged, skill(), 1);
        assertEquals(0, store.progress().stats(survivor.id()).streakDays());

        Learner result = learners.merge(survivor.id(), merged.id());

        assertEquals(new Learner(survivor.id(), LearnerKind.REGISTERED, survivor.profile(), 0, survivor.createdAt(),
                merged.lastActiveAt(), null, survivor.version() + 1, null), result);
        assertEquals(Optional.of(result), learners.find(survivor.id()));
        assertEquals(Optional.empty(), learners.find(merged.id()));
        assertEquals(Optional.empty(), learners.findByEmail(email), "the merged learner's identities are cleared");
        assertEquals(email, learners.register(LearnerProfile.withEmail(email, "Reused")).profile().email(), "and free again");
        assertEquals(List.of(mergedSession.session().id()), learners.sessions(survivor.id()).stream().map(LearnerSession::id).toList());
        assertEquals(1, store.progress().stats(survivor.id()).streakDays(), "the merged learner's practice answer of today moved");
        assertEquals(Optional.of(survivor.id()), learners.resolveSession(mergedSession.token()).map(Learner::id),
                "the merged learner's devices stay signed in, as the survivor");
        assertNotFound("learner", () -> learners.merge(survivor.id(), merged.id()));
        assertNotFound("learner", () -> learners.merge(merged.id(), survivor.id()));
        assertInvalid("mergedId", () -> learners.merge(survivor.id(), survivor.id()));
    }

    @Test
    void mergedAttemptsAreNumberedAfterTheSurvivorsInTheirOrderAndAClashingOneIsAbandoned() {
        Assessment both = quiz();
        Assessment onlyMerged = quiz();
        Assessment onlySurvivor = quiz();
        Learner survivor = learners.createAnonymous();
        Learner merged = learners.createAnonymous();
        List<Attempt> survivorOnBoth = List.of(submitted(both, survivor), submitted(both, survivor),
                assessments.startAttempt(both.id(), survivor.id()));
        List<Attempt> mergedOnBoth = List.of(submitted(both, merged), submitted(both, merged), submitted(both, merged),
                assessments.startAttempt(both.id(), merged.id()));
        List<Attempt> mergedOnOnlyMerged = List.of(submitted(onlyMerged, merged), assessments.startAttempt(onlyMerged.id(), merged.id()));
        Attempt survivorOnOnlySurvivor = submitted(onlySurvivor, survivor);
        clock.advance(Duration.ofMinutes(3));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);

        learners.merge(survivor.id(), merged.id());

        Attempt clashing = mergedOnBoth.get(3);
        assertEquals(List.of(survivorOnBoth.get(0), survivorOnBoth.get(1), survivorOnBoth.get(2),
                moved(mergedOnBoth.get(0), survivor, 4), moved(mergedOnBoth.get(1), survivor, 5), moved(mergedOnBoth.get(2), survivor, 6),
                new Attempt(clashing.id(), both.id(), survivor.id(), 7, AttemptStatus.ABANDONED, clashing.startedAt(),
                        clashing.deadline(), now, null, null, null, null, null, clashing.questionOrder(), clashing.version() + 1, null, null)),
                assessments.attempts(both.id(), survivor.id()));
        assertEquals(List.of(moved(mergedOnOnlyMerged.get(0), survivor, 1), moved(mergedOnOnlyMerged.get(1), survivor, 2)),
                assessments.attempts(onlyMerged.id(), survivor.id()), "nothing clashed there: still in progress");
        assertEquals(List.of(survivorOnOnlySurvivor), assessments.attempts(onlySurvivor.id(), survivor.id()));
        for (Assessment assessment : List.of(both, onlyMerged, onlySurvivor)) {
            assertEquals(List.of(), assessments.attempts(assessment.id(), merged.id()));
        }
        assertEquals(survivorOnBoth.get(2).id(), assessments.startAttempt(both.id(), survivor.id()).id(), "one in progress, the survivor's");
        assertEquals(mergedOnOnlyMerged.get(1).id(), assessments.startAttempt(onlyMerged.id(), survivor.id()).id());
    }

    @Test
    void theSurvivorsAttemptOverrideStandsAndTheMergedLearnersMovesWhereTheSurvivorHasNone() {
        Assessment both = timedQuiz();
        Assessment onlyMerged = timedQuiz();
        Learner survivor = learners.createAnonymous();
        Learner merged = learners.createAnonymous();
        assessments.grantOverride(both.id(), survivor.id(), 0, Duration.ofMinutes(1));
        assessments.grantOverride(both.id(), merged.id(), 0, Duration.ofMinutes(5));
        assessments.grantOverride(onlyMerged.id(), merged.id(), 0, Duration.ofMinutes(2));

        learners.merge(survivor.id(), merged.id());

        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        assertEquals(now.plus(Duration.ofMinutes(11)), assessments.startAttempt(both.id(), survivor.id()).deadline());
        assertEquals(now.plus(Duration.ofMinutes(12)), assessments.startAttempt(onlyMerged.id(), survivor.id()).deadline());
        assertEquals(now.plus(Duration.ofMinutes(10)), assessments.startAttempt(both.id(), merged.id()).deadline(),
                "the merged id keeps no override");
        assertEquals(now.plus(Duration.ofMinutes(10)), assessments.startAttempt(onlyMerged.id(), merged.id()).deadline());
    }

    @Test
    void theEnrollmentWithMoreProgressStaysAndTheOtherGivesBackItsSeat() {
        Learner survivor = learners.createAnonymous();
        Learner merged = learners.createAnonymous();
        Course mergedAhead = course(2, 4);
        Course tie = course(2, 4);
        Course onlyMerged = course(2, 4);
        Course mergedDroppedAhead = course(2, 4);
        Course survivorDroppedAhead = course(2, 4);
        Enrollment survivorBehind = enrolled(survivor, mergedAhead, 1);
        Enrollment mergedFurther = enrolled(merged, mergedAhead, 2);
        Enrollment survivorOnTie = enrolled(survivor, tie, 1);
        enrolled(merged, tie, 1);
        Enrollment mergedOnly = enrolled(merged, onlyMerged, 0);
        enrolled(survivor, mergedDroppedAhead, 0);
        enrolled(merged, mergedDroppedAhead, 3);
        Enrollment mergedDropped = store.progress().drop(merged.id(), mergedDroppedAhead.id());
        enrolled(survivor, survivorDroppedAhead, 3);
        Enrollment survivorDropped = store.progress().drop(survivor.id(), survivorDroppedAhead.id());
        enrolled(merged, survivorDroppedAhead, 0);

        learners.merge(survivor.id(), merged.id());

        assertEquals(Optional.of(movedTo(mergedFurther, survivor)), store.progress().enrollment(survivor.id(), mergedAhead.id()));
        assertEquals(Optional.of(survivorOnTie), store.progress().enrollment(survivor.id(), tie.id()), "a tie keeps the survivor's");
        assertEquals(Optional.of(movedTo(mergedOnly, survivor)), store.progress().enrollment(survivor.id(), onlyMerged.id()));
        assertEquals(Optional.of(movedTo(mergedDropped, survivor)), store.progress().enrollment(survivor.id(), mergedDroppedAhead.id()));
        assertEquals(Optional.of(survivorDropped), store.progress().enrollment(survivor.id(), survivorDroppedAhead.id()));
        for (Course course : List.of(mergedAhead, tie, onlyMerged, mergedDroppedAhead, survivorDroppedAhead)) {
            assertEquals(Optional.empty(), store.progress().enrollment(merged.id(), course.id()));
        }
        assertEquals(5, store.progress().dashboard(survivor.id(), PageRequest.ofSize(10)).totalElements());
        assertNotEquals(survivorBehind.id(), store.progress().enrollment(survivor.id(), mergedAhead.id()).orElseThrow().id());
        // two seats each; the enrollment that gave way gave back its seat unless it was dropped
        assertSeatsLeft(mergedAhead, 1);
        assertSeatsLeft(tie, 1);
        assertSeatsLeft(onlyMerged, 1);
        assertSeatsLeft(mergedDroppedAhead, 2);
        assertSeatsLeft(survivorDroppedAhead, 2);
    }

    @Test
    void theLessonProgressCompletedElseWithTheBetterScoreElseWithMoreTimeStays() {
        Course course = course(null, 6);
        List<Lesson> lessons = lessonsOf(course);
        Assessment quiz = lessonQuiz(lessons.get(1));
        Learner survivor = learners.createAnonymous();
        Learner merged = learners.createAnonymous();
        Progress progress = store.progress();
        progress.recordTime(survivor.id(), lessons.get(0).id(), Duration.ofMinutes(10));
        progress.completeLesson(merged.id(), lessons.get(0).id());
        scored(survivor, quiz, 3);
        scored(merged, quiz, 2);
        progress.recordTime(merged.id(), lessons.get(1).id(), Duration.ofMinutes(30));
        progress.recordTime(survivor.id(), lessons.get(2).id(), Duration.ofMinutes(2));
        progress.recordTime(merged.id(), lessons.get(2).id(), Duration.ofMinutes(5));
        progress.recordTime(survivor.id(), lessons.get(3).id(), Duration.ofMinutes(4));
        progress.recordTime(merged.id(), lessons.get(3).id(), Duration.ofMinutes(4));
        progress.recordTime(survivor.id(), lessons.get(4).id(), Duration.ofMinutes(1));
        progress.savePosition(merged.id(), lessons.get(5).id(), "{\"at\":7}");
        List<LessonProgress> survivorBefore = lessons.stream().map(lesson -> progress.lessonProgress(survivor.id(), lesson.id())
                .orElse(null)).toList();
        List<LessonProgress> mergedBefore = lessons.stream().map(lesson -> progress.lessonProgress(merged.id(), lesson.id())
                .orElse(null)).toList();

        learners.merge(survivor.id(), merged.id());

        assertEquals(List.of(movedTo(mergedBefore.get(0), survivor), survivorBefore.get(1), movedTo(mergedBefore.get(2), survivor),
                        survivorBefore.get(3), survivorBefore.get(4), movedTo(mergedBefore.get(5), survivor)),
                lessons.stream().map(lesson -> progress.lessonProgress(survivor.id(), lesson.id()).orElseThrow()).toList(),
                "completed; the better score (75 over 50, though with less time); more time; a tie, the survivor's; each one's own");
        assertEquals(List.of(LessonStatus.COMPLETED, 75.0, Duration.ofMinutes(5)), List.of(mergedBefore.get(0).status(),
                survivorBefore.get(1).bestScore(), mergedBefore.get(2).timeSpent()), "what the rules saw");
        for (Lesson lesson : lessons) {
            assertEquals(Optional.empty(), progress.lessonProgress(merged.id(), lesson.id()));
        }
    }

    @Test
    void theHigherMasteryScoreStaysAndStudySessionsMove() {
        List<Skill> skills = List.of(skill(), skill(), skill(), skill());
        Learner survivor = learners.createAnonymous();
        Learner merged = learners.createAnonymous();
        practised(survivor, skills.get(0), 1);
        practised(merged, skills.get(0), 2);
        practised(survivor, skills.get(1), 2);
        StudySession mergedSession = practised(merged, skills.get(1), 1);
        practised(survivor, skills.get(2), 1);
        clock.advance(Duration.ofMinutes(1));
        practised(merged, skills.get(2), 1);
        practised(merged, skills.get(3), 1);
        List<SkillMastery> survivorBefore = store.progress().mastery(survivor.id());
        List<SkillMastery> mergedBefore = store.progress().mastery(merged.id());

        learners.merge(survivor.id(), merged.id());

        assertEquals(List.of(movedTo(masteryOf(mergedBefore, skills.get(0)), survivor), masteryOf(survivorBefore, skills.get(1)),
                        masteryOf(survivorBefore, skills.get(2)), movedTo(masteryOf(mergedBefore, skills.get(3)), survivor)),
                skills.stream().map(skill -> masteryOf(store.progress().mastery(survivor.id()), skill)).toList());
        assertEquals(List.of(), store.progress().mastery(merged.id()));
        StudySession ended = store.progress().endStudySession(mergedSession.id());
        assertEquals(survivor.id(), ended.learnerId());
        assertEquals(3, ended.version(), "1 at start, 2 moved by the merge, 3 ended");
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

    private Assessment timedQuiz() {
        var course = store.catalog().createCourse(CourseDetails.builder(CatalogContract.slug("learners"), "For learners").build());
        Assessment quiz = assessments.createCourseAssessment(course.id(),
                AssessmentDetails.builder(AssessmentKind.QUIZ, "Timed").timeLimit(Duration.ofMinutes(10)).build());
        assessments.addQuestion(quiz.id(), QuestionDetails.trueFalse("True?", true));
        return quiz;
    }

    /** A published course of one module with {@code lessons} lessons. */
    private Course course(Integer maxStudents, int lessons) {
        Catalog catalog = store.catalog();
        Course course = catalog.createCourse(CourseDetails.builder(CatalogContract.slug("merge"), "Merge").maxStudents(maxStudents).build());
        CourseModule module = catalog.addModule(course.id(), ModuleDetails.of("Only"));
        for (int i = 0; i < lessons; i++) {
            catalog.addLesson(module.id(), LessonDetails.builder("L" + i).build());
        }
        return catalog.publishCourse(course.id());
    }

    /** A quiz of four questions on the lesson, passed only at 100%. */
    private Assessment lessonQuiz(Lesson lesson) {
        Assessment quiz = assessments.createLessonAssessment(lesson.id(),
                AssessmentDetails.builder(AssessmentKind.QUIZ, "Lesson quiz").passingScore(100).build());
        for (int q = 0; q < 4; q++) {
            assessments.addQuestion(quiz.id(), QuestionDetails.trueFalse("Q" + q, true));
        }
        return quiz;
    }

    private List<Lesson> lessonsOf(Course course) {
        return store.catalog().outline(course.id()).orElseThrow().modules().get(0).lessons().stream()
                .map(CourseOutline.LessonOutline::lesson).toList();
    }

    /** Enrolled, with the first {@code completed} lessons completed. */
    private Enrollment enrolled(Learner learner, Course course, int completed) {
        store.progress().enroll(learner.id(), course.id());
        lessonsOf(course).stream().limit(completed).forEach(lesson -> store.progress().completeLesson(learner.id(), lesson.id()));
        return store.progress().enrollment(learner.id(), course.id()).orElseThrow();
    }

    /** The lesson quiz taken once with {@code right} of its four questions right. */
    private void scored(Learner learner, Assessment quiz, int right) {
        Attempt attempt = assessments.startAttempt(quiz.id(), learner.id());
        List<Question> questions = assessments.questions(quiz.id());
        for (int q = 0; q < questions.size(); q++) {
            assessments.answer(attempt.id(), questions.get(q).id(), new Response.Truth(q < right), null);
        }
        assessments.submitAttempt(attempt.id());
    }

    private Skill skill() {
        return store.catalog().createSkill(SkillDetails.of("Merge " + CatalogContract.word()), null);
    }

    /** A practice session on the skill's one question, answered right {@code right} times. */
    private StudySession practised(Learner learner, Skill skill, int right) {
        Assessment bank = assessments.createCourseAssessment(
                store.catalog().createCourse(CourseDetails.builder(CatalogContract.slug("bank"), "Bank").build()).id(),
                AssessmentDetails.builder(AssessmentKind.PRACTICE, "Bank").build());
        Question question = assessments.addQuestion(bank.id(), QuestionDetails.trueFalse("Skillful?", true).withSkill(skill.id()));
        StudySession session = store.progress().startStudySession(learner.id(), StudyScope.skills(List.of(skill.id())),
                StudyMode.PRACTICE, 1, 5);
        for (int i = 0; i < right; i++) {
            store.progress().answerPractice(session.id(), question.id(), new Response.Truth(true), null);
        }
        return session;
    }

    private static SkillMastery masteryOf(List<SkillMastery> masteries, Skill skill) {
        return masteries.stream().filter(m -> m.skillId().equals(skill.id())).findFirst().orElseThrow();
    }

    /** Exactly {@code seats} new learners get in, and the next is refused. */
    private void assertSeatsLeft(Course course, int seats) {
        for (int i = 0; i < seats; i++) {
            store.progress().enroll(learners.createAnonymous().id(), course.id());
        }
        assertEquals("course.full", assertThrows(RuleViolationException.class,
                () -> store.progress().enroll(learners.createAnonymous().id(), course.id())).rule());
    }

    /** The attempt as the merge leaves it: the survivor's, numbered {@code number}, version plus one. */
    private static Attempt moved(Attempt a, Learner survivor, int number) {
        return new Attempt(a.id(), a.assessmentId(), survivor.id(), number, a.status(), a.startedAt(), a.deadline(),
                a.submittedAt(), a.score(), a.maxScore(), a.percent(), a.passed(), a.previousScore(), a.questionOrder(),
                a.version() + 1, null, null);
    }

    private static Enrollment movedTo(Enrollment e, Learner survivor) {
        return new Enrollment(e.id(), e.courseId(), survivor.id(), e.status(), e.enrolledAt(), e.completedAt(),
                e.progressPercent(), e.currentLessonId(), e.lastAccessedAt(), e.version() + 1);
    }

    private static LessonProgress movedTo(LessonProgress p, Learner survivor) {
        return new LessonProgress(survivor.id(), p.lessonId(), p.status(), p.startedAt(), p.completedAt(), p.timeSpent(),
                p.bestScore(), p.attempts(), p.lastPosition(), p.bookmarks(), p.updatedAt(), p.version() + 1);
    }

    private static SkillMastery movedTo(SkillMastery m, Learner survivor) {
        return new SkillMastery(survivor.id(), m.skillId(), m.status(), m.score(), m.answers(), m.correct(),
                m.lastPracticedAt(), m.version() + 1);
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
