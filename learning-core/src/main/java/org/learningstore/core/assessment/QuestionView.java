package org.learningstore.core.assessment;

import java.util.List;
import java.util.UUID;

/**
 * A question as a learner sees it: {@code answerKey} and {@code explanation} are null unless
 * the assessment's show-answers rule allows them for that learner now.
 */
public record QuestionView(
        UUID id,
        int position,
        QuestionKind kind,
        String prompt,
        List<QuestionOption> options,
        int points,
        int difficulty,
        AnswerKey answerKey,
        String explanation) {

    public static QuestionView of(Question question, int position, boolean answersShown) {
        QuestionDetails details = question.details();
        return new QuestionView(question.id(), position, details.kind(), details.prompt(), details.options(),
                details.points(), details.difficulty(), answersShown ? details.answerKey() : null,
                answersShown ? details.explanation() : null);
    }
}
