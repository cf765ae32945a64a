package org.learningstore.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learningstore.core.LearningStore;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.QuestionOption;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The example app on a random port over embedded PostgreSQL, called over real HTTP: the catalog, a
 * learner's enrollment, quiz and dashboard, a checkout that writes the app's table and the store in one
 * transaction, and the statement timers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.register(registry);
    }

    @LocalServerPort
    private int port;
    @Autowired
    private LearningStore store;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private MeterRegistry meters;

    private Course course;
    private Lesson firstLesson;
    private Lesson secondLesson;
    private Assessment quiz;
    private List<Question> questions;

    @BeforeAll
    void publishACourseWithAQuiz() {
        course = store.catalog().createCourse(CourseDetails.builder("spring-basics", "Spring basics").build());
        CourseModule module = store.catalog().addModule(course.id(), ModuleDetails.of("Getting started"));
        firstLesson = store.catalog().addLesson(module.id(), LessonDetails.builder("Beans").build());
        secondLesson = store.catalog().addLesson(module.id(), LessonDetails.builder("Transactions").build());
        store.catalog().publishCourse(course.id());
        quiz = store.assessments().createLessonAssessment(firstLesson.id(),
                AssessmentDetails.builder(AssessmentKind.QUIZ, "Beans quiz").passingScore(60).build());
        store.assessments().addQuestion(quiz.id(), QuestionDetails.singleChoice("Who creates beans?", List.of(
                QuestionOption.of("a", "The container"), QuestionOption.of("b", "The caller")), "a").withPoints(2));
        store.assessments().addQuestion(quiz.id(), QuestionDetails.trueFalse("A bean is a singleton by default.", true));
        questions = store.assessments().questions(quiz.id());
    }

    @Test
    void theCatalogListsThePublishedCourseAndItsOutline() throws IOException {
        JsonNode courses = call("GET", "/api/courses", null, 200);
        JsonNode outline = call("GET", "/api/courses/" + course.id() + "/outline", null, 200);

        assertEquals(json(List.of(Map.of("id", course.id(), "slug", "spring-basics", "title", "Spring basics"))), courses);
        assertEquals(json(Map.of("title", "Spring basics", "modules", List.of(Map.of("title", "Getting started",
                "lessons", List.of(Map.of("id", firstLesson.id(), "title", "Beans"),
                        Map.of("id", secondLesson.id(), "title", "Transactions")))))), outline);
        call("GET", "/api/courses/" + UUID.randomUUID() + "/outline", null, 404);
    }

    @Test
    void aLearnerEnrollsTakesTheQuizAndSeesTheCourseOnTheDashboard() throws IOException {
        String learner = call("POST", "/api/learners", null, 201).path("id").asText();

        JsonNode enrollment = call("POST", "/api/learners/" + learner + "/enrollments",
                Map.of("courseId", course.id()), 201);
        JsonNode attempt = call("POST", "/api/assessments/" + quiz.id() + "/attempts", Map.of("learnerId", learner), 201);
        String attemptId = attempt.path("id").asText();
        call("PUT", "/api/attempts/" + attemptId + "/answers/" + questions.get(0).id(),
                Map.of("choices", List.of("a"), "secondsSpent", 20), 204);
        call("PUT", "/api/attempts/" + attemptId + "/answers/" + questions.get(1).id(),
                Map.of("truth", false, "secondsSpent", 10), 204);
        JsonNode submitted = call("POST", "/api/attempts/" + attemptId + "/submission", null, 200);
        JsonNode dashboard = call("GET", "/api/learners/" + learner + "/dashboard", null, 200);

        assertEquals("ACTIVE", enrollment.path("status").asText());
        assertEquals(course.id().toString(), enrollment.path("courseId").asText());
        assertEquals(1, attempt.path("number").asInt());
        assertEquals("IN_PROGRESS", attempt.path("status").asText());
        assertEquals("SUBMITTED", submitted.path("status").asText());
        assertEquals(2.0, submitted.path("score").asDouble());
        assertEquals(3.0, submitted.path("maxScore").asDouble());
        assertEquals(true, submitted.path("passed").asBoolean());
        // passing the first lesson's quiz completed that lesson: half the course, the second lesson next
        assertEquals(JSON.readTree("""
                [{"courseTitle": "Spring basics", "status": "ACTIVE", "progressPercent": 50.0, "currentLessonTitle": "Transactions"}]
                """), dashboard);
    }

    @Test
    void aCheckoutCommitsTheAppsPurchaseAndTheStoresEnrollmentTogether() throws IOException {
        UUID learner = store.learners().createAnonymous().id();

        JsonNode enrollment = call("POST", "/api/checkout",
                Map.of("learnerId", learner, "courseId", course.id(), "priceCents", 4900), 201);

        assertEquals(List.of(4900), jdbc.queryForList("SELECT price_cents FROM purchases WHERE learner_id = ?",
                Integer.class, learner));
        assertEquals(Optional.of(enrollment.path("id").asText()),
                store.progress().enrollment(learner, course.id()).map(found -> found.id().toString()));
    }

    @Test
    void aDeclinedCheckoutRollsBackTheAppsPurchaseAndTheStoresEnrollment() throws IOException {
        UUID learner = store.learners().createAnonymous().id();

        JsonNode declined = call("POST", "/api/checkout",
                Map.of("learnerId", learner, "courseId", course.id(), "priceCents", 0), 402);

        assertEquals("the payment was declined", declined.path("detail").asText());
        assertEquals(0, jdbc.queryForObject("SELECT count(*) FROM purchases WHERE learner_id = ?", Integer.class, learner));
        assertEquals(0, jdbc.queryForObject("SELECT count(*) FROM learning_store.enrollments WHERE learner_id = ?",
                Integer.class, learner));
        assertEquals(Optional.empty(), store.progress().enrollment(learner, course.id()));
    }

    @Test
    void eachStatementOfACallIsTimedByKindAndOutcome() throws IOException {
        Map<String, Long> before = statementTimers();

        call("GET", "/api/courses/" + course.id() + "/outline", null, 200);

        Map<String, Long> after = statementTimers();
        var counted = new TreeMap<String, Long>();
        after.forEach((timer, count) -> {
            long added = count - before.getOrDefault(timer, 0L);
            if (added > 0) {
                counted.put(timer, added);
            }
        });
        // the outline's 4 statements (the README's table) and the one that puts the store's schema on the search path
        assertEquals(Map.of("select/succeeded", 5L), counted);
    }

    private Map<String, Long> statementTimers() {
        var counts = new TreeMap<String, Long>();
        for (Timer timer : meters.find(MicrometerStatementListener.TIMER).timers()) {
            counts.put(timer.getId().getTag("kind") + "/" + timer.getId().getTag("outcome"), timer.count());
        }
        return counts;
    }

    private JsonNode call(String method, String path, Object body, int expectedStatus) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException(interrupted);
        }
        assertEquals(expectedStatus, response.statusCode(), method + " " + path + ": " + response.body());
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private static JsonNode json(Object value) {
        return JSON.valueToTree(value);
    }
}
