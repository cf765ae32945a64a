package org.learningstore.examples.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StatementListener;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.engagement.Leaderboard;
import org.learningstore.core.engagement.LeaderboardEntry;
import org.learningstore.core.engagement.XpLedger;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;

/**
 * Leaderboard reads at scale: loads {@code --learners} learners (default 100,000) through the
 * API, each paid one amount of XP (1..5,000, so ties are common) by the host, half of them on one
 * course and the second half after a window starts; then times, on one thread, a first and a deep
 * page (20 a page) of the global, course and windowed boards, one learner's standing (5
 * neighbours) and a learner's stats (which carry the global rank). The deep page of the global
 * board is {@code --deep-page}, by default the middle of the learners loaded.
 *
 * <pre>
 * ./mvnw -q -pl examples/bench -am -DskipTests -Pleaderboard-bench package -Dexec.args="--db /tmp/lb.db"
 * </pre>
 */
public final class LeaderboardBench {
    private static final int PAGE = 20;

    private LeaderboardBench() {
    }

    public static void main(String[] args) {
        String db = argument(args, "--db", "/tmp/leaderboard-bench.db");
        int learners = Integer.parseInt(argument(args, "--learners", "100000"));
        int threads = Integer.parseInt(argument(args, "--threads", "8"));
        int runs = Integer.parseInt(argument(args, "--ops", "200"));
        try (Target target = Target.open(db, StatementListener.NONE)) {
            LearningStore store = target.store();
            Course course = store.catalog().createCourse(CourseDetails.builder("leaderboard-bench-" + System.nanoTime(),
                    "Leaderboard bench").build());
            XpLedger xp = store.engagement().xp();
            List<UUID> ids = Collections.synchronizedList(new ArrayList<>());
            long loadStart = System.nanoTime();
            load(learners / 2, threads, i -> ids.add(award(store, xp, i, course.id())));
            Instant since = Instant.now();
            load(learners - learners / 2, threads, i -> ids.add(award(store, xp, learners / 2 + i, null)));
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            System.out.printf("%s: %,d learners loaded in %.1f s%n%n", target.description(), learners, loadSeconds);
            System.out.println("| read | p50 ms | p99 ms | result |");
            System.out.println("|---|---:|---:|---|");
            var boards = store.engagement().leaderboards();
            Random random = new Random(42);
            long deep = Long.parseLong(argument(args, "--deep-page", String.valueOf(learners / 2 / PAGE)));
            time("global board, page 1", runs, () -> describe(boards.page(Leaderboard.global(), PageRequest.ofSize(PAGE))));
            time("global board, page " + deep, runs, () -> describe(boards.page(Leaderboard.global(), PageRequest.ofPage(deep, PAGE))));
            time("course board, page 1", runs, () -> describe(boards.page(Leaderboard.course(course.id()), PageRequest.ofSize(PAGE))));
            time("window board (since), page 1", runs,
                    () -> describe(boards.page(Leaderboard.global().since(since), PageRequest.ofSize(PAGE))));
            time("standing, global, 5 neighbours", runs, () -> boards.standing(Leaderboard.global(),
                    ids.get(random.nextInt(ids.size())), 5).map(s -> "rank " + s.learner().rank()).orElseThrow());
            time("standing, window, 5 neighbours", runs, () -> boards.standing(Leaderboard.global().since(since),
                    ids.get(learners - 1 - random.nextInt(learners / 2)), 5).map(s -> "rank " + s.learner().rank()).orElse("-"));
            time("learner stats (with global rank)", runs,
                    () -> "rank " + store.progress().stats(ids.get(random.nextInt(ids.size()))).globalRank());
        }
    }

    private static UUID award(LearningStore store, XpLedger xp, int index, UUID courseId) {
        UUID learner = store.learners().createAnonymous().id();
        int amount = 1 + new Random(index).nextInt(5_000);
        xp.award(learner, amount, "bench", "bench:" + index, courseId);
        return learner;
    }

    private static void load(int count, int threads, IntConsumer task) {
        Workers.forEach(count, threads, task);
    }

    private static String describe(Page<LeaderboardEntry> page) {
        LeaderboardEntry first = page.content().get(0);
        return page.totalElements() + " on the board, first shown rank " + first.rank() + " (" + first.xp() + " XP)";
    }

    private interface Read {
        String run();
    }

    private static void time(String name, int runs, Read read) {
        for (int i = 0; i < 20; i++) {
            read.run();
        }
        long[] nanos = new long[runs];
        String result = "";
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = read.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("| %s | %.2f | %.2f | %s |%n", name, nanos[runs / 2] / 1e6, nanos[(int) Math.ceil(runs * 0.99) - 1] / 1e6,
                result);
    }

    private static String argument(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
