package org.learningstore.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.QuestionStats;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.audit.AuditEntry;
import org.learningstore.core.catalog.Catalog;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.catalog.Skill;
import org.learningstore.core.catalog.SkillDetails;
import org.learningstore.core.engagement.AchievementCriteria;
import org.learningstore.core.engagement.AchievementDetails;
import org.learningstore.core.engagement.AchievementMetric;
import org.learningstore.core.engagement.Engagement;
import org.learningstore.core.engagement.LearningEvent;
import org.learningstore.core.engagement.NewLearningEvent;
import org.learningstore.core.engagement.Note;
import org.learningstore.core.engagement.NoteDetails;
import org.learningstore.core.engagement.Post;
import org.learningstore.core.engagement.Project;
import org.learningstore.core.engagement.ProjectDetails;
import org.learningstore.core.engagement.ThreadDetails;
import org.learningstore.core.engagement.VoteDirection;
import org.learningstore.core.engagement.XpEntry;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.error.RuleViolationException;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.learner.LearnerProfile;
import org.learningstore.core.learner.OpenedSession;
import org.learningstore.core.paging.CursorRequest;
import org.learningstore.core.privacy.Erasure;
import org.learningstore.core.privacy.Privacy;
import org.learningstore.core.progress.StudyMode;
import org.learningstore.core.progress.StudyScope;
import org.learningstore.core.progress.StudySession;

