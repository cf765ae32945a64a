package org.learningstore.core.assessment;

import java.util.List;

/**
 * An attempt as its learner sees it: the questions in the attempt's order, each with the
 * learner's answer (or null). Answer keys, explanations and per-answer correctness appear only
 * when the show-answers rule allows them.
 */
public record AttemptView(Attempt attempt, List<Item> items, boolean answersShown) {
    public AttemptView {
        items = List.copyOf(items);
    }

    public record Item(QuestionView question, Answer answer) {
    }
}
