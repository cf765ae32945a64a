package org.learningstore.examples.spring;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.learningstore.core.LearningStore;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.catalog.CourseOutline;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.progress.DashboardEntry;
import org.learningstore.core.progress.Enrollment;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The store over HTTP: the catalog, enrollment (free or bought), taking a quiz and the dashboard. */
@RestController
@RequestMapping("/api")
public class StoreApi {
    private static final PageRequest FIRST_PAGE = PageRequest.ofSize(50);

    private final LearningStore store;
    private final Checkout checkout;

    StoreApi(LearningStore store, Checkout checkout) {
        this.store = store;
        this.checkout = checkout;
    }

    record CourseSummary(UUID id, String slug, String title) {
    }

    record LessonSummary(UUID id, String title) {
    }

    record ModuleSummary(String title, List<LessonSummary> lessons) {
    }

    record OutlineView(String title, List<ModuleSummary> modules) {
    }

    record LearnerView(UUID id) {
    }

    record EnrollRequest(UUID courseId) {
    }

    record CheckoutRequest(UUID learnerId, UUID courseId, int priceCents) {
    }

    record EnrollmentView(UUID id, UUID courseId, String status, double progressPercent) {
        static EnrollmentView of(Enrollment enrollment) {
            return new EnrollmentView(enrollment.id(), enrollment.courseId(), enrollment.status().name(),
                    enrollment.progressPercent());
        }
    }

    record StartRequest(UUID learnerId) {
    }

    /** One of: the chosen option keys, a true/false answer, a number. */
    record AnswerRequest(Set<String> choices, Boolean truth, Double number, long secondsSpent) {
        Response response() {
            if (choices != null) {
                return new Response.Choices(choices);
            }
            if (truth != null) {
                return new Response.Truth(truth);
            }
            if (number != null) {
                return new Response.Number(number);
            }
            throw new InvalidInputException("response", "give choices, truth or number");
        }
    }

    record AttemptView(UUID id, int number, String status, List<UUID> questionOrder, Double score, Double maxScore,
                       Double percent, Boolean passed) {
        static AttemptView of(Attempt attempt) {
            return new AttemptView(attempt.id(), attempt.number(), attempt.status().name(), attempt.questionOrder(),
                    attempt.score(), attempt.maxScore(), attempt.percent(), attempt.passed());
        }
    }

    record DashboardView(String courseTitle, String status, double progressPercent, String currentLessonTitle) {
        static DashboardView of(DashboardEntry entry) {
            return new DashboardView(entry.courseTitle(), entry.enrollment().status().name(),
                    entry.enrollment().progressPercent(), entry.currentLessonTitle());
        }
    }

    @GetMapping("/courses")
    List<CourseSummary> courses() {
        return store.catalog().listCourses(CourseQuery.all(), FIRST_PAGE).content().stream()
                .map(course -> new CourseSummary(course.id(), course.slug(), course.title())).toList();
    }

    @GetMapping("/courses/{courseId}/outline")
    OutlineView outline(@PathVariable UUID courseId) {
        CourseOutline outline = store.catalog().outline(courseId)
                .orElseThrow(() -> new NotFoundException("course", courseId));
        return new OutlineView(outline.course().title(), outline.modules().stream()
                .map(module -> new ModuleSummary(module.module().title(), module.lessons().stream()
                        .map(lesson -> new LessonSummary(lesson.lesson().id(), lesson.lesson().title())).toList()))
                .toList());
    }

    @PostMapping("/learners")
    @ResponseStatus(HttpStatus.CREATED)
    LearnerView newLearner() {
        return new LearnerView(store.learners().createAnonymous().id());
    }

    @PostMapping("/learners/{learnerId}/enrollments")
    @ResponseStatus(HttpStatus.CREATED)
    EnrollmentView enroll(@PathVariable UUID learnerId, @RequestBody EnrollRequest request) {
        return EnrollmentView.of(store.progress().enroll(learnerId, request.courseId()));
    }

    /** A paid seat: the app's purchase and the store's enrollment commit together or not at all. */
    @PostMapping("/checkout")
    @ResponseStatus(HttpStatus.CREATED)
    EnrollmentView checkout(@RequestBody CheckoutRequest request) {
        return EnrollmentView.of(checkout.buySeat(request.learnerId(), request.courseId(), request.priceCents()));
    }

    @GetMapping("/learners/{learnerId}/dashboard")
    List<DashboardView> dashboard(@PathVariable UUID learnerId) {
        return store.progress().dashboard(learnerId, FIRST_PAGE).content().stream().map(DashboardView::of).toList();
    }

    @PostMapping("/assessments/{assessmentId}/attempts")
    @ResponseStatus(HttpStatus.CREATED)
    AttemptView startAttempt(@PathVariable UUID assessmentId, @RequestBody StartRequest request) {
        return AttemptView.of(store.assessments().startAttempt(assessmentId, request.learnerId()));
    }

    @PutMapping("/attempts/{attemptId}/answers/{questionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void answer(@PathVariable UUID attemptId, @PathVariable UUID questionId, @RequestBody AnswerRequest request) {
        store.assessments().answer(attemptId, questionId, request.response(), Duration.ofSeconds(request.secondsSpent()));
    }

    @PostMapping("/attempts/{attemptId}/submission")
    AttemptView submit(@PathVariable UUID attemptId) {
        return AttemptView.of(store.assessments().submitAttempt(attemptId));
    }
}
