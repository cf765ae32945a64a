package org.learningstore.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningstore.core.ConnectionSettings;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.Assessments;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.catalog.Catalog;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.CourseOutline;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.catalog.CourseSearchHit;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.Level;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.learner.LearnerProfile;
import org.learningstore.core.learner.OpenedSession;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.progress.DashboardEntry;
import org.learningstore.postgres.PostgresStores;
import org.learningstore.sqlite.SqliteStores;
import org.learningstore.sqlite.TursoStores;
import org.learningstore.sqlite.testing.SqliteStoreExtension;

/**
 * Every Java snippet of the README, in its order, as the body of a method between a
 * {@code // README snippet} line and a {@code // end of snippet} line; {@code ReadmeSnippetsTest}
 * checks that the README shows exactly these texts and runs the first on a SQLite file.
 * The methods' parameters are the values the README leaves to the reader.
 */
@SuppressWarnings("unused")
final class ReadmeSnippets {
    private ReadmeSnippets() {
    }

    static void addingItToYourApp(Path dataFile, String currentUserId, String ip, String userAgent) {
        // README snippet
        try (LearningStore store = SqliteStores.open(dataFile)) {   // or PostgresStores / TursoStores, below
            Catalog catalog = store.actingAs(currentUserId).catalog();   // audit entries name the actor

            Course course = catalog.createCourse(CourseDetails.builder("intro-to-ml", "Intro to ML")
                    .difficulty(Level.BEGINNER).tags("ml", "python").build());
            CourseModule basics = catalog.addModule(course.id(), ModuleDetails.of("Basics"));
            Lesson lesson = catalog.addLesson(basics.id(),
                    LessonDetails.builder("What is learning?").content("{\"blocks\":[]}").build());
            catalog.publishCourse(course.id());

            Page<Course> page = catalog.listCourses(
                    CourseQuery.all().withStatus(CourseStatus.PUBLISHED).withDifficulty(Level.BEGINNER),
                    PageRequest.ofSize(10));
            CourseOutline outline = catalog.outline(course.id()).orElseThrow();
            List<CourseSearchHit> hits = catalog.searchCourses("machine learning", 10);

            Assessments assessments = store.assessments();
            Assessment quiz = assessments.createLessonAssessment(lesson.id(), AssessmentDetails
                    .builder(AssessmentKind.QUIZ, "Check yourself").passingScore(70).maxAttempts(3).build());
            Question q = assessments.addQuestion(quiz.id(), QuestionDetails.trueFalse("Gradients point uphill.", true));

            Learner learner = store.learners().register(LearnerProfile.withEmail("ada@example.org", "Ada"));
            OpenedSession session = store.learners().openSession(learner.id(), Duration.ofDays(30), ip, userAgent);
            store.progress().enroll(learner.id(), course.id());
            Attempt attempt = assessments.startAttempt(quiz.id(), learner.id());
            assessments.answer(attempt.id(), q.id(), new Response.Truth(true), Duration.ofSeconds(12));
            Attempt graded = assessments.submitAttempt(attempt.id());  // also moves lesson progress and mastery
            Page<DashboardEntry> dashboard = store.progress().dashboard(learner.id(), PageRequest.ofSize(10));
        }
        // end of snippet
    }

    static void severalCallsInOneTransaction(LearningStore store) {
        // README snippet
        Course course = store.inTransaction(tx -> {
            Course created = tx.catalog().createCourse(CourseDetails.builder("rag-101", "RAG 101").build());
            tx.catalog().addModule(created.id(), ModuleDetails.of("Retrieval"));
            return created;   // both commit here; an exception thrown above rolls both back
        });
        // end of snippet
    }

    static void openOnPostgres(DataSource dataSource) {
        // README snippet
        LearningStore store = PostgresStores.open("jdbc:postgresql://localhost/app", "app",
                System.getenv("APP_DB_PASSWORD"), StoreOptions.defaults());
        // or on your own pool, with the store's tables in a schema you name (default "learning_store"):
        LearningStore onYourPool = PostgresStores.open(dataSource, "learning", StoreOptions.defaults());
        // end of snippet
    }

    static void migrateFromADeployStep(DataSource dataSource) {
        // README snippet
        PostgresStores.migrate(dataSource);                        // in the deploy pipeline
        LearningStore store = PostgresStores.open(dataSource,      // in the app
                StoreOptions.defaults().withMigrateOnOpen(false)
                        .withConnections(ConnectionSettings.DEFAULTS.withPoolSize(20)));
        // end of snippet
    }

    static void openOnSqlite() {
        // README snippet
        LearningStore store = SqliteStores.open(Path.of("data/learning.db"));
        // end of snippet
    }

    static void openOnTurso(String authToken) {
        // README snippet
        LearningStore store = TursoStores.open(URI.create("libsql://your-db.turso.io"), authToken);
        // end of snippet
    }

    /** A host's test class, as the README shows it (compiled here, run as the extension's own tests in learning-sqlite). */
    static class HostTest {
        // README snippet
        @RegisterExtension
        final SqliteStoreExtension stores = SqliteStoreExtension.create()
                .withClock(Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC));

        @Test
        void aNewLearnerStartsWithAnEmptyDashboard(LearningStore store) {   // a fresh store for each test
            Learner learner = store.learners().createAnonymous();
            assertEquals(List.of(), store.progress().dashboard(learner.id(), PageRequest.ofSize(10)).content());
        }
        // end of snippet
    }
}
