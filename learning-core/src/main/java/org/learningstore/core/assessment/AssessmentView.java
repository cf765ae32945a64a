package org.learningstore.core.assessment;

import java.util.List;

/** An assessment and its questions as one learner may see them now. */
public record AssessmentView(Assessment assessment, List<QuestionView> questions, boolean answersShown) {
    public AssessmentView {
        questions = List.copyOf(questions);
    }
}
