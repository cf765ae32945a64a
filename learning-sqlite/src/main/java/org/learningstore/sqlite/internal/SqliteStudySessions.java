package org.learningstore.sqlite.internal;

import static org.learningstore.sqlite.internal.AssessmentRows.QUESTION_COLUMNS;
import static org.learningstore.sqlite.internal.ProgressRows.SESSION_COLUMNS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.learningstore.core.port.StudySessions;
import org.learningstore.core.progress.PracticeAnswer;
import org.learningstore.core.progress.StudyScope;
import org.learningstore.core.progress.StudyScopeKind;
import org.learningstore.core.progress.StudySession;

/**
 * Study sessions and their practice answers. A session's totals are added to in SQL, and only
 * while it is open: an answer or an end racing the session's end fails as a concurrent change,
 * and the unit of work runs again and finds the session ended.
 */
final class SqliteStudySessions implements StudySessions {
    private static final String FIND = "SELECT " + SESSION_COLUMNS + " FROM study_sessions s WHERE s.id = ?";
    private static final String INSERT = """
            INSERT INTO study_sessions (id, learner_id, scope_kind, assessment_id, course_id, skill_ids, mode, \
            min_difficulty, max_difficulty, started_at, ended_at, answered, correct, time_spent_ms, version) \
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String END =
            "UPDATE study_sessions SET ended_at = ?, version = version + 1 WHERE id = ? AND ended_at IS NULL";
    private static final String INSERT_ANSWER = """
            INSERT INTO practice_answers (id, session_id, learner_id, question_id, response, correct, points, \
            answered_at, time_spent_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String ADD_TO_TOTALS = """
            UPDATE study_sessions SET answered = answered + 1, correct = correct + ?, time_spent_ms = time_spent_ms + ? \
            WHERE id = ? AND ended_at IS NULL""";
    private static final String MOVE_SESSIONS =
            "UPDATE study_sessions SET learner_id = ?, version = version + 1 WHERE learner_id = ?";
    private static final String MOVE_ANSWERS = "UPDATE practice_answers SET learner_id = ? WHERE learner_id = ?";

    /*
     * Candidates: two reads sent together (one snapshot on the file, one round trip on Turso),
     * whatever the scope's size: the scope's questions in the range, and the learner's graded
     * answers to questions in it from two sources, answers of the learner's submitted or expired
     * attempts and practice answers, each a plain join of tables reached through the learner's
     * own rows (attempts by the scope's assessments or attempts_learner_idx, their answers by key;
     * practice_answers_learner_idx),
     * never by scanning what other learners answered, the scope written out in each part. The
     * latest answer per question (the practice answer wins a tie) is picked here: as one statement
     * with a window function over the history, SQLite scanned the history once per question.
     * Measured on tursodb 0.6.0: a CTE holding a json_each and read more than once makes it panic
     * ("duplicate cursor key"), and a scope subquery joined inside a UNION ALL part is scanned in
     * full for every answer.
     */
    /*
     * The statements below name their inputs instead of writing "?": :learner, :scope (the
     * scope's assessment, course or skills), :low and :high (the difficulty range) and :count;
     * see Template.
     */
    /** %1$s: the scope on (q, a); %2$s: the question columns. */
    private static final String SCOPE_QUESTIONS = """
            SELECT %2$s FROM questions q JOIN assessments a ON a.id = q.assessment_id \
            WHERE %1$s AND q.difficulty BETWEEN :low AND :high ORDER BY a.created_at, a.id, q.position""";
    /**
     * The answers of the learner's attempts on the scope's assessments, when the scope is a
     * condition on the assessment alone (an assessment, a course): each assessment's attempts by
     * the attempts' unique (assessment_id, learner_id, number) key, so only the attempts in scope
     * are read, and no question is read (the caller joins the history to the scope's questions in
     * the range). Measured at SF 0.2: a fifth less than going through every attempt of the
     * learner and each answer's question. %1$s: the scope on ta.
     */
    private static final String ATTEMPT_ANSWERS_OF_ASSESSMENTS = """
            FROM assessments ta CROSS JOIN attempts t ON t.assessment_id = ta.id AND t.learner_id = :learner \
            JOIN answers n ON n.attempt_id = t.id WHERE %1$s""";
    /**
     * The answers of the learner's attempts to the scope's questions in the range, when the scope
     * is a condition on the questions (skills). %1$s: the scope on (tq, ta).
     */
    private static final String ATTEMPT_ANSWERS_OF_QUESTIONS = """
            FROM attempts t JOIN assessments ta ON ta.id = t.assessment_id JOIN answers n ON n.attempt_id = t.id \
            JOIN questions tq ON tq.id = n.question_id WHERE t.learner_id = :learner AND %1$s AND tq.difficulty BETWEEN :low AND :high""";
    /** %1$s: one of the attempt answers above; %2$s: the scope on (pq, pa_a). */
    private static final String HISTORY = """
            SELECT n.question_id, n.answered_at, n.correct, 0 AS source \
            %1$s AND t.status IN ('submitted', 'expired') AND n.correct IS NOT NULL \
            UNION ALL \
            SELECT pa.question_id, pa.answered_at, pa.correct, 1 AS source \
            FROM practice_answers pa JOIN questions pq ON pq.id = pa.question_id JOIN assessments pa_a ON pa_a.id = pq.assessment_id \
            WHERE pa.learner_id = :learner AND %2$s AND pq.difficulty BETWEEN :low AND :high""";
    /**
     * The first questions in study order, picked here so only they are read whole: the scope's
     * questions in the range, each with the learner's last graded answer from the study state
     * ({@link SqliteStudyState}, by its key); ordered never answered, last wrong, the rest, each
     * by time, then scope order; then joined to the questions again for the first few only.
     * %1$s: the scope on (q, a); %2$s: the question columns.
     */
    private static final String PICK = """
            SELECT %2$s, p.last_at, p.last_correct, p.priority AS pick_priority, p.created_at AS pick_created_at, \
            p.assessment_id AS pick_assessment_id, p.position AS pick_position FROM (\
            SELECT q.id, CASE WHEN st.last_answered_at IS NULL THEN 0 WHEN st.last_correct = 0 THEN 1 ELSE 2 END AS priority, \
            st.last_answered_at AS last_at, st.last_correct, a.created_at, a.id AS assessment_id, q.position \
            FROM questions q JOIN assessments a ON a.id = q.assessment_id \
            LEFT JOIN learner_question_state st ON st.learner_id = :learner AND st.question_id = q.id \
            WHERE %1$s AND q.difficulty BETWEEN :low AND :high \
            ORDER BY priority, last_at, a.created_at, a.id, q.position LIMIT :count) AS p \
            JOIN questions q ON q.id = p.id""";
    private static final String PICK_ORDER = " ORDER BY pick_priority, last_at, pick_created_at, pick_assessment_id, pick_position";
    private static final Pattern INPUT = Pattern.compile(":(learner|scope|low|high|count)\\b");
    private static final Map<ScopeShape, Template> SCOPE_QUESTIONS_OF = byShape(shape -> Template.bound(shape.scopeQuestions()));
    private static final Map<ScopeShape, Template> HISTORY_OF = byShape(shape -> Template.bound(shape.history()));
    private static final Map<ScopeShape, Template> PICK_OF = byShape(shape -> Template.bound(shape.pick() + PICK_ORDER));
    /**
     * The pick of a session of any scope kind, its inputs read from the session's row: one part
     * per kind, the parts of the other kinds matching nothing (see {@link Template#fromSession}).
     */
    private static final Template PICK_OF_ANY_SCOPE = Template.unionAll(
            Arrays.stream(ScopeShape.values()).map(Template::fromSession).toList(), PICK_ORDER);

    private final SqlExecutor executor;
    private final ProgressRows rows;
    private final AssessmentRows assessmentRows;
    private final SqliteStudyState studyState;

    SqliteStudySessions(SqlExecutor executor, ProgressRows rows, AssessmentRows assessmentRows) {
        this.executor = executor;
        this.rows = rows;
        this.assessmentRows = assessmentRows;
        this.studyState = new SqliteStudyState(executor, assessmentRows);
    }

    @Override
    public Optional<StudySession> find(UUID sessionId) {
        return executor.queryOne(Sql.of(FIND, sessionId), rows::session);
    }

    @Override
    public void insert(StudySession session) {
        StudyScope scope = session.scope();
        executor.update(Sql.of(INSERT, session.id(), session.learnerId(), scope.kind().code(), scope.assessmentId(),
                scope.courseId(), rows.ids(scope.skillIds()), session.mode().code(), session.minDifficulty(),
                session.maxDifficulty(), session.startedAt(), session.endedAt(), session.answered(), session.correct(),
                session.timeSpent(), session.version()));
    }

    @Override
    public void end(UUID sessionId, Instant endedAt) {
        executor.update(Sql.of(END, endedAt, sessionId), Guard.oneRow("study session", sessionId));
    }

    @Override
    public List<Candidate> candidates(StudySession session) {
        ScopeShape shape = ScopeShape.of(session.scope().kind());
        Map<String, Object> values = values(session, 0);
        List<List<Row>> results = executor.queryAll(List.of(SCOPE_QUESTIONS_OF.get(shape).with(values::get),
                HISTORY_OF.get(shape).with(values::get)));
        Map<UUID, Row> latest = new HashMap<>();
        for (Row answer : results.get(1)) {
            latest.merge(answer.uuid("question_id"), answer, (kept, other) -> later(other, kept) ? other : kept);
        }
        return results.get(0).stream().map(row -> {
            Row last = latest.get(row.uuid("id"));
            return new Candidate(assessmentRows.question(row), last == null ? null : last.instant("answered_at"),
                    last == null ? null : last.flag("correct"));
        }).toList();
    }

    @Override
    public List<Candidate> next(StudySession session, int count) {
        Map<String, Object> values = values(session, count);
        return executor.query(PICK_OF.get(ScopeShape.of(session.scope().kind())).with(values::get), this::candidate);
    }

    /**
     * On Turso, the session and the pick of any scope kind, which takes its inputs from the
     * session's row, in one round trip. On the file, where a read costs no round trip, the pick
     * of the session's own kind after the session: the union of every kind's part measured
     * 0.2-0.4 ms slower there (SF 0.2, sqlite 3.40), though each other part alone costs 15 us.
     */
    @Override
    public Optional<SessionWithNext> findWithNext(UUID sessionId, int count) {
        if (!executor.capabilities().remote()) {
            return StudySessions.super.findWithNext(sessionId, count);
        }
        List<List<Row>> results = executor.queryAll(List.of(Sql.of(FIND, sessionId),
                PICK_OF_ANY_SCOPE.with(input -> input.equals("count") ? count : sessionId)));
        return results.get(0).stream().findFirst().map(rows::session)
                .map(session -> new SessionWithNext(session, results.get(1).stream().map(this::candidate).toList()));
    }

    private Candidate candidate(Row row) {
        return new Candidate(assessmentRows.question(row), row.instant("last_at"), row.nullableFlag("last_correct"));
    }

    /** The named inputs of a session in hand. */
    private Map<String, Object> values(StudySession session, int count) {
        StudyScope scope = session.scope();
        Object scopeValue = switch (scope.kind()) {
            case ASSESSMENT -> scope.assessmentId();
            case COURSE -> scope.courseId();
            case SKILLS -> rows.ids(scope.skillIds());
        };
        return Map.of("learner", session.learnerId(), "scope", scopeValue, "low", session.minDifficulty(),
                "high", session.maxDifficulty(), "count", count);
    }

    private static Map<ScopeShape, Template> byShape(Function<ScopeShape, Template> template) {
        Map<ScopeShape, Template> templates = new EnumMap<>(ScopeShape.class);
        Arrays.stream(ScopeShape.values()).forEach(shape -> templates.put(shape, template.apply(shape)));
        return templates;
    }

    /** How a kind of scope is written on a question alias (%1$s) and its assessment's (%2$s), and the statements built on it. */
    private enum ScopeShape {
        ASSESSMENT("%2$s.id = :scope", "assessment_id", true),
        COURSE("%2$s.course_id = :scope", "course_id", true),
        SKILLS("%1$s.skill_id IN (SELECT CAST(%1$s_g.value AS TEXT) FROM json_each(:scope) AS %1$s_g)", "skill_ids", false);

        private final String condition;
        private final String column;
        private final boolean onAssessment;

        ScopeShape(String condition, String column, boolean onAssessment) {
            this.condition = condition;
            this.column = column;
            this.onAssessment = onAssessment;
        }

        static ScopeShape of(StudyScopeKind kind) {
            return valueOf(kind.name());
        }

        StudyScopeKind kind() {
            return StudyScopeKind.valueOf(name());
        }

        String on(String question, String assessment) {
            return condition.formatted(question, assessment);
        }

        String scopeQuestions() {
            return SCOPE_QUESTIONS.formatted(on("q", "a"), QUESTION_COLUMNS);
        }

        String history() {
            String attemptAnswers = (onAssessment ? ATTEMPT_ANSWERS_OF_ASSESSMENTS : ATTEMPT_ANSWERS_OF_QUESTIONS)
                    .formatted(on("tq", "ta"));
            return HISTORY.formatted(attemptAnswers, on("pq", "pa_a"));
        }

        String pick() {
            return PICK.formatted(on("q", "a"), QUESTION_COLUMNS);
        }
    }

    /** A statement with its named inputs written as SQL, and the inputs its arguments are, in order. */
    private record Template(String text, List<String> inputs) {
        /** Each input a bound value. */
        static Template bound(String text) {
            return of(text, input -> "?");
        }

        /**
         * The pick of one kind of scope with each input but the count read from the session's row,
         * on the session's id: a session of another kind gives NULL for each, and the part
         * matches nothing.
         */
        static Template fromSession(ScopeShape shape) {
            Map<String, String> columns = Map.of("learner", "learner_id", "scope", shape.column,
                    "low", "min_difficulty", "high", "max_difficulty");
            return of(shape.pick(), input -> input.equals("count") ? "?" : """
                    (SELECT ss.%s FROM study_sessions ss WHERE ss.id = ? AND ss.scope_kind = '%s')"""
                    .formatted(columns.get(input), shape.kind().code()));
        }

        static Template unionAll(List<Template> parts, String orderBy) {
            return new Template(parts.stream().map(Template::text).collect(Collectors.joining(" UNION ALL ", "", orderBy)),
                    parts.stream().flatMap(part -> part.inputs().stream()).toList());
        }

        /** {@code text} with each input replaced by its SQL, which holds one {@code ?} for that input. */
        private static Template of(String text, Function<String, String> sqlOfInput) {
            Matcher matcher = INPUT.matcher(text);
            StringBuilder written = new StringBuilder();
            List<String> inputs = new ArrayList<>();
            while (matcher.find()) {
                inputs.add(matcher.group(1));
                matcher.appendReplacement(written, Matcher.quoteReplacement(sqlOfInput.apply(matcher.group(1))));
            }
            matcher.appendTail(written);
            return new Template(written.toString(), List.copyOf(inputs));
        }

        Sql with(Function<String, Object> argumentOf) {
            return new Sql(text, inputs.stream().map(argumentOf).toList());
        }
    }

    /** Whether {@code answer} came after {@code other}: by time, then a practice answer (source 1) after an attempt's. */
    private static boolean later(Row answer, Row other) {
        int byTime = answer.instant("answered_at").compareTo(other.instant("answered_at"));
        return byTime != 0 ? byTime > 0 : answer.integer("source") > other.integer("source");
    }

    @Override
    public void record(PracticeAnswer answer, UUID learnerId) {
        executor.update(Sql.of(INSERT_ANSWER, answer.id(), answer.sessionId(), learnerId, answer.questionId(),
                assessmentRows.response(answer.response()), answer.correct(), answer.points(), answer.answeredAt(),
                answer.timeSpent()));
        executor.update(Sql.of(ADD_TO_TOTALS, answer.correct() ? 1L : 0L, answer.timeSpent(), answer.sessionId()),
                Guard.oneRow("study session", answer.sessionId()));
        studyState.refresh(List.of(new SqliteStudyState.Key(learnerId, answer.questionId())));
    }

    @Override
    public void moveAll(UUID fromLearnerId, UUID toLearnerId) {
        executor.update(Sql.of(MOVE_SESSIONS, toLearnerId, fromLearnerId));
        executor.update(Sql.of(MOVE_ANSWERS, toLearnerId, fromLearnerId));
        studyState.rebuild(fromLearnerId, toLearnerId);
    }
}
