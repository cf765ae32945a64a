package org.learningstore.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StatementListener;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.assessment.AnswerKey;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.QuestionOption;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.catalog.CourseSort;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.engagement.GalleryOrder;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.LearningStoreException;
import org.learningstore.core.learner.LearnerProfile;
import org.learningstore.core.paging.CursorRequest;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.progress.DashboardEntry;
import org.learningstore.core.progress.StudyScope;

/**
 * The one input rule set, the same on every backend: text is well-formed UTF-16 without NUL, blank
 * means Unicode white space, collections hold no null, durations, pages and cursors stay in bounds,
 * and every refusal is an {@link InvalidInputException} naming the field, with nothing written.
 * Ends with a seeded generator of bad calls ({@link BadInputs}) over the public methods.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ReliabilityContract {
    /** Replay a failing run with {@code -Dkit.badInputs.seed=<seed>}; a long run with {@code -Dkit.badInputs.calls=<n>}. */
    private static final long SEED = Long.getLong("kit.badInputs.seed", 20_261_129L);
    private static final int CALLS = Integer.getInteger("kit.badInputs.calls", 300);

    private static final String LONE_HIGH = "a\uD83Eb";
    private static final String LONE_LOW = "\uDDEEa";
    private static final String NUL = "a\u0000b";
    private static final String NON_BREAKING_SPACES = "\u00A0\u00A0\u00A0";

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-10-01T08:00:00Z"));
    protected LearningStore store;
    private BadInputs.Fixture fixture;

    /** The kit that nests this group: it opens the backend's store. */
    protected abstract StoreCompatibilityKit kit();

    @BeforeAll
    void openStore() {
        store = kit().openStore(new StoreOptions(clock, StatementListener.NONE));
        fixture = BadInputs.Fixture.create(store);
    }

    @AfterAll
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    // ---------------------------------------------------------------- text

    @Test
    void loneSurrogatesAreRefusedInEveryKindOfText() {
        assertInvalid("title", "must not contain a lone UTF-16 surrogate",
                () -> store.catalog().createCourse(CourseDetails.builder(CatalogContract.slug("bad"), LONE_HIGH).build()));
        assertInvalid("prompt", "must not contain a lone UTF-16 surrogate",
                () -> QuestionDetails.trueFalse(LONE_LOW, true));
        assertInvalid("displayName", "must not contain a lone UTF-16 surrogate",
                () -> store.learners().register(LearnerProfile.withEmail(CatalogContract.word() + "@example.org", LONE_HIGH)));
        assertInvalid("response", "must not contain a lone UTF-16 surrogate", () -> new Response.Text(LONE_LOW));
        assertInvalid("bookmarks", "must not contain a lone UTF-16 surrogate",
                () -> store.progress().saveBookmarks(fixture.learner(), fixture.lesson(), List.of("intro", LONE_HIGH)));
        assertInvalid("tags", "must not contain a lone UTF-16 surrogate",
                () -> CourseDetails.builder(CatalogContract.slug("bad"), "Title").tags("ok", LONE_LOW).build());
        assertInvalid("slug", "must not contain a lone UTF-16 surrogate", () -> store.catalog().findCourseBySlug(LONE_HIGH));
        assertInvalid("email", "must not contain a lone UTF-16 surrogate", () -> store.learners().findByEmail(LONE_LOW));
        assertInvalid("tag", "must not contain a lone UTF-16 surrogate", () -> CourseQuery.all().withTag(LONE_HIGH));
        assertInvalid("text", "must not contain a lone UTF-16 surrogate", () -> store.catalog().searchCourses(LONE_LOW, 10));
        assertInvalid("content", "must not contain a lone UTF-16 surrogate",
                () -> LessonDetails.builder("Lesson").content("{\"a\":\"" + LONE_HIGH + "\"}").build());
    }

    @Test
    void nulIsRefusedInLookupsFiltersAndEmailsAsInAnyText() {
        String reason = "must not contain the NUL character (\\u0000)";
        assertInvalid("email", reason, () -> store.learners().register(LearnerProfile.withEmail("a\u0000b@example.org", "Ann")));
        assertInvalid("email", reason, () -> store.learners().findByEmail(NUL + "@example.org"));
        assertInvalid("username", reason, () -> store.learners().findByUsername(NUL));
        assertInvalid("externalRef", reason, () -> store.learners().findByExternalRef(NUL));
        assertInvalid("slug", reason, () -> store.catalog().findCourseBySlug(NUL));
        assertInvalid("tag", reason, () -> store.catalog().listCourses(CourseQuery.all().withTag(NUL), PageRequest.ofSize(10)));
        assertInvalid("discipline", reason, () -> CourseQuery.all().withDiscipline(NUL));
        assertInvalid("text", reason, () -> store.catalog().searchCourses(NUL, 10));
        assertInvalid("entityType", reason, () -> store.audit().history(NUL, fixture.course()));
        assertInvalid("displayName", reason,
                () -> store.learners().register(LearnerProfile.withEmail(CatalogContract.word() + "@example.org", NUL)));
    }

    @Test
    void blankMeansUnicodeWhiteSpace() {
        for (String blank : List.of(NON_BREAKING_SPACES, "\u2003\u3000", "\u2028", " \t\n")) {
            assertInvalid("title", "must not be blank",
                    () -> store.catalog().createCourse(CourseDetails.builder(CatalogContract.slug("blank"), blank).build()));
            assertInvalid("title", "must not be blank", () -> ModuleDetails.of(blank));
            assertInvalid("prompt", "must not be blank", () -> QuestionDetails.trueFalse(blank, true));
        }
        assertInvalid("cursor", "must not be blank", () -> CursorRequest.after(NON_BREAKING_SPACES, 10));
    }

    // ---------------------------------------------------------------- numbers and durations

    @Test
    void timeSpentIsAtMostADay() {
        String reason = "must be between 0 and 24 hours";
        Duration almostTwoDays = Duration.ofHours(47).plusMinutes(59);
        assertInvalid("timeSpent", reason, () -> store.assessments().answer(fixture.attempt(), fixture.question(),
                Response.Choices.of("a"), almostTwoDays));
        assertInvalid("timeSpent", reason, () -> store.assessments().answer(fixture.attempt(), fixture.question(),
                Response.Choices.of("a"), Duration.ofDays(1).plusMillis(1)));
        assertInvalid("timeSpent", reason, () -> store.progress().answerPractice(fixture.studySession(), fixture.question(),
                Response.Choices.of("a"), almostTwoDays));
        assertInvalid("spent", reason, () -> store.progress().recordTime(fixture.learner(), fixture.lesson(), almostTwoDays));
        assertInvalid("spent", reason, () -> store.progress().recordTime(fixture.learner(), fixture.lesson(), Duration.ofMillis(-1)));

        assertEquals(Duration.ofDays(1), store.progress().recordTime(fixture.learner(), fixture.secondLesson(), Duration.ofDays(1))
                .timeSpent(), "a whole day is the bound, included");
    }

    // ---------------------------------------------------------------- paging

    @Test
    void pagesTooFarToCountAreEmptyWithTheTrueTotal() {
        String tag = CatalogContract.word();
        for (int i = 0; i < 3; i++) {
            store.catalog().createCourse(CourseDetails.builder(CatalogContract.slug("paged"), "Paged " + i).tags(tag).build());
        }
        CourseQuery tagged = CourseQuery.all().withTag(tag);
        for (long page : List.of(Long.MAX_VALUE, 922_337_203_685_477_580L, 461_168_601_842_738_791L)) {
            Page<Course> courses = store.catalog().listCourses(tagged, PageRequest.ofPage(page, 2));
            assertEquals(List.of(), courses.content(), "page " + page);
            assertEquals(3, courses.totalElements(), "page " + page);
            assertFalse(courses.hasNext(), "page " + page);

            Page<DashboardEntry> dashboard = store.progress().dashboard(fixture.learner(), PageRequest.ofPage(page, 20));
            assertEquals(List.of(), dashboard.content(), "page " + page);
            assertEquals(1, dashboard.totalElements(), "page " + page);
        }
        assertEquals(List.of("Paged 2"), store.catalog().listCourses(tagged, PageRequest.ofPage(2, 2)).content().stream()
                .map(Course::title).toList(), "a page in reach still has its rows");
    }

    @Test
    void cursorsCarryingInstantsNoBackendStoresAreInvalid() {
        UUID id = fixture.course();
        for (String instant : List.of("+1000000000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z")) {
            String cursor = cursor("CREATED|false|" + id + "|" + instant);
            assertInvalid("cursor", "is not a cursor of this query's order", () -> store.catalog()
                    .listCourses(CourseQuery.all().sortedBy(CourseSort.CREATED, false), CursorRequest.after(cursor, 10)));
        }
        assertInvalid("cursor", "is not a cursor of this query's order", () -> store.catalog()
                .listCourses(CourseQuery.all(), CursorRequest.after(cursor("TITLE|false|" + id + "|" + NUL), 10)));
        String farFuture = "+1000000000-01-01T00:00:00Z";
        assertInvalid("cursor", "is not a cursor of this list", () -> store.engagement().notes()
                .publicInLesson(fixture.lesson(), CursorRequest.after(cursor("notes|" + farFuture + "|" + id), 10)));
        assertInvalid("cursor", "is not a cursor of this list", () -> store.engagement().projects()
                .gallery(GalleryOrder.NEWEST, CursorRequest.after(cursor("NEWEST|false|" + farFuture + "|" + id), 10)));
    }

    // ---------------------------------------------------------------- collections

    @Test
    void aNullInsideACollectionIsInvalidNamingTheField() {
        assertInvalid("options", "is required", () -> QuestionDetails.singleChoice("Pick", Arrays.asList(
                QuestionOption.of("a", "A"), null), "a"));
        assertInvalid("answerKey", "is required", () -> new AnswerKey.Choices(new HashSet<>(Arrays.asList("a", null))));
        assertInvalid("answerKey", "is required", () -> AnswerKey.Choices.of("a", null));
        assertInvalid("answerKey", "is required", () -> AnswerKey.Texts.of("yes", null));
        assertInvalid("response", "is required", () -> new Response.Choices(new HashSet<>(Arrays.asList(null, "b"))));
        assertInvalid("skillIds", "is required", () -> StudyScope.skills(Arrays.asList(UUID.randomUUID(), null)));
        assertInvalid("tags", "is required", () -> CourseDetails.builder(CatalogContract.slug("bad"), "Title").tags("a", null));
        assertInvalid("bookmarks", "must not be blank",
                () -> store.progress().saveBookmarks(fixture.learner(), fixture.lesson(), Arrays.asList("intro", null)));
        assertInvalid("moduleIds", "is required",
                () -> store.catalog().reorderModules(fixture.course(), Arrays.asList(fixture.module(), null)));
    }

    @Test
    void repeatedChoicesAreInvalidNotAnIllegalArgument() {
        assertInvalid("answerKey", "must not name a key twice", () -> AnswerKey.Choices.of("a", "a"));
        assertInvalid("response", "must not name a key twice", () -> Response.Choices.of("b", "b"));
    }

    // ---------------------------------------------------------------- messages

    @Test
    void aTakenEmailIsAConflictWhoseMessageKeepsTheAddressOut() {
        String email = "taken." + CatalogContract.word() + "@example.org";
        store.learners().register(LearnerProfile.withEmail(email, "First"));

        var conflict = assertThrows(ConflictException.class,
                () -> store.learners().register(LearnerProfile.withEmail(email.toUpperCase(java.util.Locale.ROOT), "Second")));

        assertEquals("email", conflict.field());
        assertFalse(conflict.getMessage().toLowerCase(java.util.Locale.ROOT).contains(email), conflict.getMessage());
    }

    @Test
    void aStoreErrorNamesItsOperationAndLeavesTheDriverOutByDefault() {
        String email = "kept.out." + CatalogContract.word() + "@example.org";
        store.learners().register(LearnerProfile.withEmail(email, "First"));

        var conflict = assertThrows(ConflictException.class,
                () -> store.learners().register(LearnerProfile.withEmail(email, "Second")));

        assertEquals("register", conflict.operation());
        assertEquals("email", conflict.field());
        assertEquals("register failed: email is already taken", conflict.getMessage());
        assertNull(conflict.getCause());
    }

    @Test
    void theDriverCauseIsKeptWhenTheHostOptsIn() {
        try (LearningStore keeping = kit().openStore(new StoreOptions(clock, StatementListener.NONE).withKeepDriverCause(true))) {
            String email = "kept.in." + CatalogContract.word() + "@example.org";
            keeping.learners().register(LearnerProfile.withEmail(email, "First"));

            var conflict = assertThrows(ConflictException.class,
                    () -> keeping.learners().register(LearnerProfile.withEmail(email, "Second")));

            assertEquals("register failed: email is already taken", conflict.getMessage());
            Throwable driver = conflict.getCause();
            assertFalse(driver instanceof LearningStoreException, String.valueOf(driver));
            assertTrue(causeChain(driver).toLowerCase(java.util.Locale.ROOT).contains("unique"), causeChain(driver));
        }
    }

    /** Every message of a cause chain, where a driver names the constraint it enforced. */
    private static String causeChain(Throwable failure) {
        var messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }

    // ---------------------------------------------------------------- generated bad input

    @Test
    void generatedBadInputIsRefusedByFieldAndChangesNothing() {
        Map<String, List<String>> before = kit().storedTables();
        List<BadInputs.Case> cases = new BadInputs(SEED, store, fixture).cases(CALLS);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            BadInputs.Case call = cases.get(i);
            String problem = call.problem();
            if (problem == null && !before.equals(kit().storedTables())) {
                problem = "changed the database";
            }
            if (problem != null) {
                failures.add("seed " + SEED + ", call " + i + ", " + call.name() + ": " + problem);
                before = kit().storedTables();
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(CALLS, cases.size());
    }

    // ---------------------------------------------------------------- helpers

    private static String cursor(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertInvalid(String field, String reason, Executable call) {
        InvalidInputException invalid = assertThrows(InvalidInputException.class, call);
        assertEquals(field, invalid.field(), invalid.getMessage());
        assertEquals(reason, invalid.reason());
    }
}
