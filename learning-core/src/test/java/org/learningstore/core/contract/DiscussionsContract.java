package org.learningstore.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.audit.AuditEntry;
import org.learningstore.core.catalog.Catalog;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.contract.CatalogContract.Outcome;
import org.learningstore.core.engagement.Discussions;
import org.learningstore.core.engagement.Post;
import org.learningstore.core.engagement.ThreadDetails;
import org.learningstore.core.engagement.ThreadQuery;
import org.learningstore.core.engagement.ThreadSort;
import org.learningstore.core.engagement.VoteDirection;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.error.RuleViolationException;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.paging.CursorRequest;
import org.learningstore.core.paging.CursoredPage;

/** Course discussions: threads of any depth, accepted answers, votes under concurrency, listings, moderation. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DiscussionsContract {
    private static final Instant START = Instant.parse("2026-10-01T09:00:00Z");

    protected final MutableClock clock = new MutableClock(START);
    protected final CountingStatements statements = new CountingStatements();
    protected LearningStore store;
    protected Catalog catalog;
    protected Discussions discussions;

    /** The kit that nests this group: it opens the backend's store. */
    protected abstract StoreCompatibilityKit kit();

    @BeforeAll
    void openStore() {
        store = kit().openStore(new StoreOptions(clock, statements));
        catalog = store.catalog();
        discussions = store.engagement().discussions();
    }

    @AfterAll
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private record Place(Course course, Lesson lesson) {
    }

    private Place place() {
        Course course = catalog.createCourse(CourseDetails.builder(CatalogContract.slug("talk"), "Talk " + CatalogContract.word()).build());
        CourseModule module = catalog.addModule(course.id(), ModuleDetails.of("Only"));
        Lesson lesson = catalog.addLesson(module.id(), LessonDetails.builder("Gradients").build());
        return new Place(catalog.publishCourse(course.id()), lesson);
    }

    private Learner learner() {
        return store.learners().createAnonymous();
    }

    private Instant tick() {
        return clock.advance(Duration.ofSeconds(1));
    }

    // ---------------------------------------------------------------- threads and replies

    @Test
    void aThreadOnALessonTakesRepliesOfAnyDepth() {
        Place place = place();
        Learner asker = learner();
        Learner helper = learner();
        Instant asked = tick();

        Post root = discussions.startThread(place.course().id(), asker.id(),
                ThreadDetails.question("Why gradients?", "What do they point at?").onLesson(place.lesson().id()));
        Instant replied = tick();
        Post reply = discussions.reply(root.id(), helper.id(), "Uphill.");
        Instant nested = tick();
        Post deeper = discussions.reply(reply.id(), asker.id(), "Thanks, and downhill?");

        assertEquals(new Post(root.id(), place.course().id(), place.lesson().id(), asker.id(), root.id(), null, 0,
                "Why gradients?", "What do they point at?", true, null, 0, 1, 1, asked, asked, null),
                discussions.post(root.id()).orElseThrow());
        assertEquals(new Post(reply.id(), place.course().id(), place.lesson().id(), helper.id(), root.id(), root.id(), 1,
                null, "Uphill.", false, null, 0, 1, 1, replied, replied, null), discussions.post(reply.id()).orElseThrow());
        assertEquals(new Post(deeper.id(), place.course().id(), place.lesson().id(), asker.id(), root.id(), reply.id(), 2,
                null, "Thanks, and downhill?", false, null, 0, 0, 1, nested, nested, null), deeper);
        assertEquals(List.of(root.id(), reply.id(), deeper.id()), ids(discussions.thread(deeper.id())));
        assertEquals(Optional.empty(), discussions.post(UUID.randomUUID()));
    }

    @Test
    void aThreadNeedsALiveCourseItsOwnLessonALearnerAndText() {
        Place place = place();
        Place other = place();
        Learner learner = learner();
        ThreadDetails details = ThreadDetails.discussion("Hello", "World");

        assertEquals("lessonId", assertThrows(InvalidInputException.class, () -> discussions.startThread(place.course().id(),
                learner.id(), details.onLesson(other.lesson().id()))).field());
        assertNotFound("lesson", () -> discussions.startThread(place.course().id(), learner.id(), details.onLesson(UUID.randomUUID())));
        assertNotFound("course", () -> discussions.startThread(UUID.randomUUID(), learner.id(), details));
        assertNotFound("learner", () -> discussions.startThread(place.course().id(), UUID.randomUUID(), details));
        assertEquals("title", assertThrows(InvalidInputException.class, () -> ThreadDetails.discussion(" ", "x")).field());
        assertEquals("body", assertThrows(InvalidInputException.class, () -> ThreadDetails.question("x", "")).field());
        Post root = discussions.startThread(place.course().id(), learner.id(), details);
        assertEquals("body", assertThrows(InvalidInputException.class, () -> discussions.reply(root.id(), learner.id(), " ")).field());
        assertNotFound("post", () -> discussions.reply(UUID.randomUUID(), learner.id(), "x"));
        assertNotFound("learner", () -> discussions.reply(root.id(), UUID.randomUUID(), "x"));
        catalog.deleteCourse(other.course().id());
        assertNotFound("course", () -> discussions.startThread(other.course().id(), learner.id(), details));
        assertEquals(List.of(root), discussions.thread(root.id()), "the failed calls wrote nothing");
    }

    @Test
    void aThreadReadsInThreadOrderEachReplyAfterItsParentSiblingsOldestFirst() {
        Place place = place();
        Learner learner = learner();
        Post root = discussions.startThread(place.course().id(), learner.id(), ThreadDetails.discussion("Order", "Tree"));
        tick();
        Post a = discussions.reply(root.id(), learner.id(), "a");
        Post b = discussions.reply(root.id(), learner.id(), "b");
        Post a1 = discussions.reply(a.id(), learner.id(), "a1");
        Post b1 = discussions.reply(b.id(), learner.id(), "b1");
        Post a2 = discussions.reply(a.id(), learner.id(), "a2");
        Post a11 = discussions.reply(a1.id(), learner.id(), "a11");

        List<Post> thread = discussions.thread(b1.id());

        assertEquals(List.of(root.id(), a.id(), a1.id(), a11.id(), a2.id(), b.id(), b1.id()), ids(thread));
        assertEquals(List.of(0, 1, 2, 3, 2, 1, 2), thread.stream().map(Post::depth).toList());
        assertEquals(List.of(2, 2, 1, 0, 0, 1, 0), thread.stream().map(Post::replyCount).toList());
        assertNotFound("post", () -> discussions.thread(UUID.randomUUID()));
    }

    @Test
    void aDeepThreadReadsInTheSameStatementsAsAFlatOne() {
        Place place = place();
        Learner learner = learner();
        Post flat = discussions.startThread(place.course().id(), learner.id(), ThreadDetails.discussion("Flat", "Flat"));
        Post deep = discussions.startThread(place.course().id(), learner.id(), ThreadDetails.discussion("Deep", "Deep"));
        Post parent = deep;
        for (int depth = 1; depth <= 30; depth++) {
            parent = discussions.reply(parent.id(), learner.id(), "level " + depth);
        }
        UUID deepest = parent.id();

        var flatRead = statements.count(() -> discussions.thread(flat.id()));
        var deepRead = statements.count(() -> discussions.thread(deepest));

        assertEquals(1, flatRead.result().size());
        assertEquals(IntStream.rangeClosed(0, 30).boxed().toList(), deepRead.result().stream().map(Post::depth).toList());
        assertEquals(deepest, deepRead.result().get(30).id());
        kit().expected("discussion thread").assertMatches(flatRead);
        kit().expected("discussion thread").assertMatches(deepRead);
    }

    // ---------------------------------------------------------------- editing

    @Test
    void onlyTheAuthorEditsAPostOnTheVersionLastRead() {
        Place place = place();
        Learner author = learner();
        Learner other = learner();
        Post root = discussions.startThread(place.course().id(), author.id(), ThreadDetails.discussion("Draft", "Body"));
        Post reply = discussions.reply(root.id(), other.id(), "Reply");
        Instant edited = tick();

        Post changed = discussions.edit(root.id(), author.id(), "Final", "Better body", 1);

        assertEquals(new Post(root.id(), root.courseId(), null, author.id(), root.id(), null, 0, "Final", "Better body",
                false, null, 0, 1, 2, root.createdAt(), edited, null), changed);
        assertEquals(changed, discussions.post(root.id()).orElseThrow());
        assertEquals("post.not_author", assertThrows(RuleViolationException.class,
                () -> discussions.edit(root.id(), other.id(), "Mine", "Mine", 2)).rule());
        assertEquals("version", assertThrows(ConflictException.class,
                () -> discussions.edit(root.id(), author.id(), "Old", "Old", 1)).field());
        assertEquals("title", assertThrows(InvalidInputException.class,
                () -> discussions.edit(reply.id(), other.id(), "Title", "Reply", 1)).field());
        assertEquals("title", assertThrows(InvalidInputException.class,
                () -> discussions.edit(root.id(), author.id(), null, "Body", 2)).field());
        assertEquals("Reply again", discussions.edit(reply.id(), other.id(), null, "Reply again", 1).body());
        assertEquals(changed, discussions.post(root.id()).orElseThrow(), "the refused edits wrote nothing");
    }

    // ---------------------------------------------------------------- accepted answers

    @Test
    void theQuestionsAuthorAcceptsOneReplyOfItsThread() {
        Place place = place();
        Learner asker = learner();
        Learner helper = learner();
        Learner bystander = learner();
        Post question = discussions.startThread(place.course().id(), asker.id(), ThreadDetails.question("How?", "How so?"));
        Post answer = discussions.reply(question.id(), helper.id(), "Like this.");
        Post nested = discussions.reply(answer.id(), bystander.id(), "Or like that.");
        Post own = discussions.reply(question.id(), asker.id(), "Found it myself.");
        Post elsewhere = discussions.reply(
                discussions.startThread(place.course().id(), asker.id(), ThreadDetails.question("Other?", "?")).id(),
                helper.id(), "Elsewhere.");
        Post discussion = discussions.startThread(place.course().id(), asker.id(), ThreadDetails.discussion("Chat", "Chat"));
        Post chatReply = discussions.reply(discussion.id(), helper.id(), "Chat back");

        assertRule("post.not_question_author", () -> discussions.acceptAnswer(question.id(), answer.id(), bystander.id()));
        assertRule("post.not_in_thread", () -> discussions.acceptAnswer(question.id(), elsewhere.id(), asker.id()));
        assertRule("post.not_in_thread", () -> discussions.acceptAnswer(question.id(), question.id(), asker.id()));
        assertRule("post.not_a_question", () -> discussions.acceptAnswer(discussion.id(), chatReply.id(), asker.id()));
        assertRule("post.not_a_question", () -> discussions.acceptAnswer(answer.id(), nested.id(), helper.id()));
        assertRule("post.own_answer", () -> discussions.acceptAnswer(question.id(), own.id(), asker.id()));
        assertNotFound("post", () -> discussions.acceptAnswer(question.id(), UUID.randomUUID(), asker.id()));
        assertEquals(new Post(question.id(), place.course().id(), null, asker.id(), question.id(), null, 0, "How?", "How so?",
                true, null, 0, 2, 1, question.createdAt(), question.createdAt(), null),
                discussions.post(question.id()).orElseThrow(), "refusals wrote nothing");
        Instant accepted = tick();

        Post answered = discussions.acceptAnswer(question.id(), nested.id(), asker.id());

        assertEquals(new Post(question.id(), place.course().id(), null, asker.id(), question.id(), null, 0, "How?", "How so?",
                true, nested.id(), 0, 2, 2, question.createdAt(), accepted, null), answered);
        assertTrue(answered.answered());
        assertEquals(answered, discussions.post(question.id()).orElseThrow());
        tick();
        assertEquals(answered, discussions.acceptAnswer(question.id(), nested.id(), asker.id()), "accepting it again changes nothing");
        assertRule("post.already_answered", () -> discussions.acceptAnswer(question.id(), answer.id(), asker.id()));
    }

    // ---------------------------------------------------------------- votes

    @Test
    void aVoterHasOneVoteOnAPostThatChangesOrIsWithdrawn() {
        Place place = place();
        Learner author = learner();
        Learner voter = learner();
        Learner another = learner();
        Post post = discussions.startThread(place.course().id(), author.id(), ThreadDetails.discussion("Vote", "On me"));

        discussions.vote(post.id(), voter.id(), VoteDirection.UP);
        discussions.vote(post.id(), voter.id(), VoteDirection.UP);
        discussions.vote(post.id(), another.id(), VoteDirection.UP);
        assertEquals(2, voteCount(post));
        assertEquals(2, storedVoteSum(post));

        discussions.vote(post.id(), voter.id(), VoteDirection.DOWN);
        assertEquals(0, voteCount(post));
        discussions.withdrawVote(post.id(), another.id());
        discussions.withdrawVote(post.id(), another.id());
        assertEquals(-1, voteCount(post));
        assertEquals(-1, storedVoteSum(post));
        assertEquals(1, storedVotes(post).size());

        assertRule("post.own_vote", () -> discussions.vote(post.id(), author.id(), VoteDirection.UP));
        assertNotFound("post", () -> discussions.vote(UUID.randomUUID(), voter.id(), VoteDirection.UP));
        assertNotFound("learner", () -> discussions.vote(post.id(), UUID.randomUUID(), VoteDirection.UP));
        assertEquals("direction", assertThrows(InvalidInputException.class, () -> discussions.vote(post.id(), voter.id(), null)).field());
        assertEquals(-1, voteCount(post));
        assertEquals(1, discussions.post(post.id()).orElseThrow().version(), "votes leave the post's version alone");
    }

    @Test
    void sixteenVotersVotingAndChangingVotesAtOnceLeaveTheCountEqualToTheVotes() throws Exception {
        Place place = place();
        Learner author = learner();
        Post post = discussions.startThread(place.course().id(), author.id(), ThreadDetails.discussion("Race", "Vote now"));
        List<Learner> voters = IntStream.range(0, 16).mapToObj(i -> learner()).toList();

        List<Outcome<Boolean>> first = CatalogContract.concurrently(16, i -> {
            discussions.vote(post.id(), voters.get(i).id(), i % 4 == 3 ? VoteDirection.DOWN : VoteDirection.UP);
            return true;
        });
        assertEquals(List.of(), CatalogContract.failures(first));
        assertEquals(12 - 4, voteCount(post));

        // each voter changes its vote while the others do: up to down, down to up, or withdrawn
        List<Outcome<Boolean>> second = CatalogContract.concurrently(16, i -> {
            Learner voter = voters.get(i);
            switch (i % 4) {
                case 0 -> discussions.vote(post.id(), voter.id(), VoteDirection.DOWN);
                case 1 -> discussions.withdrawVote(post.id(), voter.id());
                case 2 -> discussions.vote(post.id(), voter.id(), VoteDirection.UP);
                default -> discussions.vote(post.id(), voter.id(), VoteDirection.UP);
            }
            return true;
        });

        assertEquals(List.of(), CatalogContract.failures(second));
        // 4 down, 4 withdrawn, 4 up kept, 4 down turned up
        assertEquals(-4 + 4 + 4, voteCount(post));
        assertEquals(voteCount(post), storedVoteSum(post));
        assertEquals(12, storedVotes(post).size());
    }

    @Test
    void castingAVoteCostsAFixedNumberOfStatementsAndRoundTrips() {
        Place place = place();
        Post post = discussions.startThread(place.course().id(), learner().id(), ThreadDetails.discussion("Count", "Me"));
        Learner voter = learner();

        var first = statements.count(() -> {
            discussions.vote(post.id(), voter.id(), VoteDirection.UP);
            return null;
        });
        var changed = statements.count(() -> {
            discussions.vote(post.id(), voter.id(), VoteDirection.DOWN);
            return null;
        });

        kit().expected("discussion vote, first").assertMatches(first);
        kit().expected("discussion vote, changed").assertMatches(changed);
        assertEquals(-1, voteCount(post));
    }

    // ---------------------------------------------------------------- listings

    @Test
    void aCoursesThreadsListNewestFirstInStableCursorPages() {
        Place place = place();
        Learner learner = learner();
        List<Post> threads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tick();
            threads.add(discussions.startThread(place.course().id(), learner.id(), ThreadDetails.discussion("T" + i, "Body")));
        }
        Post onLesson = discussions.startThread(place.course().id(), learner.id(),
                ThreadDetails.question("On the lesson", "?").onLesson(place.lesson().id()));
        discussions.reply(threads.get(4).id(), learner.id(), "replies are not threads");
        ThreadQuery query = ThreadQuery.of(place.course().id());

        var firstRun = statements.count(() -> discussions.threads(query, CursorRequest.first(3)));
        CursoredPage<Post> first = firstRun.result();
        tick();
        Post newer = discussions.startThread(place.course().id(), learner.id(), ThreadDetails.discussion("Newer", "Body"));
        var secondRun = statements.count(() -> discussions.threads(query, CursorRequest.after(first.nextCursor().orElseThrow(), 3)));
        CursoredPage<Post> second = secondRun.result();

        assertEquals(List.of(onLesson.id(), threads.get(4).id(), threads.get(3).id()), ids(first.content()));
        assertEquals(List.of(threads.get(2).id(), threads.get(1).id(), threads.get(0).id()), ids(second.content()));
        assertFalse(second.hasNext());
        assertEquals(List.of(newer.id(), onLesson.id()), ids(discussions.threads(query, CursorRequest.first(2)).content()));
        assertEquals(List.of(onLesson.id()), ids(discussions.threads(query.onLesson(place.lesson().id()), CursorRequest.first(5)).content()));
        kit().expected("discussion threads page").assertMatches(firstRun);
        kit().expected("discussion threads page").assertMatches(secondRun);
        assertEquals("cursor", assertThrows(InvalidInputException.class, () -> discussions.threads(query.sortedBy(ThreadSort.VOTES),
                CursorRequest.after(first.nextCursor().orElseThrow(), 3))).field());
    }

    @Test
    void threadsListByVotesWithTheNewestFirstAmongEqualCounts() {
        Place place = place();
        Learner author = learner();
        List<Learner> voters = List.of(learner(), learner());
        List<Post> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            threads.add(discussions.startThread(place.course().id(), author.id(), ThreadDetails.discussion("V" + i, "Body")));
        }
        voters.forEach(voter -> discussions.vote(threads.get(1).id(), voter.id(), VoteDirection.UP));
        discussions.vote(threads.get(2).id(), voters.get(0).id(), VoteDirection.UP);
        discussions.vote(threads.get(3).id(), voters.get(0).id(), VoteDirection.DOWN);
        ThreadQuery query = ThreadQuery.of(place.course().id()).sortedBy(ThreadSort.VOTES);

        CursoredPage<Post> first = discussions.threads(query, CursorRequest.first(2));
        CursoredPage<Post> second = discussions.threads(query, CursorRequest.after(first.nextCursor().orElseThrow(), 2));

        assertEquals(List.of(threads.get(1).id(), threads.get(2).id()), ids(first.content()));
        assertEquals(List.of(2, 1), first.content().stream().map(Post::voteCount).toList());
        assertEquals(List.of(threads.get(0).id(), threads.get(3).id()), ids(second.content()));
        assertFalse(second.hasNext());
    }

    // ---------------------------------------------------------------- moderation

    @Test
    void aModeratorDeletesAndRestoresAPostWhichKeepsItsPlaceAndIsAudited() {
        Place place = place();
        Learner author = learner();
        Learner voter = learner();
        Discussions moderated = store.actingAs("moderator-7").engagement().discussions();
        Post root = discussions.startThread(place.course().id(), author.id(), ThreadDetails.discussion("Keep", "Shape"));
        Post middle = discussions.reply(root.id(), voter.id(), "Rude words");
        Post child = discussions.reply(middle.id(), author.id(), "Hey");
        Instant deleted = tick();

        Post hidden = moderated.delete(middle.id());

        assertEquals(new Post(middle.id(), place.course().id(), null, voter.id(), root.id(), root.id(), 1, null, null, false,
                null, 0, 1, 2, middle.createdAt(), deleted, deleted), hidden);
        assertTrue(hidden.deleted());
        assertEquals(List.of(root.id(), middle.id(), child.id()), ids(discussions.thread(root.id())));
        assertEquals(hidden, discussions.thread(root.id()).get(1));
        assertEquals(hidden, moderated.delete(middle.id()), "deleting again changes nothing");
        assertRule("post.deleted", () -> discussions.reply(middle.id(), author.id(), "Still there?"));
        assertRule("post.deleted", () -> discussions.vote(middle.id(), author.id(), VoteDirection.DOWN));
        assertRule("post.deleted", () -> discussions.edit(middle.id(), voter.id(), null, "Sorry", 2));
        Instant restored = tick();

        Post back = moderated.restore(middle.id());

        assertEquals(new Post(middle.id(), place.course().id(), null, voter.id(), root.id(), root.id(), 1, null, "Rude words",
                false, null, 0, 1, 3, middle.createdAt(), restored, null), back);
        List<AuditEntry> history = store.audit().history("discussion_post", middle.id());
        assertEquals(List.of(AuditAction.DELETED, AuditAction.RESTORED), history.stream().map(AuditEntry::action).toList());
        assertEquals(List.of("moderator-7", "moderator-7"), history.stream().map(AuditEntry::actor).toList());
        assertEquals(List.of(deleted, restored), history.stream().map(AuditEntry::at).toList());
        assertFalse(history.get(0).after().contains("Rude"), "the audit keeps no post text");
        assertNotFound("post", () -> moderated.delete(UUID.randomUUID()));
    }

    @Test
    void aDeletedThreadLeavesTheListingButReadsWhole() {
        Place place = place();
        Learner author = learner();
        Post kept = discussions.startThread(place.course().id(), author.id(), ThreadDetails.discussion("Kept", "Body"));
        Post gone = discussions.startThread(place.course().id(), author.id(), ThreadDetails.discussion("Gone", "Body"));
        Post reply = discussions.reply(gone.id(), author.id(), "Orphan?");

        store.actingAs("moderator-7").engagement().discussions().delete(gone.id());

        assertEquals(List.of(kept.id()), ids(discussions.threads(ThreadQuery.of(place.course().id()), CursorRequest.first(10)).content()));
        List<Post> thread = discussions.thread(reply.id());
        assertEquals(List.of(gone.id(), reply.id()), ids(thread));
        assertNull(thread.get(0).title());
        assertEquals("Orphan?", thread.get(1).body());
    }

    // ---------------------------------------------------------------- helpers

    private int voteCount(Post post) {
        return discussions.post(post.id()).orElseThrow().voteCount();
    }

    /** The stored votes of the post: each row of post_votes is post_id, voter_id, value, voted_at. */
    private List<Integer> storedVotes(Post post) {
        List<String> values = kit().storedValues("post_votes");
        List<Integer> votes = new ArrayList<>();
        for (int row = 0; row < values.size(); row += 4) {
            if (values.get(row).equals(post.id().toString())) {
                votes.add(Integer.parseInt(values.get(row + 2)));
            }
        }
        return votes;
    }

    private int storedVoteSum(Post post) {
        return storedVotes(post).stream().mapToInt(Integer::intValue).sum();
    }

    private static List<UUID> ids(List<Post> posts) {
        return posts.stream().map(Post::id).toList();
    }

    private static void assertRule(String rule, Executable call) {
        assertEquals(rule, assertThrows(RuleViolationException.class, call).rule());
    }

    private static void assertNotFound(String entity, Executable call) {
        assertEquals(entity, assertThrows(NotFoundException.class, call).entity());
    }
}
