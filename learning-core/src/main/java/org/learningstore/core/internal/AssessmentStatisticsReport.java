package org.learningstore.core.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.port.AssessmentDefinitions;
import org.learningstore.core.port.ReportQueries;
import org.learningstore.core.port.ReportQueries.AssessmentFigures;
import org.learningstore.core.port.ReportQueries.AttemptFigures;
import org.learningstore.core.port.ReportQueries.QuestionFigures;
import org.learningstore.core.port.ReportQueries.ResponseCount;
import org.learningstore.core.report.AssessmentStatistics;
import org.learningstore.core.report.AttemptSelection;
import org.learningstore.core.internal.work.UnitsOfWork;
import org.learningstore.core.internal.work.Existing;

/** Assessment statistics: the assessment and its questions, then the sums of the selected attempts. */
final class AssessmentStatisticsReport {
    private final UnitsOfWork units;
    private final AssessmentDefinitions definitions;
    private final ReportQueries queries;

    AssessmentStatisticsReport(UnitsOfWork units, AssessmentDefinitions definitions, ReportQueries queries) {
        this.units = units;
        this.definitions = definitions;
        this.queries = queries;
    }

    AssessmentStatistics of(UUID assessmentId, AttemptSelection selection) {
        Checks.required("selection", selection);
        return units.read(() -> {
            Existing.of("assessment", assessmentId, definitions::find);
            List<Question> questions = definitions.questions(assessmentId);
            AssessmentFigures figures = queries.assessmentFigures(assessmentId, selection == AttemptSelection.FIRST_ATTEMPTS);
            Map<UUID, QuestionFigures> sums = figures.questions().stream()
                    .collect(Collectors.toMap(QuestionFigures::questionId, Function.identity()));
            Map<UUID, List<ResponseCount>> responses = figures.responses().stream()
                    .collect(Collectors.groupingBy(ResponseCount::questionId));
            AttemptFigures attempts = figures.attempts();
            long n = attempts.attempts();
            return new AssessmentStatistics(assessmentId, selection, n, attempts.learners(),
                    n == 0 ? null : ReportFigures.twoDecimals(attempts.percentSum() / n),
                    n == 0 ? null : ReportFigures.percent(attempts.passed(), n),
                    attempts.histogram(),
                    questions.stream().map(question -> ItemAnalysis.of(question,
                            sums.getOrDefault(question.id(), new QuestionFigures(question.id(), 0, 0, 0, 0, 0, 0)),
                            responses.getOrDefault(question.id(), List.of()))).toList());
        });
    }
}
