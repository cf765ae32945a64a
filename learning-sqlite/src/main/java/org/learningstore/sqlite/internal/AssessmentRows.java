package org.learningstore.sqlite.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningstore.core.assessment.Answer;
import org.learningstore.core.assessment.AnswerKey;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptOverride;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.assessment.GradedQuestion;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.QuestionKind;
import org.learningstore.core.assessment.QuestionOption;
import org.learningstore.core.assessment.QuestionStats;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.assessment.ShowAnswers;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.StoredShapes;

/**
 * The select lists of the assessment tables, the records their rows become, and the text of the
 * JSON the schema stores (options, answer keys, responses, question orders, what an attempt was
 * graded against), each in its {@link StoredShapes}.
 */
final class AssessmentRows {
    static final String ASSESSMENT_COLUMNS = """
            a.id, a.course_id, a.lesson_id, a.kind, a.title, a.description, a.passing_score, a.max_attempts, \
            a.time_limit_ms, a.randomize_questions, a.show_answers, a.partial_credit, a.version, a.created_at, \
            a.updated_at""";
    static final String QUESTION_COLUMNS = """
            q.id, q.assessment_id, q.position, q.kind, q.prompt, q.options, q.answer_key, q.explanation, q.points, \
            q.difficulty, q.skill_id, q.version, q.created_at, q.updated_at""";
    static final String ATTEMPT_COLUMNS = """
            t.id, t.assessment_id, t.learner_id, t.number, t.status, t.started_at, t.deadline, t.submitted_at, \
            t.score, t.max_score, t.percent, t.passed, t.previous_score, t.question_order, t.graded_against, \
            t.version, t.metadata, t.feedback""";
    static final String ANSWER_COLUMNS = """
            n.attempt_id, n.question_id, n.response, n.correct, n.points, n.answered_at, n.time_spent_ms, n.feedback""";
    static final String OVERRIDE_COLUMNS = "o.assessment_id, o.learner_id, o.extra_attempts, o.extra_time_ms";
    static final String STATS_COLUMNS = "s.question_id, s.times_answered, s.times_correct, s.total_time_ms";

    private final JsonCodec json;

    AssessmentRows(JsonCodec json) {
        this.json = json;
    }

    // rows to records

    Assessment assessment(Row row) {
        var details = new AssessmentDetails(
                AssessmentKind.fromCode(row.text("kind")),
                row.text("title"),
                row.text("description"),
                row.int32("passing_score"),
                row.nullableInteger("max_attempts"),
                row.duration("time_limit_ms"),
                row.flag("randomize_questions"),
                ShowAnswers.fromCode(row.text("show_answers")),
                row.flag("partial_credit"));
        return new Assessment(row.uuid("id"), row.uuid("course_id"), row.uuid("lesson_id"), details,
                row.integer("version"), row.instant("created_at"), row.instant("updated_at"));
    }

    Question question(Row row) {
        var details = new QuestionDetails(
                QuestionKind.fromCode(row.text("kind")),
                row.text("prompt"),
                StoredShapes.options(json.parse(row.text("options"))),
                StoredShapes.answerKey(json.parse(row.text("answer_key"))),
                row.text("explanation"),
                row.int32("points"),
                row.int32("difficulty"),
                row.uuid("skill_id"));
        return new Question(row.uuid("id"), row.uuid("assessment_id"), row.int32("position"), details,
                row.integer("version"), row.instant("created_at"), row.instant("updated_at"));
    }

    Attempt attempt(Row row) {
        return new Attempt(
                row.uuid("id"),
                row.uuid("assessment_id"),
                row.uuid("learner_id"),
                row.int32("number"),
                AttemptStatus.fromCode(row.text("status")),
                row.instant("started_at"),
                row.instant("deadline"),
                row.instant("submitted_at"),
                row.nullableReal("score"),
                row.nullableReal("max_score"),
                row.nullableReal("percent"),
                row.nullableFlag("passed"),
                row.nullableReal("previous_score"),
                StoredShapes.ids(json.parse(row.text("question_order"))),
                row.integer("version"),
                row.text("metadata"),
                row.text("feedback"));
    }

    /** What the attempt of this row was graded against; empty while it has not been graded. */
    List<GradedQuestion> gradedAgainst(Row row) {
        String stored = row.text("graded_against");
        return StoredShapes.gradedAgainst(stored == null ? null : json.parse(stored));
    }

    Answer answer(Row row) {
        return new Answer(
                row.uuid("attempt_id"),
                row.uuid("question_id"),
                StoredShapes.response(json.parse(row.text("response"))),
                row.nullableFlag("correct"),
                row.nullableReal("points"),
                row.instant("answered_at"),
                row.duration("time_spent_ms"),
                row.text("feedback"));
    }

    AttemptOverride override(Row row) {
        return new AttemptOverride(row.uuid("assessment_id"), row.uuid("learner_id"), row.int32("extra_attempts"),
                row.duration("extra_time_ms"));
    }

    QuestionStats stats(Row row) {
        return new QuestionStats(row.uuid("question_id"), row.integer("times_answered"), row.integer("times_correct"),
                row.duration("total_time_ms"));
    }

    // records to stored JSON

    String options(List<QuestionOption> options) {
        return json.print(StoredShapes.optionsTree(options));
    }

    String answerKey(AnswerKey key) {
        return json.print(StoredShapes.answerKeyTree(key));
    }

    String response(Response response) {
        return json.print(StoredShapes.responseTree(response));
    }

    String questionOrder(List<UUID> order) {
        return json.print(StoredShapes.idsTree(order));
    }

    /** Null for an empty list: an attempt that was never graded stores no grading. */
    String gradedAgainst(List<GradedQuestion> questions) {
        List<Map<String, Object>> tree = StoredShapes.gradedAgainstTree(questions);
        return tree == null ? null : json.print(tree);
    }

    /** A JSON array of objects, for statements that join their argument with {@code json_each}. */
    String array(List<? extends Map<String, ?>> items) {
        return json.print(items);
    }
}
