package org.learningstore.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.QuestionView;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.contract.CountingStatements;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.progress.StudyMode;
import org.learningstore.core.progress.StudyScope;
import org.learningstore.core.progress.StudySession;

/** On Turso every request is a round trip: the dashboard is one, the next study questions two (the session, then its candidates). */
class ProgressTursoRoundTripsTest {

    @Test
    void theDashboardIsOneRoundTripAndStudyQuestionsTwo() {
        CountingStatements counting = new CountingStatements();
        TursoTestServer server = TursoTestServer.shared();
        try (LearningStore store = TursoStores.open(server.url(), server.token(), StoreOptions.defaults().withStatementListener(counting))) {
            Course course = store.catalog().createCourse(CourseDetails.builder("trips-zq" + System.nanoTime(), "Trips").build());
            CourseModule module = store.catalog().addModule(course.id(), ModuleDetails.of("Only"));
            store.catalog().addLesson(module.id(), LessonDetails.builder("Only").build());
            store.catalog().publishCourse(course.id());
            Assessment quiz = store.assessments().createCourseAssessment(course.id(), AssessmentDetails.builder(AssessmentKind.QUIZ, "Q").build());
            store.assessments().addQuestion(quiz.id(), QuestionDetails.trueFalse("True?", true));
            Learner learner = store.learners().createAnonymous();
            store.progress().enroll(learner.id(), course.id());
            StudySession session = store.progress().startStudySession(learner.id(), StudyScope.course(course.id()), StudyMode.PRACTICE, 1, 5);

            var dashboard = counting.count(() -> store.progress().dashboard(learner.id(), PageRequest.ofSize(10)));
            var next = counting.count(() -> store.progress().nextQuestions(session.id(), 10));

            assertEquals(1, dashboard.roundTrips(), dashboard.statements().toString());
            assertEquals(2, dashboard.statements().size(), dashboard.statements().toString());
            assertEquals(1, dashboard.result().totalElements());
            assertEquals(2, next.roundTrips(), next.statements().toString());
            assertEquals(List.of(1), next.result().stream().map(QuestionView::position).toList());
        }
    }
}
