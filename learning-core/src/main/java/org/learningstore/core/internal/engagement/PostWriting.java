package org.learningstore.core.internal.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.learningstore.core.engagement.Post;
import org.learningstore.core.engagement.ThreadDetails;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.id.Ids;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.work.UnitsOfWork;
import org.learningstore.core.internal.work.Versions;
import org.learningstore.core.port.DiscussionPosts.PostAndLearner;
import org.learningstore.core.port.DiscussionPosts.PostingPlace;
import org.learningstore.core.port.DiscussionPosts;

/** Opening threads, replying and editing; a new post is rewarded in its own unit of work. */
public final class PostWriting {
    private static final Set<Class<? extends EngagementEvent>> WRITTEN = Set.of(EngagementEvent.PostWritten.class);

    private final UnitsOfWork units;
    private final Ids ids;
    private final DiscussionPosts posts;
    private final Rewards rewards;

    public PostWriting(UnitsOfWork units, Ids ids, DiscussionPosts posts, Rewards rewards) {
        this.units = units;
        this.ids = ids;
        this.posts = posts;
        this.rewards = rewards;
    }

    Post startThread(UUID courseId, UUID authorId, ThreadDetails details) {
        Checks.required("courseId", courseId);
        Checks.required("authorId", authorId);
        Checks.required("details", details);
        return units.write(() -> {
            PostingPlace place = posts.place(courseId, details.lessonId(), authorId);
            if (!place.courseLive()) {
                throw new NotFoundException("course", courseId);
            }
            if (details.lessonId() != null && place.lessonCourseId() == null) {
                throw new NotFoundException("lesson", details.lessonId());
            }
            if (details.lessonId() != null && !place.lessonCourseId().equals(courseId)) {
                throw new InvalidInputException("lessonId", "is not a lesson of the course");
            }
            requireLive(authorId, place.authorLive());
            Rewards.Before before = rewards.read(Set.of(authorId), WRITTEN);
            Instant now = units.now();
            UUID id = ids.next();
            Post post = new Post(id, courseId, details.lessonId(), authorId, id, null, 0, details.title(), details.body(),
                    details.question(), null, 0, 0, 1, now, now, null);
            posts.insert(post, id.toString());
            rewards.apply(before, List.of(new EngagementEvent.PostWritten(authorId, id, courseId, details.question())), now);
            return post;
        });
    }

    Post reply(UUID parentId, UUID authorId, String body) {
        Checks.required("parentId", parentId);
        Checks.required("authorId", authorId);
        String text = Checks.requiredText("body", body, ThreadDetails.MAX_BODY);
        return units.write(() -> {
            PostAndLearner found = posts.findWithLearner(parentId, authorId)
                    .orElseThrow(() -> new NotFoundException("post", parentId));
            requireLive(authorId, found.learnerLive());
            Post parent = found.post();
            DiscussionRules.requireNotDeleted(parent);
            Rewards.Before before = rewards.read(Set.of(authorId), WRITTEN);
            Instant now = units.now();
            UUID id = ids.next();
            Post post = new Post(id, parent.courseId(), parent.lessonId(), authorId, parent.rootId(), parent.id(),
                    parent.depth() + 1, null, text, false, null, 0, 0, 1, now, now, null);
            posts.insert(post, found.path() + "/" + id);
            posts.countReply(parent.id());
            rewards.apply(before, List.of(new EngagementEvent.PostWritten(authorId, id, parent.courseId(), false)), now);
            return post;
        });
    }

    Post edit(UUID postId, UUID authorId, String title, String body, long expectedVersion) {
        Checks.required("postId", postId);
        Checks.required("authorId", authorId);
        String text = Checks.requiredText("body", body, ThreadDetails.MAX_BODY);
        return units.write(() -> {
            Post post = posts.findWithLearner(postId, authorId).orElseThrow(() -> new NotFoundException("post", postId)).post();
            DiscussionRules.requireAuthor(post, authorId);
            DiscussionRules.requireNotDeleted(post);
            String newTitle = post.isRoot()
                    ? Checks.requiredText("title", title, ThreadDetails.MAX_TITLE)
                    : noTitle(title);
            Versions.requireCurrent("post", postId, expectedVersion, post.version());
            Post edited = PostChanges.edited(post, newTitle, text, units.now());
            posts.update(edited, post.version());
            return edited;
        });
    }

    private static String noTitle(String title) {
        if (title != null) {
            throw new InvalidInputException("title", "a reply has no title");
        }
        return null;
    }

    private static void requireLive(UUID learnerId, boolean live) {
        if (!live) {
            throw new NotFoundException("learner", learnerId);
        }
    }
}
