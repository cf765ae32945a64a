package org.learningstore.examples.quickstart;

import java.io.PrintStream;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.LearningStore;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.engagement.Discussions;
import org.learningstore.core.engagement.Post;
import org.learningstore.core.engagement.ThreadDetails;
import org.learningstore.core.engagement.VoteDirection;

/** The learner asks a question on a lesson, a classmate answers, and the learner accepts the answer. */
final class DemoDiscussion {
    private DemoDiscussion() {
    }

    static void askAndAccept(LearningStore store, UUID courseId, Lesson lesson, UUID learner, PrintStream out) {
        Discussions discussions = store.engagement().discussions();
        UUID classmate = store.learners().createAnonymous().id();
        Post question = discussions.startThread(courseId, learner, ThreadDetails.question(
                "Why does a VAE sample its code?", "Why not decode the encoder's mean directly?")
                .onLesson(lesson.id()));
        Post answer = discussions.reply(question.id(), classmate,
                "Sampling trains nearby codes to decode alike, so new codes decode to sensible images.");
        discussions.vote(answer.id(), learner, VoteDirection.UP);
        discussions.acceptAnswer(question.id(), answer.id(), learner);

        out.printf("%nThe learner asks about \"%s\" and accepts a classmate's answer:%n", lesson.title());
        List<Post> thread = discussions.thread(question.id());
        Post root = thread.get(0);
        out.printf("  Q: %s (%s, %d %s)%n", root.title(), root.answered() ? "answered" : "open", root.replyCount(),
                root.replyCount() == 1 ? "reply" : "replies");
        for (Post reply : thread.subList(1, thread.size())) {
            out.printf("  %s A: %s (%+d)%s%n", "  ".repeat(reply.depth() - 1), reply.body(), reply.voteCount(),
                    reply.id().equals(root.acceptedAnswerId()) ? " [accepted]" : "");
        }
    }
}
