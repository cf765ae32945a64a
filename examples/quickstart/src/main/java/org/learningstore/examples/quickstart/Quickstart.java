package org.learningstore.examples.quickstart;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.catalog.Catalog;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseOutline;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.catalog.CourseSearchHit;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.engagement.AchievementCriteria;
import org.learningstore.core.engagement.AchievementDetails;
import org.learningstore.core.engagement.AchievementMetric;
import org.learningstore.core.engagement.Achievements;
import org.learningstore.core.engagement.EarnedAchievement;
import org.learningstore.core.engagement.Leaderboard;
import org.learningstore.core.engagement.LeaderboardEntry;
import org.learningstore.core.engagement.Leaderboards;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.progress.DashboardEntry;
import org.learningstore.core.progress.LearnerStats;
import org.learningstore.core.progress.Progress;
import org.learningstore.postgres.PostgresStores;
import org.learningstore.sqlite.SqliteStores;
import org.learningstore.sqlite.TursoStores;

/**
 * Opens (or creates) a store, loads the demo catalog once, and prints the catalog, one course
 * outline and a search; then a new learner enrolls, takes a quiz, earns an achievement and
 * shows on the leaderboard.
 *
 * <pre>
 * Quickstart                                  a SQLite file, learning-store-quickstart.db
 * Quickstart --db path/to/file.db             another SQLite file
 * Quickstart --db jdbc:postgresql://host/db   PostgreSQL (user and password in LEARNING_PG_USER, LEARNING_PG_PASSWORD)
 * Quickstart --db http://127.0.0.1:8080       Turso/libSQL (libsql://... too; token in LEARNING_TURSO_TOKEN)
 * </pre>
 */
public final class Quickstart {
    static final String DEFAULT_DATABASE = "learning-store-quickstart.db";
    private static final String FIRST_PASS = "first-pass";

    private Quickstart() {
    }

    public static void main(String[] args) {
        String target = databaseArgument(args);
        try (LearningStore store = open(target)) {
            run(store, System.out);
        }
    }

    static void run(LearningStore store, PrintStream out) {
        Catalog catalog = store.catalog();
        int added = DemoCatalog.load(store.actingAs("quickstart"));
        out.printf("Demo catalog: %d courses added, %d already there%n%n",
                added, DemoCatalog.COURSES.size() - added);

        out.println("Published courses, by title:");
        for (Course course : catalog.listCourses(CourseQuery.all().withStatus(CourseStatus.PUBLISHED),
                PageRequest.ofSize(20)).content()) {
            out.printf("  %-45s %-12s %4d min  tags: %s%n", course.title(), course.details().difficulty().code(),
                    course.details().estimatedMinutes(), String.join(", ", course.details().tags()));
        }

        Course genAi = catalog.findCourseBySlug(DemoCatalog.OUTLINED_SLUG).orElseThrow();
        CourseOutline outline = catalog.outline(genAi.id()).orElseThrow();
        out.printf("%nOutline of \"%s\":%n", outline.course().title());
        for (CourseOutline.ModuleOutline module : outline.modules()) {
            out.printf("  %d. %s%n", module.module().position(), module.module().title());
            for (CourseOutline.LessonOutline lesson : module.lessons()) {
                List<String> skills = lesson.skills().stream().map(s -> s.name()).toList();
                out.printf("     %d.%d %-40s %s%s%n", module.module().position(), lesson.lesson().position(),
                        lesson.lesson().title(), lesson.lesson().details().kind().code(),
                        skills.isEmpty() ? "" : "  skills: " + String.join(", ", skills));
            }
        }

        String query = "transformers";
        out.printf("%nSearch \"%s\":%n", query);
        for (CourseSearchHit hit : catalog.searchCourses(query, 5)) {
            out.printf("  %-45s rank %.3f%n", hit.course().title(), hit.rank());
        }

        Assessment quiz = DemoQuiz.forFirstLesson(store.actingAs("quickstart"), outline);
        Achievements achievements = store.engagement().achievements();
        if (achievements.findByCode(FIRST_PASS).isEmpty()) {
            achievements.define(new AchievementDetails(FIRST_PASS, "First pass", "Pass any assessment", "badge",
                    AchievementCriteria.of(AchievementMetric.ASSESSMENTS_PASSED, 1), 25, null));
        }
        UUID learner = store.learners().createAnonymous().id();
        Progress progress = store.progress();
        progress.enroll(learner, genAi.id());
        progress.enroll(learner, catalog.findCourseBySlug("neural-networks").orElseThrow().id());
        out.printf("%nA new learner takes \"%s\" (pass mark %d%%) twice:%n", quiz.title(), quiz.details().passingScore());
        for (Attempt attempt : DemoQuiz.takeTwice(store.assessments(), quiz, learner)) {
            out.printf("  attempt %d: %s, %.0f of %.0f points (%.0f%%), %s%n", attempt.number(), attempt.status().code(),
                    attempt.score(), attempt.maxScore(), attempt.percent(), attempt.passed() ? "passed" : "not passed");
        }
        Lesson second = outline.modules().get(0).lessons().get(1).lesson();
        progress.recordTime(learner, second.id(), Duration.ofMinutes(12));
        progress.completeLesson(learner, second.id());

        out.println("\nTheir dashboard, newest enrollment first:");
        for (DashboardEntry entry : progress.dashboard(learner, PageRequest.ofSize(10)).content()) {
            out.printf("  %-45s %5.1f%%  next: %s%n", entry.courseTitle(), entry.enrollment().progressPercent(),
                    entry.currentLessonTitle());
        }
        LearnerStats stats = progress.stats(learner);
        out.printf("Their stats: %d lessons completed, %d assessment passed, average score %.1f%%, %d min in lessons, "
                        + "a %d-day streak%n", stats.lessonsCompleted(), stats.assessmentsPassed(), stats.averageScore(),
                stats.timeSpent().toMinutes(), stats.streakDays());

        for (EarnedAchievement earned : achievements.earned(learner)) {
            out.printf("They earned \"%s\" (+%d XP)%n", earned.achievement().details().title(),
                    earned.achievement().details().xpReward());
        }
        Leaderboards leaderboards = store.engagement().leaderboards();
        Page<LeaderboardEntry> board = leaderboards.page(Leaderboard.global(), PageRequest.ofSize(3));
        out.printf("Their XP: %d, rank %d of %d on the all-time leaderboard%n", stats.totalXp(), stats.globalRank(),
                board.totalElements());
        out.println("Leaderboard, top 3:");
        for (LeaderboardEntry entry : board.content()) {
            out.printf("  %d. %s %d XP%s%n", entry.rank(), entry.displayName() == null ? "anonymous" : entry.displayName(),
                    entry.xp(), entry.learnerId().equals(learner) ? "  <- them" : "");
        }

        DemoDiscussion.askAndAccept(store, genAi.id(), outline.modules().get(0).lessons().get(0).lesson(), learner, out);
    }

    static String databaseArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--db=")) {
                return args[i].substring("--db=".length());
            }
        }
        return DEFAULT_DATABASE;
    }

    static LearningStore open(String target) {
        if (target.startsWith("jdbc:postgresql:")) {
            return PostgresStores.open(target, System.getenv("LEARNING_PG_USER"), System.getenv("LEARNING_PG_PASSWORD"),
                    StoreOptions.defaults());
        }
        if (target.startsWith("libsql://") || target.startsWith("http://") || target.startsWith("https://")) {
            return TursoStores.open(URI.create(target), System.getenv("LEARNING_TURSO_TOKEN"));
        }
        return SqliteStores.open(Path.of(target));
    }
}
