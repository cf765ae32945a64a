package org.learningstore.core.assessment;

import java.util.UUID;

/** What one question of a submitted attempt was graded against, kept so later edits never change the grade. */
public record GradedQuestion(UUID questionId, QuestionKind kind, int points, AnswerKey answerKey) {
    public static GradedQuestion of(Question question) {
        return new GradedQuestion(question.id(), question.details().kind(), question.details().points(),
                question.details().answerKey());
    }
}