/** Export of everything stored about one learner, and erasure, on every backend. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PrivacyContract {
    /** What an erased learner's post title and body read, and what stands for their id in the audit log. */
    static final String ERASED = "erased";
    protected final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T10:00:00Z"));
    protected final CountingStatements statements = new CountingStatements();
    protected LearningStore store;
    protected Catalog catalog;
    protected Engagement engagement;
    protected Privacy privacy;

    /** The kit that nests this group: it opens the backend's store. */
    protected abstract StoreCompatibilityKit kit();

    @BeforeAll
    void openStore() {
        store = kit().openStore(new StoreOptions(clock, statements));
        catalog = store.catalog();
        engagement = store.engagement();
        privacy = store.privacy();
    }

    @AfterAll
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private record Place(Course course, Lesson lesson, Lesson other, Skill skill, Assessment quiz, Question question) {
    }

    private Place place(Integer maxStudents) {
        Course course = catalog.createCourse(CourseDetails.builder(CatalogContract.slug("privacy"), "Privacy " + CatalogContract.word())
                .maxStudents(maxStudents).build());
        CourseModule module = catalog.addModule(course.id(), ModuleDetails.of("Only"));
        Lesson lesson = catalog.addLesson(module.id(), LessonDetails.builder("First").build());
        Lesson other = catalog.addLesson(module.id(), LessonDetails.builder("Second").build());
        Skill skill = catalog.createSkill(SkillDetails.of("Privacy skill " + CatalogContract.word()), null);
        Assessment quiz = store.assessments().createLessonAssessment(lesson.id(),
                AssessmentDetails.builder(AssessmentKind.QUIZ, "Check").passingScore(50).build());
        Question question = store.assessments().addQuestion(quiz.id(), QuestionDetails.trueFalse("Data is personal", true)
                .withSkill(skill.id()));
        return new Place(catalog.publishCourse(course.id()), lesson, other, skill, quiz, question);
    }

    private Instant tick() {
        return clock.advance(Duration.ofSeconds(1));
    }

    private String export(UUID learnerId) {
        var out = new StringWriter();
        privacy.export(learnerId, out);
        return out.toString();
    }

    // ---------------------------------------------------------------- export

    @Test
    void theExportIsOneDocumentOfTheVersionedFormatWithoutTokenHashes() {
        Place place = place(null);
        Instant registered = tick();
        Learner learner = store.learners().register(LearnerProfile.withEmail("ada." + CatalogContract.word() + "@example.org", "Ada")
                .withPreferences("{\"theme\": \"dark\", \"a\": [1, 2.50]}"));
        Instant opened = tick();
        OpenedSession session = store.learners().openSession(learner.id(), Duration.ofHours(1), "192.0.2.7", "Lynx/2.9");
        Instant noted = tick();
        Note note = engagement.notes().add(learner.id(), place.lesson().id(), new NoteDetails("Mine \"quoted\"", "{\"y\": 2, \"x\": 1}", false));
        Instant awarded = tick();
        XpEntry xp = engagement.xp().award(learner.id(), 5, "Welcome", "welcome", place.course().id());
        Instant happened = tick();
        LearningEvent event = engagement.events().append(new NewLearningEvent(learner.id(), "page_viewed", "{\"page\": \"home\"}",
                session.session().id(), happened));
        Instant exported = tick();

        String document = export(learner.id());

        String id = learner.id().toString();
        String expected = "{\"format\":\"learning-store/learner-export\",\"version\":1,\"exportedAt\":\"" + exported + "\","
                + "\"learner\":{\"id\":\"" + id + "\",\"kind\":\"registered\",\"externalRef\":null,\"email\":\""
                + learner.profile().email() + "\",\"username\":null,\"displayName\":\"Ada\",\"academicLevel\":\"beginner\",\"totalXp\":5,"
                + "\"preferences\":{\"a\":[1,2.50],\"theme\":\"dark\"},\"metadata\":{},\"createdAt\":\"" + registered
                + "\",\"lastActiveAt\":\"" + registered + "\",\"mergedInto\":null,\"deletedAt\":null},"
                + "\"sessions\":[{\"id\":\"" + session.session().id() + "\",\"createdAt\":\"" + opened + "\",\"expiresAt\":\""
                + opened.plus(Duration.ofHours(1)) + "\",\"lastSeenAt\":\"" + opened + "\",\"ip\":\"192.0.2.7\","
                + "\"userAgent\":\"Lynx/2.9\",\"revokedAt\":null}],"
                + "\"enrollments\":[],\"lessonProgress\":[],\"attempts\":[],\"answers\":[],\"attemptOverrides\":[],\"mastery\":[],"
                + "\"studySessions\":[],\"practiceAnswers\":[],"
                + "\"xpEntries\":[{\"id\":\"" + xp.id() + "\",\"amount\":5,\"reason\":\"Welcome\",\"source\":\"welcome\","
                + "\"courseId\":\"" + place.course().id() + "\",\"earnedAt\":\"" + awarded + "\"}],"
                + "\"achievements\":[],"
                + "\"notes\":[{\"id\":\"" + note.id() + "\",\"lessonId\":\"" + place.lesson().id() + "\",\"courseId\":\""
                + place.course().id() + "\",\"body\":\"Mine \\\"quoted\\\"\",\"position\":{\"x\":1,\"y\":2},\"public\":false,"
                + "\"createdAt\":\"" + noted + "\",\"updatedAt\":\"" + noted + "\"}],"
                + "\"posts\":[],\"votes\":[],\"projects\":[],\"projectLikes\":[],"
                + "\"events\":[{\"id\":\"" + event.id() + "\",\"type\":\"page_viewed\",\"data\":{\"page\":\"home\"},"
                + "\"sessionId\":\"" + session.session().id() + "\",\"occurredAt\":\"" + happened + "\"}]}";
        assertEquals(expected, document);
        var bytes = new ByteArrayOutputStream();
        privacy.export(learner.id(), bytes);
        assertEquals(expected, bytes.toString(StandardCharsets.UTF_8), "the same document as UTF-8 bytes");
    }

    @Test
    void aLongHistoryIsReadInPagesOfAFixedSize() {
        Learner learner = store.learners().createAnonymous();
        List<UUID> events = IntStream.range(0, 2 * Privacy.PAGE_SIZE + 50).mapToObj(i -> engagement.events().append(
                NewLearningEvent.of(learner.id(), "tick", "{\"i\": " + i + "}")).id()).toList();

        var counted = statements.count(() -> export(learner.id()));

        kit().expected("learner export, 250 events").assertMatches(counted);
        Matcher listed = Pattern.compile("\\{\"id\":\"([0-9a-f-]{36})\",\"type\":\"tick\"").matcher(counted.result());
        assertEquals(events.stream().map(UUID::toString).toList(), listed.results().map(match -> match.group(1)).toList(),
                "every event once, in id order, across three pages");
    }

    @Test
    void answersArePagedOnTheirTwoColumnKey() {
        Place place = place(null);
        List<Question> questions = IntStream.range(0, Privacy.PAGE_SIZE).mapToObj(i -> store.assessments().addQuestion(
                place.quiz().id(), QuestionDetails.trueFalse("Statement " + i, i % 2 == 0))).toList();
        Learner learner = store.learners().createAnonymous();
        Attempt attempt = store.assessments().startAttempt(place.quiz().id(), learner.id());
        store.assessments().answer(attempt.id(), place.question().id(), new Response.Truth(true), Duration.ofSeconds(1));
        questions.forEach(question -> store.assessments().answer(attempt.id(), question.id(), new Response.Truth(true),
                Duration.ofSeconds(1)));

        Matcher answers = Pattern.compile("\\{\"attemptId\":\"" + attempt.id() + "\",\"questionId\":\"([0-9a-f-]{36})\"")
                .matcher(export(learner.id()));

        assertEquals(Stream.concat(Stream.of(place.question()), questions.stream()).map(question -> question.id().toString())
                        .sorted().toList(), answers.results().map(match -> match.group(1)).toList(),
                "101 answers of one attempt: a full page, then one more after the last question of that attempt");
    }

    @Test
    void anUnknownLearnerIsNotFoundAndNothingIsWritten() {
        UUID unknown = UUID.randomUUID();
        var out = new StringWriter();
        NotFoundException missing = assertThrows(NotFoundException.class, () -> privacy.export(unknown, out));
        assertEquals("learner", missing.entity());
        assertEquals("", out.toString());
        assertEquals("learner", assertThrows(NotFoundException.class, () -> privacy.erase(unknown)).entity());
    }

    // ---------------------------------------------------------------- erase

    @Test
    void erasingLeavesTheIdNowhereKeepsOthersAndTheirCounts() {
        Place place = place(3);
        Learner third = store.learners().register(LearnerProfile.withEmail("third." + CatalogContract.word() + "@example.org", "Third"));
        Learner other = store.learners().register(LearnerProfile.withEmail("other." + CatalogContract.word() + "@example.org", "Other"));
        Learner learner = store.learners().register(LearnerProfile.withEmail("gone." + CatalogContract.word() + "@example.org", "Gone")
                .withUsername("gone_" + CatalogContract.word()).withExternalRef("ext-" + CatalogContract.word()));
        engagement.achievements().define(new AchievementDetails(CatalogContract.slug("first-lesson"), "First lesson", null, "badge",
                AchievementCriteria.of(AchievementMetric.LESSONS_COMPLETED, 1).inCourse(place.course().id()), 10, null));
        var progress = store.progress();
        var discussions = engagement.discussions();

        // others: an enrollment, a thread, a project, a note and XP each
        progress.enroll(third.id(), place.course().id());
        Post thirdsThread = discussions.startThread(place.course().id(), third.id(), ThreadDetails.question("Why?", "Tell me"));
        Project thirdsProject = engagement.projects().create(third.id(), place.course().id(), ProjectDetails.builder("Third's", "web_app").isPublic(true).build());
        progress.enroll(other.id(), place.course().id());
        engagement.notes().add(other.id(), place.lesson().id(), new NoteDetails("Other's note", null, true));
        engagement.xp().award(other.id(), 7, "Kept", "kept", null);
        discussions.startThread(place.course().id(), other.id(), ThreadDetails.discussion("Other's", "Stays"));

        // the learner: a row of every kind, and an anonymous learner merged into them
        Learner twin = store.learners().createAnonymous();
        store.learners().merge(learner.id(), twin.id());
        OpenedSession session = store.learners().openSession(learner.id(), Duration.ofHours(1), "192.0.2.9", "Lynx");
        progress.enroll(learner.id(), place.course().id());
        progress.savePosition(learner.id(), place.other().id(), "{\"at\": 3}");
        progress.completeLesson(learner.id(), place.lesson().id());
        Attempt attempt = store.assessments().startAttempt(place.quiz().id(), learner.id());
        store.assessments().answer(attempt.id(), place.question().id(), new Response.Truth(true), Duration.ofSeconds(4));
        store.assessments().submitAttempt(attempt.id());
        store.assessments().grantOverride(place.quiz().id(), learner.id(), 1, Duration.ZERO);
        StudySession study = progress.startStudySession(learner.id(), StudyScope.assessment(place.quiz().id()), StudyMode.PRACTICE, 1, 5);
        progress.answerPractice(study.id(), place.question().id(), new Response.Truth(false), Duration.ofSeconds(2));
        progress.endStudySession(study.id());
        engagement.xp().award(learner.id(), 3, "Host", "host-award", place.course().id());
        engagement.notes().add(learner.id(), place.lesson().id(), new NoteDetails("Private thought", null, false));
        Post thread = discussions.startThread(place.course().id(), learner.id(), ThreadDetails.discussion("Mine", "My words"));
        Post reply = discussions.reply(thirdsThread.id(), learner.id(), "My answer");
        discussions.vote(thirdsThread.id(), learner.id(), VoteDirection.UP);
        discussions.vote(thread.id(), third.id(), VoteDirection.UP);
        Project project = engagement.projects().create(learner.id(), place.course().id(), ProjectDetails.builder("Mine", "web_app").isPublic(true).build());
        engagement.projects().like(learner.id(), thirdsProject.id());
        engagement.projects().like(third.id(), project.id());
        engagement.events().append(new NewLearningEvent(learner.id(), "page_viewed", "{}", session.session().id(), tick()));
        Course audited = store.actingAs(learner.id().toString()).catalog()
                .createCourse(CourseDetails.builder(CatalogContract.slug("by-learner"), "By the learner").build());
        assertEquals("course.full", assertThrows(RuleViolationException.class,
                () -> progress.enroll(store.learners().createAnonymous().id(), place.course().id())).rule());

        String id = learner.id().toString();
        Map<String, List<String>> before = kit().storedTables();
        QuestionStats stats = store.assessments().questionStats(place.question().id());
        long events = before.get("learning_events").size();
        Instant erasedAt = tick();

        var counted = statements.count(() -> privacy.erase(learner.id()));

        kit().expected("erase a learner").assertMatches(counted);
        Erasure erasure = counted.result();
        assertEquals(erasedAt, erasure.erasedAt());
        Map<String, List<String>> after = kit().storedTables();
        Map<String, List<String>> mentions = new TreeMap<>();
        after.forEach((table, rows) -> rows.stream().filter(row -> row.contains(id))
                .forEach(row -> mentions.computeIfAbsent(table, t -> new ArrayList<>()).add(row)));
        assertEquals(Map.of(), mentions, "the erased learner's id in no table of the live schema");
        assertEquals(mentioning(before, other.id()), mentioning(after, other.id()), "another learner's rows unchanged");
        assertEquals("learner", assertThrows(NotFoundException.class, () -> export(learner.id())).entity());
        assertEquals("learner", assertThrows(NotFoundException.class, () -> privacy.erase(learner.id())).entity());

        assertEquals(0, discussions.post(thirdsThread.id()).orElseThrow().voteCount(), "their vote left the count");
        assertEquals(1, discussions.post(thirdsThread.id()).orElseThrow().replyCount(), "their reply keeps its place");
        assertEquals(new Post(thread.id(), thread.courseId(), null, null, thread.id(), null, 0, ERASED,
                ERASED, false, null, 1, 0, thread.version() + 1, thread.createdAt(), erasedAt, null),
                discussions.post(thread.id()).orElseThrow(), "their thread: no author, title or body; votes of others kept");
        Post erasedReply = discussions.thread(thirdsThread.id()).get(1);
        assertEquals(Arrays.asList(reply.id(), null, null, ERASED), Arrays.asList(erasedReply.id(),
                erasedReply.authorId(), erasedReply.title(), erasedReply.body()));
        assertEquals(0, engagement.projects().find(thirdsProject.id()).orElseThrow().likeCount(), "their like left the count");
        assertEquals(Optional.empty(), engagement.projects().find(project.id()));
        progress.enroll(store.learners().createAnonymous().id(), place.course().id());
        assertEquals(stats, store.assessments().questionStats(place.question().id()), "question statistics stay");
        assertEquals(events, after.get("learning_events").size(), "their events stay");
        List<LearningEvent> left = engagement.events().byType("page_viewed", CursorRequest.first(100)).content().stream()
                .filter(event -> event.learnerId() == null).toList();
        assertEquals(1, left.size());
        assertEquals(null, left.get(0).sessionId(), "nor their session");

        assertEquals(List.of(), store.audit().history("learner", learner.id()));
        List<AuditEntry> receipt = store.audit().history("learner_erasure", erasure.receiptId());
        assertEquals(1, receipt.size());
        AuditEntry entry = receipt.get(0);
        assertEquals(new AuditEntry(entry.id(), "learner_erasure", erasure.receiptId(), AuditAction.ERASED,
                LearningStore.SYSTEM_ACTOR, null, entry.after(), erasedAt), entry);
        assertEquals(Set.of("\"receiptId\":\"" + erasure.receiptId() + "\"", "\"erasedAt\":\"" + erasedAt + "\""),
                Set.of(entry.after().replace(" ", "").replaceAll("^\\{|\\}$", "").split(",")), "the receipt, no personal data");
        assertEquals(List.of(ERASED), store.audit().history("course", audited.id()).stream()
                .map(AuditEntry::actor).distinct().toList(), "their id as an actor is masked");
    }

    private static Map<String, List<String>> mentioning(Map<String, List<String>> tables, UUID learnerId) {
        return tables.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, table -> table.getValue().stream()
                .filter(row -> row.contains(learnerId.toString())).toList(), (a, b) -> a, TreeMap::new));
    }
}
