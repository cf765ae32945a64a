package org.learningstore.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StatementListener;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.Assessments;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.catalog.Catalog;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.engagement.Achievement;
import org.learningstore.core.engagement.AchievementCriteria;
import org.learningstore.core.engagement.AchievementDetails;
import org.learningstore.core.engagement.AchievementMetric;
import org.learningstore.core.engagement.Achievements;
import org.learningstore.core.engagement.EarnedAchievement;
import org.learningstore.core.engagement.Leaderboard;
import org.learningstore.core.engagement.LeaderboardEntry;
import org.learningstore.core.engagement.LeaderboardStanding;
import org.learningstore.core.engagement.Leaderboards;
import org.learningstore.core.engagement.LearningEvent;
import org.learningstore.core.engagement.LearningEvents;
import org.learningstore.core.engagement.NewLearningEvent;
import org.learningstore.core.engagement.Post;
import org.learningstore.core.engagement.ProjectDetails;
import org.learningstore.core.engagement.ThreadDetails;
import org.learningstore.core.engagement.VoteDirection;
import org.learningstore.core.engagement.XpEntry;
import org.learningstore.core.engagement.XpLedger;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.error.StoreUnavailableException;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.learner.LearnerProfile;
import org.learningstore.core.paging.CursorRequest;
import org.learningstore.core.paging.CursoredPage;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;

