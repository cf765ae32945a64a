package org.learningstore.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StatementListener;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.audit.AuditEntry;
import org.learningstore.core.catalog.Catalog;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseContents;
import org.learningstore.core.catalog.CourseContents.LessonEntry;
import org.learningstore.core.catalog.CourseContents.ModuleEntry;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.CourseOutline;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.catalog.CourseSearchHit;
import org.learningstore.core.catalog.CourseSort;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.LessonKind;
import org.learningstore.core.catalog.Level;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.catalog.Skill;
import org.learningstore.core.catalog.SkillDetails;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.error.RuleViolationException;
import org.learningstore.core.paging.CursorRequest;
import org.learningstore.core.paging.CursoredPage;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;

/**
 * The course catalog's behaviour, written once against the facade: a group of
 * {@link StoreCompatibilityKit}, which opens the backend's store. The store is shared by the class's tests (and,
 * on a remote server, with other runs), so every test makes its own data and finds it
 * again through a value no other test uses (an instructor, a word, a slug).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CatalogContract {
    /** Nanoseconds the stores must drop: every backend keeps microseconds. */
    private static final Instant START = Instant.parse("2026-03-01T09:00:00.123456789Z");
    private static final String AWKWARD = "It's \"quoted\"; 100% of_the fun 🎓🧠 — مرحبا بالعالم ‏שלום";

    protected final MutableClock clock = new MutableClock(START);
    protected final CountingStatements statements = new CountingStatements();
    protected LearningStore store;
    protected Catalog catalog;

    /** The kit that nests this group: it opens the backend's store. */
    protected abstract StoreCompatibilityKit kit();

    @BeforeAll
    void openStore() {
        store = kit().openStore(new StoreOptions(clock, statements));
        catalog = store.catalog();
    }

    @AfterAll
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    // ---------------------------------------------------------------- courses

    @Test
    void createdCourseKeepsEveryFieldAndStartsAsVersionOneDraft() {
        UUID instructor = UUID.randomUUID();
        CourseDetails details = CourseDetails.builder(slug("intro"), "Neural Networks from Scratch")
                .description("Perceptrons, backpropagation and friends.")
                .discipline("ai-engineering")
                .difficulty(Level.INTERMEDIATE)
                .estimatedMinutes(480)
                .featured(true)
                .maxStudents(30)
                .tags("neural-networks", "python", "math")
                .prerequisites(List.of("Linear algebra", "Python basics"))
                .learningObjectives(List.of("Train an MLP", "Explain backprop"))
                .thumbnailUrl("https://cdn.example.org/nn.png")
                .instructorRef(instructor)
                .build();
        Instant now = clock.advance(Duration.ofSeconds(1));

        Course created = catalog.createCourse(details);

        assertEquals(details, created.details());
        assertEquals(CourseStatus.DRAFT, created.status());
        assertEquals(1, created.version());
        assertEquals(now.truncatedTo(ChronoUnit.MICROS), created.createdAt());
        assertTrue(now.getNano() % 1000 != 0, "the clock has sub-microsecond digits for the store to drop");
        assertEquals(created.createdAt(), created.updatedAt());
        assertNull(created.deletedAt());
        assertEquals(7, created.id().version(), "ids are UUIDv7");
        assertEquals(Optional.of(created), catalog.findCourse(created.id()));
        assertEquals(Optional.of(created), catalog.findCourseBySlug(details.slug()));
    }

    @Test
    void optionalCourseFieldsRoundTripAsAbsent() {
        Course created = catalog.createCourse(CourseDetails.builder(slug("bare"), "Bare").build());

        Course found = catalog.findCourse(created.id()).orElseThrow();
        assertNull(found.details().description());
        assertNull(found.details().discipline());
        assertNull(found.details().maxStudents());
        assertNull(found.details().instructorRef());
        assertEquals(List.of(), found.details().tags());
        assertEquals(created, found);
    }

    @Test
    void updateWithTheCurrentVersionReplacesDetailsAndBumpsVersion() {
        Course created = newCourse("Old title");
        Instant now = clock.advance(Duration.ofMinutes(5));

        Course updated = catalog.updateCourse(created.id(), 1,
                created.details().toBuilder().title("New title").tags("b", "a").maxStudents(null).build());

        assertEquals(2, updated.version());
        assertEquals("New title", updated.title());
        assertEquals(List.of("b", "a"), updated.details().tags());
        assertEquals(created.createdAt(), updated.createdAt());
        assertEquals(now.truncatedTo(ChronoUnit.MICROS), updated.updatedAt());
        assertEquals(Optional.of(updated), catalog.findCourse(created.id()));
    }

    @Test
    void staleUpdateIsAConflictAndChangesNothing() {
        Course created = newCourse("Original");
        Course current = catalog.updateCourse(created.id(), 1, created.details().toBuilder().title("Second").build());

        ConflictException conflict = assertThrows(ConflictException.class, () ->
                catalog.updateCourse(created.id(), 1, created.details().toBuilder().title("Lost update").build()));

        assertEquals("version", conflict.field());
        assertEquals(Optional.of(current), catalog.findCourse(created.id()));
        assertEquals(2, history("course", created.id()).size());
    }

    @Test
    void eightConcurrentUpdatesFromTheSameVersionLetExactlyOneWin() throws Exception {
        Course created = newCourse("Contended");
        List<Outcome<Course>> outcomes = concurrently(8, i ->
                catalog.updateCourse(created.id(), 1, created.details().toBuilder().title("Writer " + i).build()));

        List<Course> winners = successes(outcomes);
        assertEquals(1, winners.size(), "exactly one writer wins");
        assertTrue(failures(outcomes).stream().allMatch(ConflictException.class::isInstance), "the rest conflict");
        Course stored = catalog.findCourse(created.id()).orElseThrow();
        assertEquals(winners.get(0), stored);
        assertEquals(2, stored.version());
    }

    @Test
    void publishAndArchiveMoveTheStatusAndRepeatingThemChangesNothing() {
        Course created = newCourse("Lifecycle");

        Course published = catalog.publishCourse(created.id());
        assertEquals(CourseStatus.PUBLISHED, published.status());
        assertEquals(2, published.version());
        assertEquals(published, catalog.publishCourse(created.id()), "publishing twice is a no-op");

        Course archived = catalog.archiveCourse(created.id());
        assertEquals(CourseStatus.ARCHIVED, archived.status());
        Course republished = catalog.publishCourse(created.id());
        assertEquals(CourseStatus.PUBLISHED, republished.status());
        assertEquals(4, republished.version());
        assertEquals(Optional.of(republished), catalog.findCourse(created.id()));
    }

    @Test
    void softDeletedCourseVanishesUntilRestored() {
        UUID instructor = UUID.randomUUID();
        String word = word();
        Course created = catalog.createCourse(CourseDetails.builder(slug("gone"), "Vanishing " + word)
                .instructorRef(instructor).build());

        Instant now = clock.advance(Duration.ofSeconds(1));
        Course deleted = catalog.deleteCourse(created.id());

        assertEquals(now.truncatedTo(ChronoUnit.MICROS), deleted.deletedAt());
        assertEquals(Optional.empty(), catalog.findCourse(created.id()));
        assertEquals(Optional.empty(), catalog.findCourseBySlug(created.slug()));
        assertEquals(Optional.empty(), catalog.outline(created.id()));
        assertEquals(List.of(), listAll(CourseQuery.all().withInstructor(instructor)));
        assertEquals(0, catalog.listCourses(CourseQuery.all().withInstructor(instructor), PageRequest.ofSize(10)).totalElements());
        assertEquals(List.of(), catalog.searchCourses(word, 10));
        assertThrows(NotFoundException.class, () -> catalog.updateCourse(created.id(), deleted.version(), created.details()));
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> catalog.publishCourse(created.id()));
        assertEquals("course.deleted", refused.rule());

        Course restored = catalog.restoreCourse(created.id());

        assertNull(restored.deletedAt());
        assertEquals(Optional.of(restored), catalog.findCourse(created.id()));
        assertEquals(List.of(created.id()), ids(listAll(CourseQuery.all().withInstructor(instructor))));
        assertEquals(List.of(created.id()), catalog.searchCourses(word, 10).stream().map(h -> h.course().id()).toList());
    }

    @Test
    void duplicateSlugIsAConflictOnSlugAndWritesNothing() {
        Course first = newCourse("First");
        UUID instructor = UUID.randomUUID();

        ConflictException conflict = assertThrows(ConflictException.class, () -> catalog.createCourse(
                CourseDetails.builder(first.slug(), "Second").instructorRef(instructor).build()));

        assertEquals("slug", conflict.field());
        assertEquals(List.of(), listAll(CourseQuery.all().withInstructor(instructor)));
        Course other = newCourse("Other");
        assertThrows(ConflictException.class, () ->
                catalog.updateCourse(other.id(), 1, other.details().toBuilder().slug(first.slug()).build()));
        assertEquals(Optional.of(other), catalog.findCourse(other.id()));
    }

    /**
     * Every statement that ran is reported completed, in order, with its time and outcome; a Turso
     * batch's closing ROLLBACK, which the server skips after a COMMIT, is the one statement that is not.
     */
    @Test
    void eachStatementThatRanIsReportedCompletedWithItsOutcome() {
        Course first = newCourse("Timed");

        var created = statements.count(() -> newCourse("Timed again"));
        var refused = statements.countFailure(() -> catalog.createCourse(CourseDetails.builder(first.slug(), "Same").build()));

        assertEquals(created.statements().stream().filter(sql -> !sql.equals("ROLLBACK")).toList(),
                created.completed().stream().map(CountingStatements.Completed::sql).toList());
        assertEquals(List.of(), created.completed().stream()
                .filter(done -> done.outcome() != StatementListener.Outcome.SUCCEEDED || done.duration().isNegative()).toList());
        assertEquals(ConflictException.class, refused.result().getClass());
        List<String> failed = refused.completed().stream()
                .filter(done -> done.outcome() == StatementListener.Outcome.FAILED)
                .map(done -> done.sql().toLowerCase(Locale.ROOT)).toList();
        assertEquals(1, failed.size(), "failed: " + failed);
        assertTrue(failed.get(0).startsWith("insert into courses"), failed.get(0));
    }

    @Test
    void badCourseInputNamesTheFieldAndTheReason() {
        assertInvalid("title", () -> CourseDetails.builder(slug("x"), "   ").build());
        assertInvalid("title", () -> CourseDetails.builder(slug("x"), "t".repeat(CourseDetails.TITLE_MAX + 1)).build());
        assertInvalid("slug", () -> CourseDetails.builder("Not A Slug!", "Title").build());
        assertInvalid("estimatedMinutes", () -> CourseDetails.builder(slug("x"), "Title").estimatedMinutes(-1).build());
        assertInvalid("maxStudents", () -> CourseDetails.builder(slug("x"), "Title").maxStudents(0).build());
        assertInvalid("tags", () -> CourseDetails.builder(slug("x"), "Title").tags("ok", " ").build());
        InvalidInputException unknown = assertInvalid("difficulty", () -> CourseDetails.builder(slug("x"), "Title").difficulty("expert"));
        assertTrue(unknown.reason().contains("beginner"), "the reason lists the allowed values");
        assertInvalid("kind", () -> LessonDetails.builder("Lesson").kind("lecture"));
        assertInvalid("status", () -> CourseStatus.fromCode("live"));
        assertInvalid("size", () -> PageRequest.ofSize(0));
        assertInvalid("page", () -> PageRequest.ofPage(0, 10));

        Course course = newCourse("Valid");
        assertInvalid("title", () -> catalog.addModule(course.id(), ModuleDetails.of("")));
        assertInvalid("estimatedMinutes", () -> catalog.addModule(course.id(), new ModuleDetails("M", null, true, -5)));
        assertEquals(List.of(), catalog.modules(course.id()), "nothing was written");
    }

    @Test
    void textWithQuotesWildcardsEmojiAndRightToLeftScriptRoundTripsUnchanged() {
        UUID instructor = UUID.randomUUID();
        Course created = catalog.createCourse(CourseDetails.builder(slug("awkward"), AWKWARD)
                .description(AWKWARD + "\nsecond line\ttab")
                .discipline(AWKWARD)
                .tags("100%", "of_the", "🎓", "עברית")
                .prerequisites(List.of(AWKWARD))
                .instructorRef(instructor)
                .build());
        CourseModule module = catalog.addModule(created.id(), ModuleDetails.of(AWKWARD).withDescription(AWKWARD));
        String content = "{\"body\":\"" + AWKWARD.replace("\"", "\\\"") + "\",\"n\":[1,2.5,true,null]}";
        Lesson lesson = catalog.addLesson(module.id(), LessonDetails.builder(AWKWARD).content(content).build());

        assertEquals(created, catalog.findCourse(created.id()).orElseThrow());
        CourseOutline outline = catalog.outline(created.id()).orElseThrow();
        assertEquals(module.details(), outline.modules().get(0).module().details());
        assertEquals(lesson.details().title(), outline.modules().get(0).lessons().get(0).lesson().title());
        assertEquals(AWKWARD, catalog.findLesson(lesson.id()).orElseThrow().title());
        assertEquals(List.of(created.id()), ids(listAll(CourseQuery.all().withInstructor(instructor).withDiscipline(AWKWARD))));
        assertEquals(List.of(created.id()), ids(listAll(CourseQuery.all().withInstructor(instructor).withTag("100%"))));
        assertEquals(List.of(), listAll(CourseQuery.all().withInstructor(instructor).withTag("100_")),
                "% and _ are matched literally, never as wildcards");
        assertEquals(List.of(), listAll(CourseQuery.all().withInstructor(instructor).withTag("%")));
    }

    @Test
    void tagsWithSeparatorsQuotesControlCharactersAndAnyScriptReadBackExactlyInTheirOrder() {
        UUID instructor = UUID.randomUUID();
        List<String> tags = List.of("3:2:ab", "a,b", "say \"hi\"", "it's", "::", "[\"json\"]", "back\\slash", "🎓🧠",
                "e\u0301", "bell\u0007", "line\nbreak", "עברית", "مرحبا", "10:", "z");
        List<String> reversed = new ArrayList<>(tags);
        Collections.reverse(reversed);
        Course created = catalog.createCourse(CourseDetails.builder(slug("tagged"), "Tagged").tags(tags)
                .instructorRef(instructor).build());
        Course reordered = catalog.updateCourse(created.id(), created.version(),
                created.details().toBuilder().tags(reversed).build());

        assertEquals(reversed, reordered.details().tags());
        assertEquals(reordered, catalog.findCourse(created.id()).orElseThrow());
        assertEquals(reordered, catalog.findCourseBySlug(created.slug()).orElseThrow());
        assertEquals(List.of(reordered), catalog.listCourses(CourseQuery.all().withInstructor(instructor),
                PageRequest.ofSize(10)).content());
        assertEquals(List.of(reordered), listAll(CourseQuery.all().withInstructor(instructor).withTag("3:2:ab")));
        assertEquals(reordered, catalog.outline(created.id()).orElseThrow().course());
    }

    @Test
    void unknownIdsAreNotFoundAndWriteNothing() {
        UUID missing = UUID.randomUUID();
        Course course = newCourse("Real");
        CourseModule module = catalog.addModule(course.id(), ModuleDetails.of("Real module"));
        Lesson lesson = catalog.addLesson(module.id(), LessonDetails.builder("Real lesson").build());

        assertEquals(Optional.empty(), catalog.findCourse(missing));
        assertEquals(Optional.empty(), catalog.outline(missing));
        assertNotFound("course", () -> catalog.updateCourse(missing, 1, course.details()));
        assertNotFound("course", () -> catalog.publishCourse(missing));
        assertNotFound("course", () -> catalog.deleteCourse(missing));
        assertNotFound("course", () -> catalog.restoreCourse(missing));
        assertNotFound("course", () -> catalog.addModule(missing, ModuleDetails.of("M")));
        assertNotFound("course", () -> catalog.reorderModules(missing, List.of()));
        assertNotFound("module", () -> catalog.addLesson(missing, LessonDetails.builder("L").build()));
        assertNotFound("module", () -> catalog.moveModule(missing, 1));
        assertNotFound("module", () -> catalog.moveLesson(lesson.id(), missing, 1));
        assertNotFound("module", () -> catalog.removeModule(missing));
        assertNotFound("lesson", () -> catalog.moveLesson(missing, module.id(), 1));
        assertNotFound("lesson", () -> catalog.removeLesson(missing));
        assertNotFound("lesson", () -> catalog.linkSkill(missing, UUID.randomUUID()));
        assertNotFound("skill", () -> catalog.linkSkill(lesson.id(), missing));
        assertNotFound("skill", () -> catalog.createSkill(SkillDetails.of("Orphan " + word()), missing));
        assertNotFound("skill", () -> catalog.moveSkill(missing, null));

        assertEquals(List.of(module), catalog.modules(course.id()));
        assertEquals(List.of(lesson), catalog.lessons(module.id()));
        assertEquals(List.of(), catalog.skillsTaught(lesson.id()));
    }

    // ---------------------------------------------------------------- listing

    @Test
    void listingFiltersByStatusDifficultyDisciplineTagFeaturedAndInstructor() {
        UUID instructor = UUID.randomUUID();
        Course a = course(instructor, "A", b -> b.difficulty(Level.BEGINNER).discipline("data").tags("python", "ml"));
        Course b = course(instructor, "B", b2 -> b2.difficulty(Level.ADVANCED).discipline("data").tags("ml").featured(true));
        Course c = course(instructor, "C", b3 -> b3.difficulty(Level.ADVANCED).discipline("web").tags("js"));
        Course other = course(UUID.randomUUID(), "Other", b4 -> b4.difficulty(Level.ADVANCED).discipline("data"));
        catalog.publishCourse(a.id());
        catalog.publishCourse(b.id());
        catalog.archiveCourse(c.id());
        CourseQuery mine = CourseQuery.all().withInstructor(instructor);

        assertEquals(List.of(a.id(), b.id(), c.id()), ids(listAll(mine)));
        assertEquals(List.of(a.id(), b.id()), ids(listAll(mine.withStatus(CourseStatus.PUBLISHED))));
        assertEquals(List.of(c.id()), ids(listAll(mine.withStatus(CourseStatus.ARCHIVED))));
        assertEquals(List.of(), listAll(mine.withStatus(CourseStatus.DRAFT)));
        assertEquals(List.of(b.id(), c.id()), ids(listAll(mine.withDifficulty(Level.ADVANCED))));
        assertEquals(List.of(a.id(), b.id()), ids(listAll(mine.withDiscipline("data"))));
        assertEquals(List.of(a.id(), b.id()), ids(listAll(mine.withTag("ml"))));
        assertEquals(List.of(a.id()), ids(listAll(mine.withTag("python"))));
        assertEquals(List.of(b.id()), ids(listAll(mine.withFeatured(true))));
        assertEquals(List.of(a.id(), c.id()), ids(listAll(mine.withFeatured(false))));
        assertEquals(List.of(b.id()), ids(listAll(mine.withStatus(CourseStatus.PUBLISHED)
                .withDifficulty(Level.ADVANCED).withDiscipline("data").withTag("ml").withFeatured(true))));
        assertFalse(ids(listAll(CourseQuery.all().withDiscipline("data").withDifficulty(Level.ADVANCED))).contains(a.id()));
        assertTrue(ids(listAll(CourseQuery.all().withDiscipline("data").withDifficulty(Level.ADVANCED))).contains(other.id()));
    }

    @Test
    void listingSortsByTitleCreatedAndUpdatedInBothDirections() {
        UUID instructor = UUID.randomUUID();
        Course zebra = course(instructor, "Zebra", b -> b);
        clock.advance(Duration.ofSeconds(1));
        Course apple = course(instructor, "Apple", b -> b);
        clock.advance(Duration.ofSeconds(1));
        Course mango = course(instructor, "Mango", b -> b);
        clock.advance(Duration.ofSeconds(1));
        catalog.updateCourse(zebra.id(), 1, zebra.details().toBuilder().description("touched").build());
        CourseQuery mine = CourseQuery.all().withInstructor(instructor);

        assertEquals(List.of(apple.id(), mango.id(), zebra.id()), ids(listAll(mine.sortedBy(CourseSort.TITLE, false))));
        assertEquals(List.of(zebra.id(), mango.id(), apple.id()), ids(listAll(mine.sortedBy(CourseSort.TITLE, true))));
        assertEquals(List.of(zebra.id(), apple.id(), mango.id()), ids(listAll(mine.sortedBy(CourseSort.CREATED, false))));
        assertEquals(List.of(mango.id(), apple.id(), zebra.id()), ids(listAll(mine.sortedBy(CourseSort.CREATED, true))));
        assertEquals(List.of(apple.id(), mango.id(), zebra.id()), ids(listAll(mine.sortedBy(CourseSort.UPDATED, false))));
        assertEquals(List.of(zebra.id(), mango.id(), apple.id()), ids(listAll(mine.sortedBy(CourseSort.UPDATED, true))));
    }

    @Test
    void titlesSortByCodePointsAndTiesBreakById() {
        UUID instructor = UUID.randomUUID();
        Course lower = course(instructor, "apple", b -> b);
        Course upper = course(instructor, "Banana", b -> b);
        Course accented = course(instructor, "Éclair", b -> b);
        Course twinA = course(instructor, "Twin", b -> b);
        Course twinB = course(instructor, "Twin", b -> b);
        List<UUID> twins = new ArrayList<>(List.of(twinA.id(), twinB.id()));
        twins.sort(java.util.Comparator.comparing(UUID::toString));

        List<UUID> expected = List.of(upper.id(), twins.get(0), twins.get(1), lower.id(), accented.id());
        CourseQuery byTitle = CourseQuery.all().withInstructor(instructor);
        assertEquals(expected, ids(listAll(byTitle)));
        assertEquals(expected, ids(catalog.listCourses(byTitle, PageRequest.ofSize(10)).content()));
    }

    @Test
    void offsetPagesCoverEveryCourseOnceWithTotals() {
        UUID instructor = UUID.randomUUID();
        List<UUID> created = IntStream.range(0, 7)
                .mapToObj(i -> course(instructor, "Course " + i, b -> b).id()).toList();
        CourseQuery mine = CourseQuery.all().withInstructor(instructor);

        Page<Course> first = catalog.listCourses(mine, PageRequest.ofSize(3));
        Page<Course> second = catalog.listCourses(mine, first.pageRequest().next());
        Page<Course> third = catalog.listCourses(mine, second.pageRequest().next());
        Page<Course> beyond = catalog.listCourses(mine, PageRequest.ofPage(9, 3));

        assertEquals(7, first.totalElements());
        assertEquals(3, first.totalPages());
        assertTrue(first.hasNext());
        assertFalse(third.hasNext());
        assertEquals(List.of(3, 3, 1), List.of(first.content().size(), second.content().size(), third.content().size()));
        List<UUID> all = new ArrayList<>(ids(first.content()));
        all.addAll(ids(second.content()));
        all.addAll(ids(third.content()));
        assertEquals(created, all, "titles 'Course 0'..'Course 6' in order");
        assertEquals(List.of(), beyond.content());
        assertEquals(7, beyond.totalElements());
    }

    @Test
    void theFirstCoursePageAndItsTotalTakeAFixedNumberOfStatements() {
        UUID instructor = UUID.randomUUID();
        List<UUID> created = IntStream.range(0, 4).mapToObj(i -> course(instructor, "Paged " + i, b -> b).id()).toList();
        CourseQuery mine = CourseQuery.all().withInstructor(instructor);

        var firstPage = statements.count(() -> catalog.listCourses(mine, PageRequest.ofSize(3)));
        Page<Course> lastPage = catalog.listCourses(mine, PageRequest.ofPage(2, 3));

        assertEquals(created.subList(0, 3), ids(firstPage.result().content()));
        assertEquals(created.subList(3, 4), ids(lastPage.content()));
        assertEquals(List.of(4L, 4L), List.of(firstPage.result().totalElements(), lastPage.totalElements()));
        kit().expected("course catalog page").assertMatches(firstPage);
    }

    @Test
    void cursorPagesCoverEveryCourseOnceInEveryOrder() {
        UUID instructor = UUID.randomUUID();
        for (int i = 0; i < 7; i++) {
            course(instructor, "Title " + (i % 3), b -> b);
            clock.advance(Duration.ofMillis(i % 2));
        }
        for (CourseSort sort : CourseSort.values()) {
            for (boolean descending : List.of(false, true)) {
                CourseQuery query = CourseQuery.all().withInstructor(instructor).sortedBy(sort, descending);
                List<UUID> expected = ids(catalog.listCourses(query, PageRequest.ofSize(50)).content());
                assertEquals(expected, ids(scrollAll(query, 2)), sort + (descending ? " desc" : " asc"));
            }
        }
    }

    @Test
    void cursorPagingIsStableWhenCoursesAreAddedBetweenPages() {
        UUID instructor = UUID.randomUUID();
        Course b = course(instructor, "B", x -> x);
        Course d = course(instructor, "D", x -> x);
        Course f = course(instructor, "F", x -> x);
        CourseQuery mine = CourseQuery.all().withInstructor(instructor);

        CursoredPage<Course> first = catalog.listCourses(mine, CursorRequest.first(2));
        assertEquals(List.of(b.id(), d.id()), ids(first.content()));
        course(instructor, "A", x -> x);
        Course e = course(instructor, "E", x -> x);
        CursoredPage<Course> second = catalog.listCourses(mine, CursorRequest.after(first.nextCursor().orElseThrow(), 2));

        assertEquals(List.of(e.id(), f.id()), ids(second.content()));
        assertFalse(second.hasNext());
    }

    @Test
    void aCursorOnlyWorksWithTheOrderItCameFrom() {
        UUID instructor = UUID.randomUUID();
        course(instructor, "One", b -> b);
        course(instructor, "Two", b -> b);
        CourseQuery byTitle = CourseQuery.all().withInstructor(instructor);
        String cursor = catalog.listCourses(byTitle, CursorRequest.first(1)).nextCursor().orElseThrow();

        assertInvalid("cursor", () -> catalog.listCourses(byTitle.sortedBy(CourseSort.CREATED, false), CursorRequest.after(cursor, 1)));
        assertInvalid("cursor", () -> catalog.listCourses(byTitle, CursorRequest.after("not-a-cursor", 1)));
    }

    // ---------------------------------------------------------------- outline

    @Test
    void outlineListsModulesAndLessonsInOrderWithTheirSkills() {
        Course course = newCourse("Deep Learning");
        CourseModule basics = catalog.addModule(course.id(), ModuleDetails.of("Basics"));
        CourseModule advanced = catalog.addModule(course.id(), ModuleDetails.of("Advanced"));
        Lesson perceptron = catalog.addLesson(basics.id(), LessonDetails.builder("Perceptron").build());
        Lesson backprop = catalog.addLesson(basics.id(), LessonDetails.builder("Backprop").kind(LessonKind.INTERACTIVE).build());
        Lesson transformers = catalog.addLesson(advanced.id(), LessonDetails.builder("Transformers").build());
        Skill calculus = catalog.createSkill(SkillDetails.of("Calculus " + word()), null);
        Skill algebra = catalog.createSkill(SkillDetails.of("Algebra " + word()), null);
        catalog.linkSkill(backprop.id(), calculus.id());
        catalog.linkSkill(backprop.id(), algebra.id());

        CourseOutline outline = catalog.outline(course.id()).orElseThrow();

        assertEquals(course, outline.course());
        assertEquals(List.of(basics, advanced), outline.modules().stream().map(CourseOutline.ModuleOutline::module).toList());
        assertEquals(List.of(perceptron, backprop), lessonsOf(outline, 0));
        assertEquals(List.of(transformers), lessonsOf(outline, 1));
        assertEquals(List.of(), outline.modules().get(0).lessons().get(0).skills());
        assertEquals(List.of(algebra, calculus), outline.modules().get(0).lessons().get(1).skills());
    }

    @Test
    void outlineAndFindReturnEachLessonsContentListsAndMetadataAsWrittenOrEmpty() {
        Course course = newCourse("Written as is");
        CourseModule module = catalog.addModule(course.id(), ModuleDetails.of("Only"));
        Lesson filled = catalog.addLesson(module.id(), LessonDetails.builder("Filled").content("{\"body\": \"[]\"}")
                .learningObjectives(List.of("[]", "{}")).resources(List.of("https://example.org/a")).metadata("{ }").build());
        Lesson empty = catalog.addLesson(module.id(), LessonDetails.builder("Empty").build());

        List<Lesson> outlined = lessonsOf(catalog.outline(course.id()).orElseThrow(), 0);

        assertEquals(List.of(filled, empty), outlined);
        assertEquals(List.of("{\"body\": \"[]\"}", List.of("[]", "{}"), List.of("https://example.org/a"), "{ }"),
                List.of(outlined.get(0).details().content(), outlined.get(0).details().learningObjectives(),
                        outlined.get(0).details().resources(), outlined.get(0).details().metadata()));
        assertEquals(List.of("{}", List.of(), List.of(), "{}"), List.of(outlined.get(1).details().content(),
                outlined.get(1).details().learningObjectives(), outlined.get(1).details().resources(), outlined.get(1).details().metadata()));
        assertEquals(Optional.of(filled), catalog.findLesson(filled.id()));
        assertEquals(Optional.of(empty), catalog.findLesson(empty.id()));
    }

    @Test
    void outlineTakesTheSameFixedNumberOfStatementsWhateverTheCourseSize() {
        Course small = newCourse("Small");
        catalog.addLesson(catalog.addModule(small.id(), ModuleDetails.of("Only")).id(), LessonDetails.builder("Only").build());
        Course large = newCourse("Large");
        Skill skill = catalog.createSkill(SkillDetails.of("Large skill " + word()), null);
        for (int m = 0; m < 5; m++) {
            CourseModule module = catalog.addModule(large.id(), ModuleDetails.of("Module " + m));
            for (int l = 0; l < 6; l++) {
                Lesson lesson = catalog.addLesson(module.id(), LessonDetails.builder("Lesson " + l).build());
                catalog.linkSkill(lesson.id(), skill.id());
            }
        }

        var smallRun = statements.count(() -> catalog.outline(small.id()).orElseThrow());
        var largeRun = statements.count(() -> catalog.outline(large.id()).orElseThrow());

        assertEquals(30, largeRun.result().modules().stream().mapToInt(m -> m.lessons().size()).sum());
        assertEquals(smallRun.statements().size(), largeRun.statements().size(), "statements: " + largeRun.statements());
        kit().expected("course outline").assertMatches(smallRun);
        kit().expected("course outline").assertMatches(largeRun);
    }

    // ---------------------------------------------------------------- contents

    @Test
    void contentsListModulesAndLessonsInOrderWithTitlesPositionsKindsMinutesAndWhetherPublished() {
        Course course = newCourse("Table of contents");
        CourseModule basics = catalog.addModule(course.id(), ModuleDetails.of("Basics"));
        CourseModule soon = catalog.addModule(course.id(), ModuleDetails.of("Coming soon").withPublished(false));
        CourseModule intro = catalog.addModule(course.id(), ModuleDetails.of("Introduction"), 1);
        Lesson backprop = catalog.addLesson(basics.id(), LessonDetails.builder("Backprop").kind(LessonKind.INTERACTIVE)
                .estimatedMinutes(25).build());
        Lesson draft = catalog.addLesson(basics.id(), LessonDetails.builder("Draft").kind(LessonKind.PROJECT)
                .estimatedMinutes(90).published(false).content("{\"body\": \"not read\"}").build());
        Lesson perceptron = catalog.addLesson(basics.id(), LessonDetails.builder("Perceptron").estimatedMinutes(15).build(), 1);
        Lesson welcome = catalog.addLesson(intro.id(), LessonDetails.builder("Welcome").kind(LessonKind.PRACTICE)
                .estimatedMinutes(5).build());

        CourseContents contents = catalog.contents(course.id()).orElseThrow();

        assertEquals(new CourseContents(course.id(), course.slug(), "Table of contents", CourseStatus.DRAFT, List.of(
                new ModuleEntry(intro.id(), "Introduction", 1, true, List.of(
                        new LessonEntry(welcome.id(), "Welcome", 1, LessonKind.PRACTICE, 5, true))),
                new ModuleEntry(basics.id(), "Basics", 2, true, List.of(
                        new LessonEntry(perceptron.id(), "Perceptron", 1, LessonKind.THEORY, 15, true),
                        new LessonEntry(backprop.id(), "Backprop", 2, LessonKind.INTERACTIVE, 25, true),
                        new LessonEntry(draft.id(), "Draft", 3, LessonKind.PROJECT, 90, false))),
                new ModuleEntry(soon.id(), "Coming soon", 3, false, List.of()))), contents);
    }

    @Test
    void contentsAgreeWithTheOutlineAfterLessonsMoveAndTheCourseIsPublished() {
        Course course = newCourse("Moving parts");
        CourseModule first = catalog.addModule(course.id(), ModuleDetails.of("First"));
        CourseModule second = catalog.addModule(course.id(), ModuleDetails.of("Second"));
        for (int l = 1; l <= 3; l++) {
            catalog.addLesson(first.id(), LessonDetails.builder("First " + l).estimatedMinutes(l).build());
            catalog.addLesson(second.id(), LessonDetails.builder("Second " + l).kind(LessonKind.INTERACTIVE).build());
        }
        Lesson moved = catalog.lessons(first.id()).get(2);
        catalog.moveLesson(moved.id(), second.id(), 1);
        catalog.moveModule(second.id(), 1);
        catalog.publishCourse(course.id());

        CourseContents contents = catalog.contents(course.id()).orElseThrow();

        CourseOutline outline = catalog.outline(course.id()).orElseThrow();
        assertEquals(CourseStatus.PUBLISHED, contents.status());
        assertEquals(outline.modules().stream().map(module -> new ModuleEntry(module.module().id(), module.module().title(),
                module.module().position(), module.module().details().published(), module.lessons().stream()
                        .map(lesson -> lesson.lesson()).map(lesson -> new LessonEntry(lesson.id(), lesson.title(), lesson.position(),
                                lesson.details().kind(), lesson.details().estimatedMinutes(), lesson.details().published()))
                        .toList())).toList(), contents.modules());
        assertEquals(List.of("Second", "First"), contents.modules().stream().map(ModuleEntry::title).toList());
        assertEquals(List.of("First 3", "Second 1", "Second 2", "Second 3"),
                contents.modules().get(0).lessons().stream().map(LessonEntry::title).toList());
        assertEquals(List.of(1, 2, 3, 4), contents.modules().get(0).lessons().stream().map(LessonEntry::position).toList());
    }

    @Test
    void contentsInATransactionShowItsOwnChangesNotYetCommitted() {
        if (!kit().spansCallsInOneTransaction()) {
            return; // a backend without spanning transactions refuses inTransaction (LifecycleContract)
        }
        Course course = newCourse("Pending changes");
        CourseModule module = catalog.addModule(course.id(), ModuleDetails.of("Draft title"));

        CourseContents contents = store.inTransaction(tx -> {
            tx.catalog().updateModule(module.id(), module.version(), ModuleDetails.of("Final title").withPublished(false));
            tx.catalog().addLesson(module.id(), LessonDetails.builder("Added").kind(LessonKind.PRACTICE).estimatedMinutes(7).build());
            return tx.catalog().contents(course.id()).orElseThrow();
        });

        Lesson added = catalog.lessons(module.id()).get(0);
        assertEquals(new CourseContents(course.id(), course.slug(), "Pending changes", CourseStatus.DRAFT, List.of(
                new ModuleEntry(module.id(), "Final title", 1, false, List.of(
                        new LessonEntry(added.id(), "Added", 1, LessonKind.PRACTICE, 7, true))))), contents);
        assertEquals(contents, catalog.contents(course.id()).orElseThrow());
    }

    @Test
    void contentsOfAnUnknownOrDeletedCourseAreEmptyAndACourseWithoutModulesHasNone() {
        Course bare = newCourse("No modules yet");
        Course gone = newCourse("Deleted");
        catalog.addLesson(catalog.addModule(gone.id(), ModuleDetails.of("Kept")).id(), LessonDetails.builder("Kept").build());

        assertEquals(Optional.of(new CourseContents(bare.id(), bare.slug(), "No modules yet", CourseStatus.DRAFT, List.of())),
                catalog.contents(bare.id()));
        assertEquals(Optional.empty(), catalog.contents(UUID.randomUUID()));
        catalog.deleteCourse(gone.id());
        assertEquals(Optional.empty(), catalog.contents(gone.id()));
        catalog.restoreCourse(gone.id());
        assertEquals(List.of("Kept"), catalog.contents(gone.id()).orElseThrow().modules().stream()
                .flatMap(module -> module.lessons().stream()).map(LessonEntry::title).toList());
        assertInvalid("courseId", () -> catalog.contents(null));
    }

    @Test
    void contentsKeepTitlesWithColonsDigitsQuotesLineBreaksAndAnyScriptExactly() {
        Course course = newCourse("Odd titles");
        String moduleTitle = "12:30 \u2014 part \"one\": 3:4 \uD83C\uDF93";
        String lessonTitle = "1:2:3 ratio \uD834\uDD1E 'quoted'\nnext line";
        String otherTitle = "\u00FCn\u00EFc\u00F6d\u00E9: \u2211 10 \u4E2D\u6587";
        CourseModule module = catalog.addModule(course.id(), ModuleDetails.of(moduleTitle));
        Lesson first = catalog.addLesson(module.id(), LessonDetails.builder(lessonTitle).estimatedMinutes(7).build());
        Lesson second = catalog.addLesson(module.id(), LessonDetails.builder(otherTitle).kind(LessonKind.PRACTICE)
                .estimatedMinutes(12).published(false).build());

        assertEquals(Optional.of(new CourseContents(course.id(), course.slug(), "Odd titles", CourseStatus.DRAFT, List.of(
                new ModuleEntry(module.id(), moduleTitle, 1, true, List.of(
                        new LessonEntry(first.id(), lessonTitle, 1, LessonKind.THEORY, 7, true),
                        new LessonEntry(second.id(), otherTitle, 2, LessonKind.PRACTICE, 12, false)))))),
                catalog.contents(course.id()));
    }

    @Test
    void contentsTakeTheSameFixedNumberOfStatementsWhateverTheCourseSize() {
        Course small = newCourse("Small contents");
        catalog.addLesson(catalog.addModule(small.id(), ModuleDetails.of("Only")).id(), LessonDetails.builder("Only").build());
        Course large = newCourse("Large contents");
        for (int m = 0; m < 5; m++) {
            CourseModule module = catalog.addModule(large.id(), ModuleDetails.of("Module " + m));
            for (int l = 0; l < 6; l++) {
                catalog.addLesson(module.id(), LessonDetails.builder("Lesson " + l).build());
            }
        }

        var smallRun = statements.count(() -> catalog.contents(small.id()).orElseThrow());
        var largeRun = statements.count(() -> catalog.contents(large.id()).orElseThrow());

        assertEquals(30, largeRun.result().modules().stream().mapToInt(m -> m.lessons().size()).sum());
        assertEquals(smallRun.statements(), largeRun.statements());
        kit().expected("course contents").assertMatches(smallRun);
        kit().expected("course contents").assertMatches(largeRun);
    }

    // ---------------------------------------------------------------- search

    @Test
    void searchRanksTitleMatchesAboveDescriptionAboveLessonTitles() {
        String word = word();
        Course inLesson = newCourse("Plain one");
        catalog.addLesson(catalog.addModule(inLesson.id(), ModuleDetails.of("M")).id(),
                LessonDetails.builder("All about " + word).build());
        Course inDescription = catalog.createCourse(CourseDetails.builder(slug("desc"), "Plain two")
                .description("This course explains " + word + " in depth.").build());
        Course inTitle = newCourse("Mastering " + word);
        newCourse("Unrelated " + word());

        List<CourseSearchHit> hits = catalog.searchCourses(word, 10);

        assertEquals(List.of(inTitle.id(), inDescription.id(), inLesson.id()), hits.stream().map(h -> h.course().id()).toList());
        assertTrue(hits.get(0).rank() > hits.get(1).rank() && hits.get(1).rank() > hits.get(2).rank());
        assertEquals(inTitle, hits.get(0).course());
        assertEquals(List.of(inTitle.id()), catalog.searchCourses(word, 1).stream().map(h -> h.course().id()).toList());
    }

    @Test
    void searchMatchesEveryWordCaseInsensitivelyAndByPrefix() {
        String first = word();
        String second = word();
        Course both = newCourse(capitalized(first) + " and " + second.toUpperCase());
        newCourse(first + " alone");

        assertEquals(List.of(both.id()), searchIds(first + " " + second));
        assertEquals(List.of(both.id()), searchIds(second.substring(0, 6)));
        assertEquals(2, searchIds(first.toUpperCase()).size());
        assertEquals(List.of(), searchIds(first + " " + word()));
        assertEquals(List.of(), catalog.searchCourses(" ;%_'\" ", 10), "no words, no hits");
        assertEquals(List.of(both.id()), searchIds("'" + second + "\"; --%_*"));
    }

    @Test
    void searchFollowsLessonChanges() {
        String before = word();
        String after = word();
        Course course = newCourse("Search follows");
        CourseModule module = catalog.addModule(course.id(), ModuleDetails.of("M"));
        Lesson lesson = catalog.addLesson(module.id(), LessonDetails.builder("About " + before).build());
        assertEquals(List.of(course.id()), searchIds(before));

        catalog.updateLesson(lesson.id(), lesson.version(), lesson.details().toBuilder().title("About " + after).build());
        assertEquals(List.of(), searchIds(before));
        assertEquals(List.of(course.id()), searchIds(after));

        catalog.removeModule(module.id());
        assertEquals(List.of(), searchIds(after));
    }

    // ---------------------------------------------------------------- modules and lessons

    @Test
    void modulesAppendOrInsertAndPositionsStayDense() {
        Course course = newCourse("Modules");
        CourseModule b = catalog.addModule(course.id(), ModuleDetails.of("B"));
        CourseModule d = catalog.addModule(course.id(), ModuleDetails.of("D"));
        CourseModule a = catalog.addModule(course.id(), ModuleDetails.of("A"), 1);
        CourseModule c = catalog.addModule(course.id(), ModuleDetails.of("C"), 3);

        assertEquals(1, a.position());
        assertEquals(3, c.position());
        assertModuleOrder(course.id(), "A", "B", "C", "D");
        assertInvalid("position", () -> catalog.addModule(course.id(), ModuleDetails.of("E"), 6));
        assertInvalid("position", () -> catalog.addModule(course.id(), ModuleDetails.of("E"), 0));
        assertModuleOrder(course.id(), "A", "B", "C", "D");
        assertEquals(List.of(1, 2), List.of(b.position(), d.position()), "appended in turn");
        assertEquals(List.of(a.id(), b.id(), c.id(), d.id()), catalog.modules(course.id()).stream().map(CourseModule::id).toList());
    }

    @Test
    void movingAndReorderingModulesIsAtomicAndDense() {
        Course course = newCourse("Reorder");
        List<CourseModule> made = IntStream.range(0, 4)
                .mapToObj(i -> catalog.addModule(course.id(), ModuleDetails.of("M" + i))).toList();

        List<CourseModule> moved = catalog.moveModule(made.get(3).id(), 1);
        assertEquals(List.of("M3", "M0", "M1", "M2"), moved.stream().map(CourseModule::title).toList());
        assertModuleOrder(course.id(), "M3", "M0", "M1", "M2");

        catalog.reorderModules(course.id(), List.of(made.get(2).id(), made.get(0).id(), made.get(3).id(), made.get(1).id()));
        assertModuleOrder(course.id(), "M2", "M0", "M3", "M1");

        assertInvalid("moduleIds", () -> catalog.reorderModules(course.id(), List.of(made.get(0).id(), made.get(1).id())));
        assertInvalid("moduleIds", () -> catalog.reorderModules(course.id(),
                List.of(made.get(0).id(), made.get(0).id(), made.get(1).id(), made.get(2).id())));
        assertInvalid("position", () -> catalog.moveModule(made.get(0).id(), 5));
        assertModuleOrder(course.id(), "M2", "M0", "M3", "M1");
    }

    @Test
    void removingAModuleRemovesItsLessonsAndClosesTheGap() {
        Course course = newCourse("Removal");
        CourseModule first = catalog.addModule(course.id(), ModuleDetails.of("First"));
        CourseModule second = catalog.addModule(course.id(), ModuleDetails.of("Second"));
        catalog.addModule(course.id(), ModuleDetails.of("Third"));
        Lesson doomed = catalog.addLesson(second.id(), LessonDetails.builder("Doomed").build());

        catalog.removeModule(second.id());

        assertModuleOrder(course.id(), "First", "Third");
        assertEquals(Optional.empty(), catalog.findLesson(doomed.id()));
        assertEquals(List.of(), catalog.lessons(second.id()));
        assertEquals(1, catalog.modules(course.id()).get(0).position());
        assertEquals(first.id(), catalog.modules(course.id()).get(0).id());
    }

    @Test
    void lessonsMoveWithinAndAcrossModulesOfOneCourseKeepingBothDense() {
        Course course = newCourse("Lessons");
        CourseModule one = catalog.addModule(course.id(), ModuleDetails.of("One"));
        CourseModule two = catalog.addModule(course.id(), ModuleDetails.of("Two"));
        Lesson a = catalog.addLesson(one.id(), LessonDetails.builder("A").build());
        Lesson b = catalog.addLesson(one.id(), LessonDetails.builder("B").build());
        Lesson c = catalog.addLesson(one.id(), LessonDetails.builder("C").build());
        Lesson x = catalog.addLesson(two.id(), LessonDetails.builder("X").build());
        Lesson first = catalog.addLesson(two.id(), LessonDetails.builder("First").build(), 1);

        assertLessonOrder(two.id(), "First", "X");
        assertEquals(1, first.position());

        Lesson moved = catalog.moveLesson(c.id(), one.id(), 1);
        assertEquals(1, moved.position());
        assertLessonOrder(one.id(), "C", "A", "B");

        Lesson across = catalog.moveLesson(a.id(), two.id(), 2);
        assertEquals(two.id(), across.moduleId());
        assertEquals(2, across.position());
        assertLessonOrder(one.id(), "C", "B");
        assertLessonOrder(two.id(), "First", "A", "X");
        assertEquals(across, catalog.findLesson(a.id()).orElseThrow());

        catalog.reorderLessons(two.id(), List.of(x.id(), a.id(), first.id()));
        assertLessonOrder(two.id(), "X", "A", "First");

        catalog.removeLesson(b.id());
        assertLessonOrder(one.id(), "C");
        assertInvalid("lessonIds", () -> catalog.reorderLessons(two.id(), List.of(x.id())));
        assertInvalid("position", () -> catalog.moveLesson(c.id(), two.id(), 5));
        assertLessonOrder(one.id(), "C");
        assertLessonOrder(two.id(), "X", "A", "First");
    }

    @Test
    void movingALessonIntoAModuleOfAnotherCourseIsRefusedAndChangesNothing() {
        Course mine = newCourse("Mine");
        Course theirs = newCourse("Theirs");
        CourseModule myModule = catalog.addModule(mine.id(), ModuleDetails.of("Mine"));
        CourseModule theirModule = catalog.addModule(theirs.id(), ModuleDetails.of("Theirs"));
        Lesson lesson = catalog.addLesson(myModule.id(), LessonDetails.builder("Stay").build());

        assertInvalid("moduleId", () -> catalog.moveLesson(lesson.id(), theirModule.id(), 1));

        assertEquals(List.of(lesson), catalog.lessons(myModule.id()));
        assertEquals(List.of(), catalog.lessons(theirModule.id()));
    }

    @Test
    void lessonContentMustBeAJsonObject() {
        Course course = newCourse("Content");
        CourseModule module = catalog.addModule(course.id(), ModuleDetails.of("M"));
        for (String bad : List.of("[1,2]", "42", "\"text\"", "not json", "{\"unclosed\": ", "{} {}")) {
            assertInvalid("content", () -> catalog.addLesson(module.id(), LessonDetails.builder("L").content(bad).build()));
        }
        assertEquals(List.of(), catalog.lessons(module.id()), "nothing was written");

        Lesson lesson = catalog.addLesson(module.id(), LessonDetails.builder("L")
                .content("{\"blocks\":[{\"type\":\"text\",\"value\":\"Hi\"}]}").build());
        assertInvalid("content", () -> catalog.updateLesson(lesson.id(), 1, lesson.details().toBuilder().content("[]").build()));
        assertEquals(Optional.of(lesson), catalog.findLesson(lesson.id()));
    }

    // free-form JSON: lesson content follows the one rule for JSON people write, alike on every
    // backend (FreeFormJsonCases)

    @Test
    void refusedContentIsTheSameInvalidInputOnAddAndUpdateAndWritesNothing() {
        CourseModule module = catalog.addModule(newCourse("Refused content").id(), ModuleDetails.of("M"));
        FreeFormJsonCases.assertAllRefused("content", LessonDetails.CONTENT_MAX,
                text -> () -> catalog.addLesson(module.id(), LessonDetails.builder("L").content(text).build()));
        assertEquals(List.of(), catalog.lessons(module.id()), "nothing was written");

        Lesson lesson = catalog.addLesson(module.id(), LessonDetails.builder("L").build());
        FreeFormJsonCases.assertAllRefused("content", LessonDetails.CONTENT_MAX,
                text -> () -> catalog.updateLesson(lesson.id(), 1, lesson.details().toBuilder().content(text).build()));
        assertEquals(Optional.of(lesson), catalog.findLesson(lesson.id()), "nothing was written");
    }

    @Test
    void awkwardContentReadsBackByteForByte() {
        CourseModule module = catalog.addModule(newCourse("Kept content").id(), ModuleDetails.of("M"));
        for (String kept : FreeFormJsonCases.KEPT) {
            Lesson lesson = catalog.addLesson(module.id(), LessonDetails.builder("L").content(kept).build());
            assertEquals(kept, catalog.findLesson(lesson.id()).orElseThrow().details().content());

            String edited = FreeFormJsonCases.KEPT.get(0) + " ";
            catalog.updateLesson(lesson.id(), 1, lesson.details().toBuilder().content(edited).build());
            assertEquals(edited, catalog.findLesson(lesson.id()).orElseThrow().details().content());
        }
    }

    @Test
    void lessonAndModuleUpdatesAreVersionChecked() {
        Course course = newCourse("Versions");
        CourseModule module = catalog.addModule(course.id(), ModuleDetails.of("M"));
        Lesson lesson = catalog.addLesson(module.id(), LessonDetails.builder("L").estimatedMinutes(5).build());

        CourseModule renamed = catalog.updateModule(module.id(), 1, module.details().withTitle("Renamed").withPublished(false));
        Lesson edited = catalog.updateLesson(lesson.id(), 1, lesson.details().toBuilder()
                .title("Edited").kind(LessonKind.PROJECT).freePreview(true).resources(List.of("https://x.org/a")).build());

        assertEquals(2, renamed.version());
        assertEquals(2, edited.version());
        assertEquals(List.of(renamed), catalog.modules(course.id()));
        assertEquals(Optional.of(edited), catalog.findLesson(lesson.id()));
        assertThrows(ConflictException.class, () -> catalog.updateModule(module.id(), 1, module.details()));
        assertThrows(ConflictException.class, () -> catalog.updateLesson(lesson.id(), 1, lesson.details()));
        assertEquals(Optional.of(edited), catalog.findLesson(lesson.id()));
    }

    @Test
    void eightConcurrentModuleAdditionsGetDistinctDensePositions() throws Exception {
        Course course = newCourse("Concurrent modules");

        List<Outcome<CourseModule>> outcomes = concurrently(8, i -> catalog.addModule(course.id(), ModuleDetails.of("M" + i)));

        assertEquals(List.of(), failures(outcomes));
        List<Integer> positions = catalog.modules(course.id()).stream().map(CourseModule::position).toList();
        assertEquals(IntStream.rangeClosed(1, 8).boxed().toList(), positions);
    }

    // ---------------------------------------------------------------- skills

    @Test
    void skillsFormATreeWithChildrenAndPaths() {
        String tag = word();
        Skill ai = catalog.createSkill(new SkillDetails("AI " + tag, "Artificial intelligence", Level.BEGINNER), null);
        Skill ml = catalog.createSkill(new SkillDetails("ML " + tag, null, Level.INTERMEDIATE), ai.id());
        Skill dl = catalog.createSkill(new SkillDetails("DL " + tag, null, Level.ADVANCED), ml.id());
        Skill genAi = catalog.createSkill(SkillDetails.of("GenAI " + tag), ai.id());

        assertEquals(List.of(genAi, ml), catalog.childSkills(ai.id()));
        assertEquals(List.of(dl), catalog.childSkills(ml.id()));
        assertTrue(catalog.childSkills(null).contains(ai));
        assertEquals(List.of(ai, ml, dl), catalog.skillPath(dl.id()));

        Skill movedDl = catalog.moveSkill(dl.id(), genAi.id());
        assertEquals(List.of(ai, genAi, movedDl), catalog.skillPath(dl.id()));
        assertEquals(List.of(), catalog.childSkills(ml.id()));
        Skill renamed = catalog.updateSkill(ml.id(), ml.version(), new SkillDetails("Machine learning " + tag, "ML", Level.ADVANCED));
        assertEquals(Optional.of(renamed), catalog.findSkill(ml.id()));
    }

    @Test
    void aSkillCannotMoveUnderItselfOrItsDescendants() {
        String tag = word();
        Skill root = catalog.createSkill(SkillDetails.of("Root " + tag), null);
        Skill child = catalog.createSkill(SkillDetails.of("Child " + tag), root.id());
        Skill grandchild = catalog.createSkill(SkillDetails.of("Grandchild " + tag), child.id());

        assertEquals("skill.cycle", assertThrows(RuleViolationException.class, () -> catalog.moveSkill(root.id(), grandchild.id())).rule());
        assertThrows(RuleViolationException.class, () -> catalog.moveSkill(root.id(), root.id()));
        assertEquals(List.of(root, child, grandchild), catalog.skillPath(grandchild.id()));
    }

    @Test
    void skillNamesAreUnique() {
        String name = "Unique skill " + word();
        catalog.createSkill(SkillDetails.of(name), null);

        ConflictException conflict = assertThrows(ConflictException.class, () -> catalog.createSkill(SkillDetails.of(name), null));
        assertEquals("name", conflict.field());
    }

    @Test
    void lessonsLinkToTheSkillsTheyTeach() {
        String tag = word();
        Course course = newCourse("Skills");
        Lesson lesson = catalog.addLesson(catalog.addModule(course.id(), ModuleDetails.of("M")).id(), LessonDetails.builder("L").build());
        Skill b = catalog.createSkill(SkillDetails.of("B " + tag), null);
        Skill a = catalog.createSkill(SkillDetails.of("A " + tag), null);

        catalog.linkSkill(lesson.id(), b.id());
        catalog.linkSkill(lesson.id(), a.id());
        catalog.linkSkill(lesson.id(), a.id());
        assertEquals(List.of(a, b), catalog.skillsTaught(lesson.id()), "linking twice keeps one link");

        catalog.unlinkSkill(lesson.id(), b.id());
        catalog.unlinkSkill(lesson.id(), b.id());
        assertEquals(List.of(a), catalog.skillsTaught(lesson.id()));
    }

    // ---------------------------------------------------------------- audit

    @Test
    void everyCatalogChangeWritesAnAuditEntryWithActorAndBeforeAfter() {
        Instant at = clock.advance(Duration.ofSeconds(1)).truncatedTo(ChronoUnit.MICROS);
        Catalog asAuthor = store.actingAs("author-42").catalog();
        Course course = asAuthor.createCourse(CourseDetails.builder(slug("audited"), "Audited v1").build());
        asAuthor.updateCourse(course.id(), 1, course.details().toBuilder().title("Audited v2").build());
        asAuthor.publishCourse(course.id());
        asAuthor.archiveCourse(course.id());
        asAuthor.deleteCourse(course.id());
        asAuthor.restoreCourse(course.id());
        CourseModule module = asAuthor.addModule(course.id(), ModuleDetails.of("M1"));
        asAuthor.addModule(course.id(), ModuleDetails.of("M0"), 1);
        Lesson lesson = asAuthor.addLesson(module.id(), LessonDetails.builder("L").build());
        Skill skill = asAuthor.createSkill(SkillDetails.of("Audited skill " + word()), null);
        asAuthor.linkSkill(lesson.id(), skill.id());
        asAuthor.removeLesson(lesson.id());

        List<AuditEntry> courseHistory = store.audit().history("course", course.id());
        assertEquals(List.of(AuditAction.CREATED, AuditAction.UPDATED, AuditAction.PUBLISHED, AuditAction.ARCHIVED,
                AuditAction.DELETED, AuditAction.RESTORED), courseHistory.stream().map(AuditEntry::action).toList());
        assertEquals(Collections.nCopies(6, "author-42"), courseHistory.stream().map(AuditEntry::actor).toList());
        assertEquals(Collections.nCopies(6, at), courseHistory.stream().map(AuditEntry::at).toList());
        assertEquals(Collections.nCopies(6, course.id()), courseHistory.stream().map(AuditEntry::entityId).toList());
        assertEquals(Collections.nCopies(6, "course"), courseHistory.stream().map(AuditEntry::entityType).toList());
        AuditEntry update = courseHistory.get(1);
        assertTrue(update.before().contains("Audited v1") && update.after().contains("Audited v2"), update.toString());
        assertNull(courseHistory.get(0).before());
        assertTrue(courseHistory.get(0).after().contains("Audited v1"), courseHistory.get(0).after());

        assertEquals(List.of(AuditAction.CREATED, AuditAction.MOVED), actions("module", module.id()));
        assertEquals(List.of(AuditAction.CREATED, AuditAction.LINKED, AuditAction.REMOVED), actions("lesson", lesson.id()));
        assertNull(store.audit().history("lesson", lesson.id()).get(2).after());
        assertEquals(List.of(at, at, at), history("lesson", lesson.id()).stream().map(AuditEntry::at).toList());
        assertEquals(List.of("author-42", "author-42", "author-42"), history("lesson", lesson.id()).stream().map(AuditEntry::actor).toList());
        assertEquals(List.of(AuditAction.CREATED), actions("skill", skill.id()));
        assertEquals(LearningStore.SYSTEM_ACTOR, history("course", newCourse("By system").id()).get(0).actor());
    }

    @Test
    void aRefusedChangeWritesNoAuditEntry() {
        Course course = newCourse("Refused");
        CourseModule module = catalog.addModule(course.id(), ModuleDetails.of("M"));

        assertThrows(ConflictException.class, () -> catalog.updateCourse(course.id(), 7, course.details()));
        assertInvalid("content", () -> catalog.addLesson(module.id(), LessonDetails.builder("L").content("[]").build()));
        assertThrows(InvalidInputException.class, () -> catalog.moveModule(module.id(), 3));

        assertEquals(List.of(AuditAction.CREATED), actions("course", course.id()));
        assertEquals(List.of(AuditAction.CREATED), actions("module", module.id()));
    }

    // ---------------------------------------------------------------- helpers

    @Test
    void aLessonKeepsItsDescriptionAndItsChangesAreAudited() {
        Course course = catalog.createCourse(CourseDetails.builder(slug("described"), "Described").build());
        CourseModule module = catalog.addModule(course.id(), ModuleDetails.of("Only"));

        Lesson lesson = catalog.addLesson(module.id(), LessonDetails.builder("Gradients").description("Which way is uphill").build());
        Lesson cleared = catalog.updateLesson(lesson.id(), lesson.version(), lesson.details().toBuilder().description(null).build());

        assertEquals("Which way is uphill", lesson.details().description());
        assertNull(cleared.details().description());
        assertEquals(Optional.of(cleared), catalog.findLesson(lesson.id()));
        assertEquals(cleared, catalog.outline(course.id()).orElseThrow().modules().get(0).lessons().get(0).lesson());
        assertEquals(List.of(AuditAction.CREATED, AuditAction.UPDATED),
                store.audit().history("lesson", lesson.id()).stream().map(AuditEntry::action).toList());
        assertTrue(store.audit().history("lesson", lesson.id()).get(1).before().contains("Which way is uphill"));
        assertEquals("description", assertThrows(InvalidInputException.class,
                () -> LessonDetails.builder("Long").description("x".repeat(CourseDetails.DESCRIPTION_MAX + 1)).build()).field());
    }

    protected static String word() {
        var random = ThreadLocalRandom.current();
        var word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    protected static String slug(String prefix) {
        return prefix + "-" + word();
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    protected Course newCourse(String title) {
        return catalog.createCourse(CourseDetails.builder(slug("course"), title).build());
    }

    private Course course(UUID instructor, String title, Function<CourseDetails.Builder, CourseDetails.Builder> extra) {
        return catalog.createCourse(extra.apply(CourseDetails.builder(slug("c"), title).instructorRef(instructor)).build());
    }

    private List<Course> listAll(CourseQuery query) {
        return catalog.listCourses(query, PageRequest.ofSize(PageRequest.MAX_SIZE)).content();
    }

    private List<Course> scrollAll(CourseQuery query, int size) {
        List<Course> all = new ArrayList<>();
        CursoredPage<Course> page = catalog.listCourses(query, CursorRequest.first(size));
        all.addAll(page.content());
        while (page.hasNext()) {
            page = catalog.listCourses(query, CursorRequest.after(page.nextCursor().orElseThrow(), size));
            all.addAll(page.content());
        }
        return all;
    }

    private List<UUID> searchIds(String text) {
        return catalog.searchCourses(text, 20).stream().map(hit -> hit.course().id()).toList();
    }

    private static List<UUID> ids(List<Course> courses) {
        return courses.stream().map(Course::id).toList();
    }

    private static List<Lesson> lessonsOf(CourseOutline outline, int module) {
        return outline.modules().get(module).lessons().stream().map(CourseOutline.LessonOutline::lesson).toList();
    }

    private void assertModuleOrder(UUID courseId, String... titles) {
        List<CourseModule> modules = catalog.modules(courseId);
        assertEquals(List.of(titles), modules.stream().map(CourseModule::title).toList());
        assertEquals(IntStream.rangeClosed(1, titles.length).boxed().toList(), modules.stream().map(CourseModule::position).toList());
    }

    private void assertLessonOrder(UUID moduleId, String... titles) {
        List<Lesson> lessons = catalog.lessons(moduleId);
        assertEquals(List.of(titles), lessons.stream().map(Lesson::title).toList());
        assertEquals(IntStream.rangeClosed(1, titles.length).boxed().toList(), lessons.stream().map(Lesson::position).toList());
        assertTrue(lessons.stream().allMatch(l -> l.moduleId().equals(moduleId)));
    }

    private List<AuditEntry> history(String type, UUID id) {
        return store.audit().history(type, id);
    }

    private List<AuditAction> actions(String type, UUID id) {
        return history(type, id).stream().map(AuditEntry::action).toList();
    }

    private static InvalidInputException assertInvalid(String field, org.junit.jupiter.api.function.Executable call) {
        InvalidInputException error = assertThrows(InvalidInputException.class, call);
        assertEquals(field, error.field(), error.getMessage());
        assertFalse(error.reason().isBlank());
        return error;
    }

    private static void assertNotFound(String entity, org.junit.jupiter.api.function.Executable call) {
        assertEquals(entity, assertThrows(NotFoundException.class, call).entity());
    }

    protected record Outcome<T>(T value, Throwable error) {
    }

    protected interface IndexedCall<T> {
        T call(int index) throws Exception;
    }

    /** Runs {@code threads} calls at once, released together, and collects what each returned or threw. */
    protected static <T> List<Outcome<T>> concurrently(int threads, IndexedCall<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                Callable<T> task = () -> {
                    start.await();
                    return call.call(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(new Outcome<>(future.get(60, TimeUnit.SECONDS), null));
                } catch (java.util.concurrent.ExecutionException failed) {
                    outcomes.add(new Outcome<>(null, failed.getCause()));
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    protected static <T> List<T> successes(List<Outcome<T>> outcomes) {
        return outcomes.stream().filter(o -> o.error() == null).map(Outcome::value).collect(Collectors.toList());
    }

    protected static <T> List<Throwable> failures(List<Outcome<T>> outcomes) {
        return outcomes.stream().map(Outcome::error).filter(e -> e != null).collect(Collectors.toList());
    }
}
