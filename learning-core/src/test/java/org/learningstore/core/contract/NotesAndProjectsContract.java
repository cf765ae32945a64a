package org.learningstore.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.catalog.Catalog;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.contract.CatalogContract.Outcome;
import org.learningstore.core.engagement.GalleryOrder;
import org.learningstore.core.engagement.Note;
import org.learningstore.core.engagement.NoteDetails;
import org.learningstore.core.engagement.Notes;
import org.learningstore.core.engagement.Project;
import org.learningstore.core.engagement.ProjectDetails;
import org.learningstore.core.engagement.Projects;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.error.RuleViolationException;
import org.learningstore.core.internal.json.FreeFormJson;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.paging.CursorRequest;
import org.learningstore.core.paging.CursoredPage;

/** Notes on lessons and portfolio projects with their likes and the public gallery, on every backend. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class NotesAndProjectsContract {
    /** Seed 003's shapes: the components a project is built from, and its performance tests. */
    static final String ARTIFACT = "{\"components\": [{\"name\": \"Cart\", \"kind\": \"react\", \"props\": [\"items\", \"total\"]},"
            + " {\"name\": \"Checkout\", \"kind\": \"react\", \"props\": []}], \"repository\": \"https://example.test/shop\"}";
    static final String METRICS = "{\"performance_tests\": [{\"name\": \"first paint\", \"ms\": 812.5, \"passed\": true},"
            + " {\"name\": \"bundle\", \"kb\": 143, \"passed\": false}]}";

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-10-01T09:00:00Z"));
    protected final CountingStatements statements = new CountingStatements();
    protected LearningStore store;
    protected Catalog catalog;
    protected Notes notes;
    protected Projects projects;

    /** The kit that nests this group: it opens the backend's store. */
    protected abstract StoreCompatibilityKit kit();

    @BeforeAll
    void openStore() {
        store = kit().openStore(new StoreOptions(clock, statements));
        catalog = store.catalog();
        notes = store.engagement().notes();
        projects = store.engagement().projects();
    }

    @AfterAll
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private record Lessons(Course course, Lesson first, Lesson second) {
    }

    private Lessons lessons() {
        Course course = catalog.createCourse(CourseDetails.builder(CatalogContract.slug("notes"), "Notes " + CatalogContract.word()).build());
        CourseModule module = catalog.addModule(course.id(), ModuleDetails.of("Only"));
        Lesson first = catalog.addLesson(module.id(), LessonDetails.builder("First").build());
        Lesson second = catalog.addLesson(module.id(), LessonDetails.builder("Second").build());
        return new Lessons(course, first, second);
    }

    private Course course() {
        return catalog.createCourse(CourseDetails.builder(CatalogContract.slug("portfolio"), "Portfolio " + CatalogContract.word()).build());
    }

    private Learner learner() {
        return store.learners().createAnonymous();
    }

    private Instant tick() {
        return clock.advance(Duration.ofSeconds(1));
    }

    private static ProjectDetails.Builder shop() {
        return ProjectDetails.builder("Shop front", "web_app").description("A React shop").artifact(ARTIFACT).metrics(METRICS);
    }

    // ---------------------------------------------------------------- notes

    @Test
    void aNoteIsWrittenEditedAndDeletedOnlyByItsAuthor() {
        Lessons lessons = lessons();
        Learner author = learner();
        Learner other = learner();
        Instant written = tick();

        Note note = notes.add(author.id(), lessons.first().id(), new NoteDetails("Closures capture 🧠", "{\"block\": 3, \"offset\": 0.25}", true));

        assertEquals(new Note(note.id(), author.id(), lessons.first().id(), lessons.course().id(),
                new NoteDetails("Closures capture 🧠", "{\"block\": 3, \"offset\": 0.25}", true), 1, written, written), note);
        assertEquals(Optional.of(note), notes.find(note.id()), "the position reads back as written");

        Instant edited = tick();
        Note changed = notes.edit(author.id(), note.id(), 1, NoteDetails.of("Closures capture variables"));
        assertEquals(new Note(note.id(), author.id(), lessons.first().id(), lessons.course().id(),
                NoteDetails.of("Closures capture variables"), 2, written, edited), changed);
        assertEquals(Optional.of(changed), notes.find(note.id()));

        assertEquals("version", assertThrows(ConflictException.class,
                () -> notes.edit(author.id(), note.id(), 1, NoteDetails.of("stale"))).field());
        assertEquals("note.not_author", assertThrows(RuleViolationException.class,
                () -> notes.edit(other.id(), note.id(), 2, NoteDetails.of("not mine"))).rule());
        assertEquals("note.not_author", assertThrows(RuleViolationException.class,
                () -> notes.delete(other.id(), note.id())).rule());
        assertEquals(Optional.of(changed), notes.find(note.id()), "refused changes change nothing");

        notes.delete(author.id(), note.id());
        assertEquals(Optional.empty(), notes.find(note.id()));
        assertNotFound("note", () -> notes.delete(author.id(), note.id()));
        assertNotFound("lesson", () -> notes.add(author.id(), UUID.randomUUID(), NoteDetails.of("x")));
        assertNotFound("learner", () -> notes.add(UUID.randomUUID(), lessons.first().id(), NoteDetails.of("x")));
        assertInvalid("body", () -> notes.add(author.id(), lessons.first().id(), NoteDetails.of(" ")));
    }

    @Test
    void aNotePositionFollowsTheRuleForJsonPeopleWrite() {
        Lessons lessons = lessons();
        Learner author = learner();
        Note note = notes.add(author.id(), lessons.first().id(), NoteDetails.of("kept"));

        FreeFormJsonCases.assertAllRefused("position", NoteDetails.POSITION_MAX,
                text -> () -> notes.add(author.id(), lessons.first().id(), new NoteDetails("x", text, false)));
        FreeFormJsonCases.assertAllRefused("position", NoteDetails.POSITION_MAX,
                text -> () -> notes.edit(author.id(), note.id(), 1, new NoteDetails("x", text, false)));

        for (String kept : FreeFormJsonCases.KEPT) {
            Note stored = notes.add(author.id(), lessons.second().id(), new NoteDetails("x", kept, false));
            assertEquals(kept, notes.find(stored.id()).orElseThrow().details().position());
        }
        assertEquals(List.of(note), notes.mineInLesson(author.id(), lessons.first().id(), CursorRequest.first(10)).content(),
                "nothing refused was written");
    }

    @Test
    void notesListByLessonAndCourseAndPublicNotesByLessonInWritingOrder() {
        Lessons lessons = lessons();
        Learner me = learner();
        Learner other = learner();
        tick();
        Note a = notes.add(me.id(), lessons.first().id(), new NoteDetails("a", null, true));
        Note b = notes.add(me.id(), lessons.first().id(), NoteDetails.of("b"));
        tick();
        Note c = notes.add(other.id(), lessons.first().id(), new NoteDetails("c", null, true));
        Note d = notes.add(other.id(), lessons.first().id(), NoteDetails.of("d"));
        tick();
        Note e = notes.add(me.id(), lessons.second().id(), NoteDetails.of("e"));
        Note f = notes.add(me.id(), lessons.first().id(), new NoteDetails("f", null, true));

        assertEquals(List.of(List.of(a, b), List.of(f)), pages(page -> notes.mineInLesson(me.id(), lessons.first().id(), page), 2));
        assertEquals(List.of(List.of(a, b, e), List.of(f)), pages(page -> notes.mineInCourse(me.id(), lessons.course().id(), page), 3));
        assertEquals(List.of(List.of(a), List.of(c), List.of(f)), pages(page -> notes.publicInLesson(lessons.first().id(), page), 1));
        assertEquals(List.of(List.of(c, d)), pages(page -> notes.mineInLesson(other.id(), lessons.first().id(), page), 5));
        assertEquals(List.of(), notes.publicInLesson(lessons.second().id(), CursorRequest.first(5)).content());
        assertInvalid("cursor", () -> notes.publicInLesson(lessons.first().id(), CursorRequest.after("bm90IGEgY3Vyc29y", 1)));
    }

    // ---------------------------------------------------------------- projects

    @Test
    void aProjectIsCreatedEditedAndDeletedOnlyByItsOwnerAndFeaturedByTheHost() {
        Course course = course();
        Learner owner = learner();
        Learner other = learner();
        String token = "nft-" + UUID.randomUUID();
        Instant created = tick();

        Project project = projects.create(owner.id(), course.id(), shop().externalToken(token).build());

        assertEquals(new Project(project.id(), owner.id(), course.id(), shop().externalToken(token).build(), false, 0, 0, 1,
                created, created), project);
        assertEquals(Optional.of(project), projects.find(project.id()), "artifact and metrics read back as written");
        assertEquals(Optional.of(project), projects.findByExternalToken(token));
        assertEquals("externalToken", assertThrows(ConflictException.class,
                () -> projects.create(other.id(), course.id(), shop().externalToken(token).build())).field());
        assertEquals(List.of(), projects.ofLearner(other.id(), CursorRequest.first(5)).content(), "the refused create wrote nothing");

        Instant edited = tick();
        ProjectDetails published = shop().isPublic(true).title("Shop front, v2").build();
        Project changed = projects.edit(owner.id(), project.id(), 1, published);
        assertEquals(new Project(project.id(), owner.id(), course.id(), published, false, 0, 0, 2, created, edited), changed);
        assertEquals(Optional.empty(), projects.findByExternalToken(token), "the edit cleared the token");
        assertEquals("version", assertThrows(ConflictException.class,
                () -> projects.edit(owner.id(), project.id(), 1, published)).field());
        assertEquals("project.not_owner", assertThrows(RuleViolationException.class,
                () -> projects.edit(other.id(), project.id(), 2, published)).rule());
        assertEquals("project.not_owner", assertThrows(RuleViolationException.class,
                () -> projects.delete(other.id(), project.id())).rule());

        Instant featuredAt = tick();
        Project featured = projects.feature(project.id(), true);
        assertEquals(new Project(project.id(), owner.id(), course.id(), published, true, 0, 0, 3, created, featuredAt), featured);
        assertEquals(Optional.of(featured), projects.find(project.id()));

        projects.delete(owner.id(), project.id());
        assertEquals(Optional.empty(), projects.find(project.id()));
        assertNotFound("project", () -> projects.delete(owner.id(), project.id()));
        assertNotFound("project", () -> projects.feature(project.id(), false));
        assertNotFound("learner", () -> projects.create(UUID.randomUUID(), course.id(), shop().build()));
        assertNotFound("course", () -> projects.create(owner.id(), UUID.randomUUID(), shop().build()));
        Course deleted = course();
        catalog.deleteCourse(deleted.id());
        assertNotFound("course", () -> projects.create(owner.id(), deleted.id(), shop().build()));
        assertInvalid("title", () -> projects.create(owner.id(), course.id(), shop().title("").build()));
    }

    @Test
    void artifactAndMetricsFollowTheRuleForJsonPeopleWrite() {
        Course course = course();
        Learner owner = learner();

        FreeFormJsonCases.assertAllRefused("artifact", FreeFormJson.MAX_LENGTH,
                text -> () -> projects.create(owner.id(), course.id(), shop().artifact(text).build()));
        FreeFormJsonCases.assertAllRefused("metrics", FreeFormJson.MAX_LENGTH,
                text -> () -> projects.create(owner.id(), course.id(), shop().metrics(text).build()));
        assertEquals(List.of(), projects.ofLearner(owner.id(), CursorRequest.first(5)).content(), "nothing refused was written");

        for (String kept : FreeFormJsonCases.KEPT) {
            Project stored = projects.create(owner.id(), course.id(), shop().artifact(kept).metrics(kept).build());
            Project read = projects.find(stored.id()).orElseThrow();
            assertEquals(List.of(kept, kept), List.of(read.details().artifact(), read.details().metrics()));
        }
    }

    @Test
    void viewsAddUpWithoutChangingTheVersion() {
        Project project = projects.create(learner().id(), course().id(), shop().build());

        projects.recordView(project.id());
        projects.recordView(project.id());
        projects.recordView(project.id());

        Project read = projects.find(project.id()).orElseThrow();
        assertEquals(List.of(3L, 1L), List.of(read.viewCount(), read.version()));
        assertNotFound("project", () -> projects.recordView(UUID.randomUUID()));
    }

    @Test
    void aLearnerLikesAPublicProjectOnce() {
        Course course = course();
        Learner owner = learner();
        Learner fan = learner();
        Project shown = projects.create(owner.id(), course.id(), shop().isPublic(true).build());
        Project hidden = projects.create(owner.id(), course.id(), shop().build());

        assertTrue(projects.like(fan.id(), shown.id()));
        assertFalse(projects.like(fan.id(), shown.id()), "a second like is no new like");
        assertTrue(projects.likes(fan.id(), shown.id()));
        assertEquals(1, projects.find(shown.id()).orElseThrow().likeCount());
        assertEquals("project.not_public", assertThrows(RuleViolationException.class,
                () -> projects.like(fan.id(), hidden.id())).rule());
        assertTrue(projects.like(owner.id(), hidden.id()), "an owner may like their own private project");

        assertTrue(projects.unlike(fan.id(), shown.id()));
        assertFalse(projects.unlike(fan.id(), shown.id()));
        assertFalse(projects.likes(fan.id(), shown.id()));
        assertEquals(List.of(0, 1L), List.of(projects.find(shown.id()).orElseThrow().likeCount(),
                projects.find(shown.id()).orElseThrow().version()), "likes never change the version");
        assertNotFound("project", () -> projects.like(fan.id(), UUID.randomUUID()));
    }

    @Test
    void sixteenLearnersLikingAndUnlikingAtOnceLeaveTheCountEqualToTheLikes() throws Exception {
        Project project = projects.create(learner().id(), course().id(), shop().isPublic(true).build());
        List<Learner> sixteen = IntStream.range(0, 16).mapToObj(i -> learner()).toList();

        List<Outcome<Boolean>> liked = CatalogContract.concurrently(16, i -> projects.like(sixteen.get(i).id(), project.id()));

        assertEquals(List.of(), CatalogContract.failures(liked));
        assertEquals(16, CatalogContract.successes(liked).stream().filter(Boolean::booleanValue).count());
        assertEquals(16, projects.find(project.id()).orElseThrow().likeCount());

        // the even ones take their like back; the odd ones like again (no change), unlike, and like once more
        List<Outcome<Boolean>> mixed = CatalogContract.concurrently(16, i -> {
            UUID learnerId = sixteen.get(i).id();
            if (i % 2 == 0) {
                return projects.unlike(learnerId, project.id());
            }
            return !projects.like(learnerId, project.id()) && projects.unlike(learnerId, project.id())
                    && projects.like(learnerId, project.id());
        });

        assertEquals(List.of(), CatalogContract.failures(mixed));
        assertEquals(16, CatalogContract.successes(mixed).stream().filter(Boolean::booleanValue).count());
        long likes = sixteen.stream().filter(l -> projects.likes(l.id(), project.id())).count();
        assertEquals(8, likes);
        assertEquals(8, projects.find(project.id()).orElseThrow().likeCount());
    }

    /**
     * The gallery spans every course, so this test's projects are made the newest (and its
     * featured one the only public featured project of the group) before it reads.
     */
    @Test
    void theGalleryShowsPublicProjectsOfLiveCoursesNewestOrFeaturedFirst() {
        Course live = course();
        Course gone = course();
        Learner owner = learner();
        clock.advance(Duration.ofDays(1000));
        Project p1 = projects.create(owner.id(), live.id(), shop().isPublic(true).title("p1").build());
        tick();
        Project p2 = projects.create(owner.id(), live.id(), shop().title("p2 private").build());
        tick();
        Project p3 = projects.create(owner.id(), gone.id(), shop().isPublic(true).title("p3 of a deleted course").build());
        tick();
        Project p4 = projects.feature(projects.create(owner.id(), live.id(), shop().isPublic(true).title("p4").build()).id(), true);
        tick();
        Project p5 = projects.create(owner.id(), live.id(), shop().isPublic(true).title("p5").build());
        catalog.deleteCourse(gone.id());

        List<List<Project>> newest = pages(page -> projects.gallery(GalleryOrder.NEWEST, page), 2);
        assertEquals(List.of(p5, p4), newest.get(0));
        assertEquals(p1, newest.get(1).get(0));
        List<List<Project>> featured = pages(page -> projects.gallery(GalleryOrder.FEATURED, page), 1);
        assertEquals(List.of(List.of(p4), List.of(p5), List.of(p1)), featured.subList(0, 3));
        List<Project> everyPublic = featured.stream().flatMap(List::stream).toList();
        assertEquals(newest.stream().flatMap(List::stream).sorted(byId()).toList(), everyPublic.stream().sorted(byId()).toList());
        assertFalse(everyPublic.contains(p2) || everyPublic.stream().anyMatch(p -> p.id().equals(p3.id())));

        assertEquals(List.of(List.of(p5, p4, p3), List.of(p2, p1)), pages(page -> projects.ofLearner(owner.id(), page), 3));
        String newestCursor = projects.gallery(GalleryOrder.NEWEST, CursorRequest.first(1)).nextCursor().orElseThrow();
        assertInvalid("cursor", () -> projects.gallery(GalleryOrder.FEATURED, CursorRequest.after(newestCursor, 1)));
        assertInvalid("cursor", () -> projects.ofLearner(owner.id(), CursorRequest.after(newestCursor, 1)));
    }

    // ---------------------------------------------------------------- statements

    @Test
    void likesGalleryPagesAndNoteListsCostAFixedNumberOfStatements() {
        Lessons lessons = lessons();
        Learner me = learner();
        List<Note> written = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            written.add(notes.add(me.id(), i % 2 == 0 ? lessons.first().id() : lessons.second().id(), NoteDetails.of("n" + i)));
        }
        Project project = projects.create(me.id(), lessons.course().id(), shop().isPublic(true).build());

        kit().expected("note on a lesson").assertMatches(
                statements.count(() -> notes.add(me.id(), lessons.first().id(), NoteDetails.of("counted"))));
        kit().expected("like a project").assertMatches(statements.count(() -> projects.like(me.id(), project.id())));
        kit().expected("unlike a project").assertMatches(statements.count(() -> projects.unlike(me.id(), project.id())));
        kit().expected("project gallery page").assertMatches(
                statements.count(() -> projects.gallery(GalleryOrder.FEATURED, CursorRequest.first(5))));
        var page = statements.count(() -> notes.mineInCourse(me.id(), lessons.course().id(), CursorRequest.first(5)));
        kit().expected("my notes in a course page").assertMatches(page);
        assertEquals(written.subList(0, 5), page.result().content());
        kit().expected("my notes in a course page").assertMatches(statements.count(
                () -> notes.mineInCourse(me.id(), lessons.course().id(), CursorRequest.after(page.result().nextCursor().orElseThrow(), 5))));
    }

    // ---------------------------------------------------------------- helpers

    /** Every page of a list, read with pages of {@code size}. */
    private static <T> List<List<T>> pages(Function<CursorRequest, CursoredPage<T>> list, int size) {
        List<List<T>> pages = new ArrayList<>();
        CursoredPage<T> page = list.apply(CursorRequest.first(size));
        pages.add(page.content());
        while (page.hasNext()) {
            page = list.apply(CursorRequest.after(page.nextCursor().orElseThrow(), size));
            pages.add(page.content());
        }
        return pages;
    }

    private static Comparator<Project> byId() {
        return Comparator.comparing(Project::id);
    }

    private static void assertInvalid(String field, Executable call) {
        InvalidInputException error = assertThrows(InvalidInputException.class, call);
        assertEquals(field, error.field(), error.getMessage());
    }

    private static void assertNotFound(String entity, Executable call) {
        assertEquals(entity, assertThrows(NotFoundException.class, call).entity());
    }
}