/** Achievements, the XP ledger, leaderboards and learning events, on every backend. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RewardsContract {
    /** Later than any other group's clock, so windows from here on hold only this group's XP. */
    protected final MutableClock clock = new MutableClock(Instant.parse("2040-03-01T08:00:00Z"));
    protected final CountingStatements statements = new CountingStatements();
    private final Tripwire tripwire = new Tripwire(statements);
    protected LearningStore store;
    private Catalog catalog;
    private Assessments assessments;
    private Achievements achievements;
    private XpLedger xp;
    private Leaderboards leaderboards;
    private LearningEvents events;

    /** The kit that nests this group: it opens the backend's store. */
    protected abstract StoreCompatibilityKit kit();

    @BeforeAll
    void openStore() {
        store = kit().openStore(new StoreOptions(clock, tripwire));
        catalog = store.catalog();
        assessments = store.assessments();
        achievements = store.engagement().achievements();
        xp = store.engagement().xp();
        leaderboards = store.engagement().leaderboards();
        events = store.engagement().events();
    }

    @AfterAll
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    /** Counts like {@link CountingStatements}, and fails the statement that starts with {@code armed}, before it runs. */
    private static final class Tripwire implements StatementListener {
        private final StatementListener counting;
        private volatile String armed;

        Tripwire(StatementListener counting) {
            this.counting = counting;
        }

        @Override
        public void onStatement(String sql) {
            String prefix = armed;
            if (prefix != null && sql.regionMatches(true, 0, prefix, 0, prefix.length())) {
                throw new StoreUnavailableException("tripped on purpose", false, null);
            }
            counting.onStatement(sql);
        }

        @Override
        public void onRoundTrip() {
            counting.onRoundTrip();
        }
    }

    private record Track(Course course, List<Lesson> lessons) {
    }

    /** A published course of one module of three lessons. */
    private Track track() {
        Course course = catalog.createCourse(CourseDetails.builder(CatalogContract.slug("rewards"), "Rewards").build());
        CourseModule module = catalog.addModule(course.id(), ModuleDetails.of("Only"));
        List<Lesson> lessons = IntStream.range(0, 3)
                .mapToObj(i -> catalog.addLesson(module.id(), LessonDetails.builder("L" + i).build())).toList();
        return new Track(catalog.publishCourse(course.id()), lessons);
    }

    private Learner learner(String name) {
        return store.learners().register(LearnerProfile.withEmail(CatalogContract.word() + "@example.org", name));
    }

    private Achievement define(AchievementCriteria criteria, int xpReward) {
        return achievements.define(new AchievementDetails(CatalogContract.slug("a"), "Title", null, "badge", criteria, xpReward,
                null));
    }

    private long totalXp(Learner learner) {
        return store.learners().find(learner.id()).orElseThrow().totalXp();
    }

    private List<XpEntry> entries(Learner learner) {
        return xp.entries(learner.id(), PageRequest.ofSize(100)).content();
    }

    private List<String> eventTypes(Learner learner) {
        return events.byLearner(learner.id(), CursorRequest.first(100)).content().stream().map(LearningEvent::type).toList();
    }

    private Attempt take(Assessment quiz, Learner learner, Question question, boolean right) {
        Attempt attempt = assessments.startAttempt(quiz.id(), learner.id());
        assessments.answer(attempt.id(), question.id(), new Response.Truth(right), Duration.ofSeconds(3));
        return assessments.submitAttempt(attempt.id());
    }

    // ---------------------------------------------------------------- definitions

    @Test
    void definitionsAreValidatedVersionedAndSwitchedOnAndOff() {
        assertEquals("criteria.metric", assertThrows(InvalidInputException.class,
                () -> AchievementCriteria.of("lessons_skipped", 1)).field());
        assertEquals("criteria.threshold", assertThrows(InvalidInputException.class,
                () -> AchievementCriteria.of(AchievementMetric.LESSONS_COMPLETED, 0)).field());
        assertEquals("criteria.scopeSkillId", assertThrows(InvalidInputException.class,
                () -> AchievementCriteria.of(AchievementMetric.LESSONS_COMPLETED, 1).ofSkill(UUID.randomUUID())).field());

        Instant defined = clock.advance(Duration.ofSeconds(1));
        Achievement first = define(AchievementCriteria.of("lessons_completed", 3), 20);
        assertEquals(new Achievement(first.id(), first.details(), true, 1, defined, defined), first);
        assertEquals(Optional.of(first), achievements.find(first.id()));
        assertEquals(Optional.of(first), achievements.findByCode(first.details().code()));
        assertEquals("code", assertThrows(ConflictException.class, () -> achievements.define(first.details())).field());

        Instant updated = clock.advance(Duration.ofSeconds(1));
        var details = new AchievementDetails(first.details().code(), "Three lessons", "Complete three", "milestone",
                AchievementCriteria.of(AchievementMetric.LESSONS_COMPLETED, 4), 30, "https://example.org/3.png");
        Achievement second = achievements.update(first.id(), details, 1);
        assertEquals(new Achievement(first.id(), details, true, 2, defined, updated), second);
        assertEquals("version", assertThrows(ConflictException.class, () -> achievements.update(first.id(), details, 1)).field());

        Achievement off = achievements.deactivate(first.id());
        assertEquals(false, off.active());
        assertEquals(3, off.version());
        assertEquals(off, achievements.deactivate(first.id()), "already off: nothing changes");
        assertEquals(true, achievements.activate(first.id()).active());
        assertEquals("achievement", assertThrows(NotFoundException.class,
                () -> achievements.activate(UUID.randomUUID())).entity());
    }

    // ---------------------------------------------------------------- the library's own events

    @Test
    void lessonCompletionsPayXpOnceAndEarnAnAchievementInTheSameUnit() {
        Track track = track();
        Achievement two = define(AchievementCriteria.of(AchievementMetric.LESSONS_COMPLETED, 2).inCourse(track.course().id()), 25);
        Learner learner = learner("Ada");
        store.progress().enroll(learner.id(), track.course().id());
        clock.advance(Duration.ofMinutes(1));
        store.progress().completeLesson(learner.id(), track.lessons().get(0).id());
        assertEquals(10, totalXp(learner));
        assertEquals(List.of(), achievements.earned(learner.id()));

        Instant second = clock.advance(Duration.ofMinutes(1));
        store.progress().completeLesson(learner.id(), track.lessons().get(1).id());
        store.progress().completeLesson(learner.id(), track.lessons().get(1).id());

        assertEquals(45, totalXp(learner), "10 + 10 for the lessons, 25 for the achievement");
        assertEquals(List.of(new EarnedAchievement(two, second, 2)), achievements.earned(learner.id()));
        List<XpEntry> entries = entries(learner);
        assertEquals(List.of("learningstore:achievement:" + two.id(), "learningstore:lesson:" + track.lessons().get(1).id(),
                "learningstore:lesson:" + track.lessons().get(0).id()), entries.stream().map(XpEntry::source).toList(),
                "newest first; the achievement's entry was made after the lesson's in one unit");
        assertEquals(List.of(track.course().id(), track.course().id(), track.course().id()),
                entries.stream().map(XpEntry::courseId).toList());
        assertEquals(45, entries.stream().mapToLong(XpEntry::amount).sum(), "the total is the sum of the ledger");
        assertEquals(List.of("learningstore.enrolled", "learningstore.lesson_completed", "learningstore.lesson_completed",
                "learningstore.achievement_earned"), eventTypes(learner));
        LearningEvent earned = events.byLearner(learner.id(), CursorRequest.first(10)).content().get(3);
        assertEquals("{\"achievementId\":\"" + two.id() + "\",\"code\":\"" + two.details().code() + "\",\"value\":2}",
                earned.data());
        assertEquals(second, earned.occurredAt());
    }

    @Test
    void aMergeMovesTheLedgerAndAchievementsASourcePaysOnceAndTheTotalIsTheLedgersSum() {
        Track track = track();
        Achievement one = define(AchievementCriteria.of(AchievementMetric.LESSONS_COMPLETED, 1).inCourse(track.course().id()), 25);
        Achievement two = define(AchievementCriteria.of(AchievementMetric.LESSONS_COMPLETED, 2).inCourse(track.course().id()), 40);
        Learner survivor = learner("Survivor");
        Learner merged = learner("Merged");
        store.progress().enroll(survivor.id(), track.course().id());
        store.progress().enroll(merged.id(), track.course().id());
        Instant first = clock.advance(Duration.ofMinutes(1));
        store.progress().completeLesson(survivor.id(), track.lessons().get(0).id());
        clock.advance(Duration.ofMinutes(1));
        store.progress().completeLesson(merged.id(), track.lessons().get(0).id());
        Instant third = clock.advance(Duration.ofMinutes(1));
        store.progress().completeLesson(merged.id(), track.lessons().get(1).id());
        clock.advance(Duration.ofMinutes(1));
        xp.award(merged.id(), 7, "quiz night", "host:quiz");
        clock.advance(Duration.ofMinutes(1));
        xp.award(survivor.id(), 5, "survey", "host:survey");
        assertEquals(40, totalXp(survivor));
        assertEquals(92, totalXp(merged));
        clock.advance(Duration.ofMinutes(1));

        Learner result = store.learners().merge(survivor.id(), merged.id());

        assertEquals(97, result.totalXp(), "40 of its own, and the merged 10 + 40 + 7 of sources the survivor had not");
        assertEquals(97, totalXp(survivor));
        List<XpEntry> ledger = entries(survivor);
        assertEquals(List.of("host:survey", "host:quiz", "learningstore:achievement:" + two.id(),
                "learningstore:lesson:" + track.lessons().get(1).id(), "learningstore:achievement:" + one.id(),
                "learningstore:lesson:" + track.lessons().get(0).id()), ledger.stream().map(XpEntry::source).toList());
        assertEquals(List.of(5, 7, 40, 10, 25, 10), ledger.stream().map(XpEntry::amount).toList(),
                "the shared lesson and achievement paid once, the survivor's entries of them stay");
        assertEquals(List.of(survivor.id()), ledger.stream().map(XpEntry::learnerId).distinct().toList());
        assertEquals(97, ledger.stream().mapToLong(XpEntry::amount).sum(), "the total is the sum of the ledger");
        assertEquals(List.of(), entries(merged));
        assertEquals(List.of(new EarnedAchievement(one, first, 1), new EarnedAchievement(two, third, 2)),
                achievements.earned(survivor.id()), "the survivor's award of the shared achievement stays");
        assertEquals(List.of(), achievements.earned(merged.id()));
        assertEquals(85, leaderboards.standing(Leaderboard.course(track.course().id()), survivor.id(), 0).orElseThrow()
                .learner().xp(), "the course board sums the moved ledger");
        assertEquals(Optional.empty(), leaderboards.standing(Leaderboard.course(track.course().id()), merged.id(), 0));
    }

    @Test
    void theFirstPassOfAnAssessmentPaysOnceAndEveryGradedAttemptIsAnEvent() {
        Track track = track();
        Learner learner = learner("Grace");
        Assessment quiz = assessments.createCourseAssessment(track.course().id(),
                AssessmentDetails.builder(AssessmentKind.QUIZ, "Check").passingScore(100).build());
        Question question = assessments.addQuestion(quiz.id(), QuestionDetails.trueFalse("Yes?", true));
        Achievement perfect = define(AchievementCriteria.of(AchievementMetric.PERFECT_SCORES, 1).inCourse(track.course().id()), 0);

        take(quiz, learner, question, false);
        assertEquals(0, totalXp(learner));
        take(quiz, learner, question, true);
        take(quiz, learner, question, true);

        assertEquals(50, totalXp(learner));
        assertEquals(List.of("learningstore:assessment:" + quiz.id()), entries(learner).stream().map(XpEntry::source).toList());
        assertEquals(List.of(perfect.id()), achievements.earned(learner.id()).stream().map(e -> e.achievement().id()).toList());
        assertEquals(List.of("learningstore.attempt_submitted", "learningstore.attempt_submitted",
                "learningstore.achievement_earned", "learningstore.attempt_submitted"), eventTypes(learner));
    }

    @Test
    void aFailedSubmitLeavesNoAchievementXpOrEventBehind() {
        Track track = track();
        Learner learner = learner("Failing");
        Assessment quiz = assessments.createCourseAssessment(track.course().id(),
                AssessmentDetails.builder(AssessmentKind.QUIZ, "Check").build());
        Question question = assessments.addQuestion(quiz.id(), QuestionDetails.trueFalse("Yes?", true));
        Achievement passed = define(AchievementCriteria.of(AchievementMetric.ASSESSMENTS_PASSED, 1).inCourse(track.course().id()), 5);
        Attempt attempt = assessments.startAttempt(quiz.id(), learner.id());
        assessments.answer(attempt.id(), question.id(), new Response.Truth(true), Duration.ofSeconds(3));

        tripwire.armed = "INSERT INTO learning_events";
        try {
            assertThrows(StoreUnavailableException.class, () -> assessments.submitAttempt(attempt.id()));
        } finally {
            tripwire.armed = null;
        }

        assertEquals(0, totalXp(learner));
        assertEquals(List.of(), entries(learner));
        assertEquals(List.of(), achievements.earned(learner.id()));
        assertEquals(List.of(), eventTypes(learner));
        assertEquals(List.of(false), assessments.attempts(quiz.id(), learner.id()).stream().map(Attempt::closed).toList(),
                "the attempt is still open");

        assessments.submitAttempt(attempt.id());
        assertEquals(55, totalXp(learner));
        assertEquals(List.of(passed.id()), achievements.earned(learner.id()).stream().map(e -> e.achievement().id()).toList());
    }

    @Test
    void postsAcceptedAnswersVotesAndProjectsEarnTheirAchievementsInTheirOwnWrites() {
        Track track = track();
        UUID course = track.course().id();
        Achievement poster = define(AchievementCriteria.of(AchievementMetric.POSTS_WRITTEN, 1).inCourse(course), 0);
        Achievement helper = define(AchievementCriteria.of(AchievementMetric.ACCEPTED_ANSWERS, 1).inCourse(course), 0);
        Achievement liked = define(AchievementCriteria.of(AchievementMetric.VOTES_RECEIVED, 1).inCourse(course), 0);
        Achievement builder = define(AchievementCriteria.of(AchievementMetric.PROJECTS_CREATED, 1).inCourse(course), 0);
        Learner asker = learner("Asker");
        Learner answerer = learner("Answerer");
        var discussions = store.engagement().discussions();

        Instant asked = clock.advance(Duration.ofMinutes(1));
        Post question = discussions.startThread(course, asker.id(), ThreadDetails.question("Why?", "Why gradients?"));
        assertEquals(List.of(new EarnedAchievement(poster, asked, 1)), achievements.earned(asker.id()));

        Instant replied = clock.advance(Duration.ofMinutes(1));
        Post reply = discussions.reply(question.id(), answerer.id(), "They point uphill.");
        Instant voted = clock.advance(Duration.ofMinutes(1));
        discussions.vote(reply.id(), asker.id(), VoteDirection.UP);
        Instant accepted = clock.advance(Duration.ofMinutes(1));
        discussions.acceptAnswer(question.id(), reply.id(), asker.id());
        Instant built = clock.advance(Duration.ofMinutes(1));
        store.engagement().projects().create(answerer.id(), course, ProjectDetails.builder("Shop", "web_app").build());

        assertEquals(Set.of(new EarnedAchievement(poster, replied, 1), new EarnedAchievement(liked, voted, 1),
                        new EarnedAchievement(helper, accepted, 1), new EarnedAchievement(builder, built, 1)),
                Set.copyOf(achievements.earned(answerer.id())));
        assertEquals(List.of(new EarnedAchievement(poster, asked, 1)), achievements.earned(asker.id()),
                "voting and accepting earn the asker nothing");
    }

    @Test
    void aStreakOfActiveDaysEarnsItsAchievementOnTheDayItIsReached() {
        Track track = track();
        Achievement threeDays = define(AchievementCriteria.of(AchievementMetric.STREAK_DAYS, 3), 0);
        try {
            Learner learner = learner("Daily");
            Learner idle = learner("Idle");
            store.progress().enroll(learner.id(), track.course().id());
            store.progress().completeLesson(learner.id(), track.lessons().get(0).id());
            clock.advance(Duration.ofDays(1));
            store.progress().completeLesson(learner.id(), track.lessons().get(1).id());
            store.progress().completeLesson(idle.id(), track.lessons().get(0).id());
            assertEquals(List.of(), achievements.earned(learner.id()), "two days in a row");

            Instant third = clock.advance(Duration.ofDays(1));
            store.progress().completeLesson(learner.id(), track.lessons().get(2).id());
            store.progress().completeLesson(idle.id(), track.lessons().get(1).id());

            assertEquals(List.of(new EarnedAchievement(threeDays, third, 3)), achievements.earned(learner.id()));
            assertEquals(List.of(), achievements.earned(idle.id()), "two days only");
        } finally {
            achievements.deactivate(threeDays.id());
        }
    }

    @Test
    void deactivatedDefinitionsAwardNothing() {
        Track track = track();
        Achievement off = achievements.deactivate(define(AchievementCriteria.of(AchievementMetric.LESSONS_COMPLETED, 1)
                .inCourse(track.course().id()), 100).id());
        Learner learner = learner("Off");

        store.progress().completeLesson(learner.id(), track.lessons().get(0).id());

        assertEquals(false, off.active());
        assertEquals(List.of(), achievements.earned(learner.id()));
        assertEquals(10, totalXp(learner));
    }

    // ---------------------------------------------------------------- the host's XP

    @Test
    void aHostsSourceKeyPaysOnce() {
        Learner learner = learner("Host");
        Instant at = clock.advance(Duration.ofSeconds(1));
        XpEntry first = xp.award(learner.id(), 30, "webinar attended", "host:webinar-7");
        clock.advance(Duration.ofSeconds(1));
        XpEntry again = xp.award(learner.id(), 99, "replayed", "host:webinar-7");

        assertEquals(new XpEntry(first.id(), learner.id(), 30, "webinar attended", "host:webinar-7", null, at), first);
        assertEquals(first, again);
        assertEquals(List.of(first), entries(learner));
        assertEquals(30, totalXp(learner));
        assertEquals("sourceKey", assertThrows(InvalidInputException.class,
                () -> xp.award(learner.id(), 1, "sneaky", "learningstore:lesson:x")).field());
        assertEquals("amount", assertThrows(InvalidInputException.class, () -> xp.award(learner.id(), 0, "none", "host:0")).field());
        assertEquals("learner", assertThrows(NotFoundException.class,
                () -> xp.award(UUID.randomUUID(), 1, "nobody", "host:1")).entity());
    }

    @Test
    void sixteenThreadsRacingToEarnOneAchievementEarnItOnceAndArePaidOnce() throws Exception {
        Learner learner = learner("Racer");
        Achievement ten = define(AchievementCriteria.of(AchievementMetric.TOTAL_XP, 10), 100);

        List<CatalogContract.Outcome<XpEntry>> outcomes;
        try {
            outcomes = CatalogContract.concurrently(16, i -> xp.award(learner.id(), 10, "race", "host:race-" + i));
        } finally {
            achievements.deactivate(ten.id());
        }

        assertEquals(List.of(), CatalogContract.failures(outcomes));
        assertEquals(List.of(ten.id()), achievements.earned(learner.id()).stream().map(e -> e.achievement().id()).toList());
        assertEquals(17, entries(learner).size());
        assertEquals(260, totalXp(learner), "16 × 10 and the reward once");
        assertEquals(1, eventTypes(learner).stream().filter("learningstore.achievement_earned"::equals).count());
    }

    // ---------------------------------------------------------------- leaderboards

    @Test
    void leaderboardsRankWithTiesGlobalPerCourseAndSinceAnInstant() {
        Track track = track();
        Learner a = learner("A");
        Learner b = learner("B");
        Learner c = learner("C");
        Learner d = learner("D");
        UUID course = track.course().id();
        String run = CatalogContract.word();
        for (int i = 0; i < 3; i++) {
            xp.award(a.id(), 1_000_000, "big", "host:" + run + "-a" + i, course);
        }
        for (int i = 0; i < 2; i++) {
            xp.award(b.id(), 1_000_000, "big", "host:" + run + "-b" + i, course);
            xp.award(c.id(), 1_000_000, "big", "host:" + run + "-c" + i, course);
        }
        xp.award(d.id(), 1_000_000, "big", "host:" + run + "-d", course);
        Instant since = clock.advance(Duration.ofDays(1));
        xp.award(d.id(), 7, "recent", "host:" + run + "-d-late");
        xp.award(b.id(), 7, "recent", "host:" + run + "-b-late");
        xp.award(a.id(), 3, "recent", "host:" + run + "-a-late");

        Page<LeaderboardEntry> courseBoard = leaderboards.page(Leaderboard.course(course), PageRequest.ofSize(10));
        assertEquals(List.of(new LeaderboardEntry(1, a.id(), "A", 3_000_000), new LeaderboardEntry(2, c.id(), "C", 2_000_000),
                new LeaderboardEntry(2, b.id(), "B", 2_000_000), new LeaderboardEntry(4, d.id(), "D", 1_000_000)),
                courseBoard.content());
        assertEquals(4, courseBoard.totalElements());
        Page<LeaderboardEntry> insideATie = leaderboards.page(Leaderboard.course(course), PageRequest.ofPage(2, 2));
        assertEquals(List.of(new LeaderboardEntry(2, b.id(), "B", 2_000_000), new LeaderboardEntry(4, d.id(), "D", 1_000_000)),
                insideATie.content(), "a page that starts inside a tie takes the tie's rank");
        assertEquals(4, insideATie.totalElements());
        assertEquals(List.of(), leaderboards.page(Leaderboard.course(course), PageRequest.ofPage(3, 2)).content());

        assertEquals(List.of(new LeaderboardEntry(1, a.id(), "A", 3_000_003), new LeaderboardEntry(2, b.id(), "B", 2_000_007)),
                leaderboards.page(Leaderboard.global(), PageRequest.ofSize(2)).content());
        assertEquals(List.of(new LeaderboardEntry(3, c.id(), "C", 2_000_000), new LeaderboardEntry(4, d.id(), "D", 1_000_007)),
                leaderboards.page(Leaderboard.global(), PageRequest.ofPage(2, 2)).content());

        Page<LeaderboardEntry> window = leaderboards.page(Leaderboard.global().since(since), PageRequest.ofSize(10));
        assertEquals(List.of(new LeaderboardEntry(1, d.id(), "D", 7), new LeaderboardEntry(1, b.id(), "B", 7),
                new LeaderboardEntry(3, a.id(), "A", 3)), window.content(), "ties in descending id order: D joined after B");
        assertEquals(3, window.totalElements());
        assertEquals(0, leaderboards.page(Leaderboard.course(course).since(since), PageRequest.ofSize(10)).totalElements());

        assertEquals(Optional.of(new LeaderboardStanding(new LeaderboardEntry(2, b.id(), "B", 2_000_000),
                        List.of(new LeaderboardEntry(1, a.id(), "A", 3_000_000), new LeaderboardEntry(2, c.id(), "C", 2_000_000)),
                        List.of(new LeaderboardEntry(4, d.id(), "D", 1_000_000)))),
                leaderboards.standing(Leaderboard.course(course), b.id(), 2));
        assertEquals(Optional.empty(), leaderboards.standing(Leaderboard.course(course), learner("Nobody").id(), 2));
        assertEquals(Long.valueOf(2), store.progress().stats(b.id()).globalRank());
        assertEquals(null, store.progress().stats(learner("Zero").id()).globalRank());
    }

    @Test
    void leaderboardCallsTakeAFixedNumberOfStatements() {
        Learner learner = learner("Counted");
        xp.award(learner.id(), 5, "counted", "host:counted-" + CatalogContract.word());

        var page = statements.count(() -> leaderboards.page(Leaderboard.global(), PageRequest.ofSize(20)));
        var windowed = statements.count(() -> leaderboards.page(Leaderboard.global().since(Instant.EPOCH), PageRequest.ofSize(20)));
        var standing = statements.count(() -> leaderboards.standing(Leaderboard.global(), learner.id(), 5));
        var award = statements.count(() -> xp.award(learner.id(), 5, "counted", "host:counted-" + CatalogContract.word()));

        kit().expected("leaderboard page").assertMatches(page);
        kit().expected("leaderboard page").assertMatches(windowed);
        kit().expected("learner's leaderboard standing").assertMatches(standing);
        kit().expected("host XP award").assertMatches(award);
    }

    // ---------------------------------------------------------------- learning events

    @Test
    void hostEventsAreReadByLearnerTypeAndTimeInCursorPagesAndPurged() {
        Learner learner = learner("Events");
        String type = "host." + CatalogContract.word();
        Instant start = clock.advance(Duration.ofDays(1));
        UUID session = UUID.randomUUID();
        List<LearningEvent> appended = IntStream.range(0, 5).mapToObj(i -> {
            clock.advance(Duration.ofSeconds(1));
            return events.append(new NewLearningEvent(i % 2 == 0 ? learner.id() : null, type, "{\"i\": " + i + "}",
                    i == 0 ? session : null, null));
        }).toList();
        LearningEvent backdated = events.append(new NewLearningEvent(learner.id(), type, "{}", null, start.minusSeconds(60)));

        assertEquals(new LearningEvent(appended.get(0).id(), learner.id(), type, "{\"i\": 0}", session, start.plusSeconds(1)),
                appended.get(0));
        assertEquals(List.of(backdated, appended.get(0), appended.get(2), appended.get(4)), scroll(
                cursor -> events.byLearner(learner.id(), cursor)));
        assertEquals(List.of(backdated, appended.get(0), appended.get(1), appended.get(2), appended.get(3), appended.get(4)),
                scroll(cursor -> events.byType(type, cursor)));
        assertEquals(appended.subList(1, 4), scroll(cursor -> events.between(start.plusSeconds(2), start.plusSeconds(5), cursor)));
        assertEquals("data", assertThrows(InvalidInputException.class,
                () -> events.append(NewLearningEvent.of(null, type, "[1]"))).field());
        assertEquals("cursor", assertThrows(InvalidInputException.class,
                () -> events.byType(type, CursorRequest.after("nonsense", 2))).field());

        long older = countBefore(start.plusSeconds(2));
        assertEquals(older, events.purgeBefore(start.plusSeconds(2)));
        assertEquals(0, countBefore(start.plusSeconds(2)));
        assertEquals(appended.subList(1, 5), scroll(cursor -> events.byType(type, cursor)));
    }

    private long countBefore(Instant instant) {
        return scroll(cursor -> events.between(Instant.EPOCH, instant, cursor)).size();
    }

    private interface PageSource {
        CursoredPage<LearningEvent> page(CursorRequest request);
    }

    /** Every event, read two at a time. */
    private static List<LearningEvent> scroll(PageSource source) {
        List<LearningEvent> all = new ArrayList<>();
        CursoredPage<LearningEvent> page = source.page(CursorRequest.first(2));
        all.addAll(page.content());
        while (page.hasNext()) {
            page = source.page(CursorRequest.after(page.nextCursor().orElseThrow(), 2));
            all.addAll(page.content());
        }
        return all;
    }
}
