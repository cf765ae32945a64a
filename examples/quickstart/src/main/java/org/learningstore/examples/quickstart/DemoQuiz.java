package org.learningstore.examples.quickstart;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.LearningStore;
import org.learningstore.core.assessment.AnswerKey;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.Assessments;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.QuestionOption;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.catalog.CourseOutline;
import org.learningstore.core.catalog.Lesson;

/** A quiz on the first lesson of a course, and a simulated learner who fails it once, then passes. */
final class DemoQuiz {
    private static final String TITLE = "Check your understanding";

    private DemoQuiz() {
    }

    /** The quiz of the outline's first lesson, created on first use. */
    static Assessment forFirstLesson(LearningStore store, CourseOutline outline) {
        Assessments assessments = store.assessments();
        Lesson lesson = outline.modules().get(0).lessons().get(0).lesson();
        return assessments.assessmentsOfCourse(outline.course().id()).stream()
                .filter(a -> lesson.id().equals(a.lessonId()) && a.title().equals(TITLE))
                .findFirst()
                .orElseGet(() -> create(assessments, lesson));
    }

    private static Assessment create(Assessments assessments, Lesson lesson) {
        Assessment quiz = assessments.createLessonAssessment(lesson.id(),
                AssessmentDetails.builder(AssessmentKind.QUIZ, TITLE).passingScore(75).maxAttempts(3)
                        .timeLimit(Duration.ofMinutes(10)).build());
        assessments.addQuestion(quiz.id(), QuestionDetails.singleChoice("What does a VAE learn?", List.of(
                QuestionOption.of("a", "A latent distribution it can sample from"),
                QuestionOption.of("b", "A lookup table of training images"),
                QuestionOption.of("c", "A discriminator")), "a").withPoints(2));
        assessments.addQuestion(quiz.id(), QuestionDetails.multipleChoice("Which are generative models?", List.of(
                QuestionOption.of("a", "GANs"), QuestionOption.of("b", "Diffusion models"),
                QuestionOption.of("c", "Logistic regression")), "a", "b").withPoints(2));
        assessments.addQuestion(quiz.id(), QuestionDetails.trueFalse("An autoencoder compresses its input.", true));
        assessments.addQuestion(quiz.id(), QuestionDetails.numeric("How many networks does a GAN train?", 2, 0));
        return quiz;
    }

    /** A first attempt with two mistakes, then a second with none. */
    static List<Attempt> takeTwice(Assessments assessments, Assessment quiz, UUID learner) {
        List<Attempt> results = new ArrayList<>();
        for (boolean careful : List.of(false, true)) {
            Attempt attempt = assessments.startAttempt(quiz.id(), learner);
            for (Question question : assessments.questions(quiz.id())) {
                assessments.answer(attempt.id(), question.id(), response(question, careful), Duration.ofSeconds(20));
            }
            results.add(assessments.submitAttempt(attempt.id()));
        }
        return results;
    }

    private static Response response(Question question, boolean careful) {
        AnswerKey key = question.details().answerKey();
        return switch (question.details().kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> careful
                    ? new Response.Choices(((AnswerKey.Choices) key).optionKeys())
                    : Response.Choices.of("c");
            case TRUE_FALSE -> new Response.Truth(((AnswerKey.Truth) key).value());
            case NUMERIC -> new Response.Number(((AnswerKey.Number) key).value());
            case SHORT_TEXT -> new Response.Text(((AnswerKey.Texts) key).accepted().get(0));
        };
    }
}
