package org.learningstore.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AttemptOverride;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.QuestionStats;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.id.Ids;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.port.AssessmentDefinitions;
import org.learningstore.core.port.CourseModules;
import org.learningstore.core.port.Courses;
import org.learningstore.core.port.Lessons;
import org.learningstore.core.port.Skills;
import org.learningstore.core.internal.work.Auditor;
import org.learningstore.core.internal.work.UnitsOfWork;
import org.learningstore.core.internal.work.Versions;

/** Authoring assessments and their questions, overrides, and the definitions' reads. */
public final class AssessmentAuthoring {
    private static final DenseOrder<Question> QUESTIONS = new DenseOrder<>(Question::id,
            (q, position) -> new Question(q.id(), q.assessmentId(), position, q.details(), q.version(), q.createdAt(), q.updatedAt()));

    private final UnitsOfWork units;
    private final Auditor auditor;
    private final Ids ids;
    private final Courses courses;
    private final CourseModules modules;
    private final Lessons lessons;
    private final Skills skills;
    private final AssessmentDefinitions definitions;

    public AssessmentAuthoring(UnitsOfWork units, Auditor auditor, Ids ids, Courses courses, CourseModules modules,
                               Lessons lessons, Skills skills, AssessmentDefinitions definitions) {
        this.units = units;
        this.auditor = auditor;
        this.ids = ids;
        this.courses = courses;
        this.modules = modules;
        this.lessons = lessons;
        this.skills = skills;
        this.definitions = definitions;
    }

    Assessment createCourseAssessment(UUID courseId, AssessmentDetails details) {
        Checks.required("details", details);
        return units.write(() -> insert(liveCourse(courseId).id(), null, details));
    }

    Assessment createLessonAssessment(UUID lessonId, AssessmentDetails details) {
        Checks.required("details", details);
        return units.write(() -> {
            Lesson lesson = lessons.find(Checks.required("lessonId", lessonId))
                    .orElseThrow(() -> new NotFoundException("lesson", lessonId));
            CourseModule module = modules.find(lesson.moduleId())
                    .orElseThrow(() -> new NotFoundException("module", lesson.moduleId()));
            return insert(liveCourse(module.courseId()).id(), lessonId, details);
        });
    }

    private Assessment insert(UUID courseId, UUID lessonId, AssessmentDetails details) {
        Instant now = units.now();
        var assessment = new Assessment(ids.next(), courseId, lessonId, details, 1, now, now);
        definitions.insert(assessment);
        auditor.record("assessment", assessment.id(), AuditAction.CREATED, null, assessment);
        return assessment;
    }

    Assessment updateAssessment(UUID assessmentId, long expectedVersion, AssessmentDetails details) {
        Checks.required("details", details);
        return units.write(() -> {
            Assessment current = assessment(assessmentId);
            Versions.requireCurrent("assessment", assessmentId, expectedVersion, current.version());
            var next = new Assessment(assessmentId, current.courseId(), current.lessonId(), details,
                    current.version() + 1, current.createdAt(), units.now());
            definitions.update(next, expectedVersion);
            auditor.record("assessment", assessmentId, AuditAction.UPDATED, current, next);
            return next;
        });
    }

    Optional<Assessment> findAssessment(UUID assessmentId) {
        Checks.required("assessmentId", assessmentId);
        return units.read(() -> definitions.find(assessmentId));
    }

    List<Assessment> assessmentsOfCourse(UUID courseId) {
        Checks.required("courseId", courseId);
        return units.read(() -> definitions.listByCourse(courseId));
    }

    Question addQuestion(UUID assessmentId, QuestionDetails details) {
        Checks.required("details", details);
        return units.write(() -> {
            assessment(assessmentId);
            requireSkill(details);
            int position = definitions.questions(assessmentId).size() + 1;
            Instant now = units.now();
            var question = new Question(ids.next(), assessmentId, position, details, 1, now, now);
            definitions.insertQuestion(question);
            auditor.record("question", question.id(), AuditAction.CREATED, null, question);
            return question;
        });
    }

    Question updateQuestion(UUID questionId, long expectedVersion, QuestionDetails details) {
        Checks.required("details", details);
        return units.write(() -> {
            Question current = question(questionId);
            Versions.requireCurrent("question", questionId, expectedVersion, current.version());
            requireSkill(details);
            var next = new Question(questionId, current.assessmentId(), current.position(), details,
                    current.version() + 1, current.createdAt(), units.now());
            definitions.updateQuestion(next, expectedVersion);
            auditor.record("question", questionId, AuditAction.UPDATED, current, next);
            return next;
        });
    }

    void removeQuestion(UUID questionId) {
        units.write(() -> {
            Question question = question(questionId);
            DenseOrder.Renumbered<Question> remaining = QUESTIONS.remove(definitions.questions(question.assessmentId()), questionId);
            definitions.deleteQuestion(questionId);
            auditor.record("question", questionId, AuditAction.REMOVED, question, null);
            if (remaining.moved()) {
                definitions.repositionQuestions(question.assessmentId(), remaining.order());
            }
            remaining.moves().forEach(move -> auditor.record("question", move.id(), AuditAction.MOVED, move.before(), move.after()));
            return null;
        });
    }

    List<Question> questions(UUID assessmentId) {
        Checks.required("assessmentId", assessmentId);
        return units.read(() -> definitions.questions(assessmentId));
    }

    QuestionStats questionStats(UUID questionId) {
        Checks.required("questionId", questionId);
        return units.read(() -> definitions.stats(questionId))
                .orElseThrow(() -> new NotFoundException("question", questionId));
    }

    AttemptOverride grantOverride(UUID assessmentId, UUID learnerId, int extraAttempts, Duration extraTime) {
        var override = new AttemptOverride(assessmentId, learnerId, extraAttempts, extraTime);
        return units.write(() -> {
            assessment(assessmentId);
            Optional<AttemptOverride> before = definitions.findOverride(assessmentId, learnerId);
            definitions.saveOverride(override);
            auditor.record("assessment", assessmentId, AuditAction.OVERRIDDEN, before.orElse(null), override);
            return override;
        });
    }

    private Course liveCourse(UUID courseId) {
        Checks.required("courseId", courseId);
        return courses.find(courseId).filter(course -> !course.deleted())
                .orElseThrow(() -> new NotFoundException("course", courseId));
    }

    private Assessment assessment(UUID id) {
        Checks.required("assessmentId", id);
        return definitions.find(id).orElseThrow(() -> new NotFoundException("assessment", id));
    }

    private Question question(UUID id) {
        Checks.required("questionId", id);
        return definitions.findQuestion(id).orElseThrow(() -> new NotFoundException("question", id));
    }

    private void requireSkill(QuestionDetails details) {
        if (details.skillId() != null && skills.find(details.skillId()).isEmpty()) {
            throw new NotFoundException("skill", details.skillId());
        }
    }
}
