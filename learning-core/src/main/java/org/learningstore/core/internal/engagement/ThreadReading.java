package org.learningstore.core.internal.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.engagement.Post;
import org.learningstore.core.engagement.ThreadQuery;
import org.learningstore.core.engagement.ThreadSort;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.work.UnitsOfWork;
import org.learningstore.core.paging.CursorRequest;
import org.learningstore.core.paging.CursoredPage;
import org.learningstore.core.port.DiscussionPosts.PostKey;
import org.learningstore.core.port.DiscussionPosts;

/** Posts, whole threads and thread listings, each one statement; deleted posts read hidden. */
public final class ThreadReading {
    private final UnitsOfWork units;
    private final DiscussionPosts posts;

    public ThreadReading(UnitsOfWork units, DiscussionPosts posts) {
        this.units = units;
        this.posts = posts;
    }

    Optional<Post> post(UUID postId) {
        Checks.required("postId", postId);
        return units.read(() -> posts.find(List.of(postId)).stream().findFirst().map(PostChanges::shown));
    }

    List<Post> thread(UUID postId) {
        Checks.required("postId", postId);
        List<Post> thread = units.read(() -> posts.thread(postId));
        if (thread.isEmpty()) {
            throw new NotFoundException("post", postId);
        }
        return thread.stream().map(PostChanges::shown).toList();
    }

    CursoredPage<Post> threads(ThreadQuery query, CursorRequest page) {
        Checks.required("query", query);
        Checks.required("page", page);
        String list = "threads:" + query.sort().name();
        boolean byVotes = query.sort() == ThreadSort.VOTES;
        PostKey after = page.after() == null ? null : KeysetPages.decode(list, page.after(), 2, v -> byVotes
                ? new PostKey(null, Integer.parseInt(v[0]), UUID.fromString(v[1]))
                : new PostKey(Checks.instant("cursor", Instant.parse(v[0])), 0, UUID.fromString(v[1])));
        List<Post> rows = units.read(() -> posts.threads(query.courseId(), query.lessonId(), query.sort(), after, page.size() + 1));
        return KeysetPages.page(rows, page.size(),
                last -> KeysetPages.encode(list, byVotes ? last.voteCount() : last.createdAt(), last.id()));
    }
}
