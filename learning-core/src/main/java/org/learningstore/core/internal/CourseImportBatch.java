package org.learningstore.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.audit.AuditEntry;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.id.Ids;
import org.learningstore.core.imports.CourseImport;
import org.learningstore.core.imports.ImportedCourse;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.json.FreeFormJson;
import org.learningstore.core.internal.work.Auditor;
import org.learningstore.core.port.JsonCodec;

/**
 * One batch of a course import, checked and turned into the rows and audit entries the authoring
 * calls would write, in their order, the rows stamped with the batch's time. Also gathers what only the
 * store can check: each course's slug and each skill named, with the path of the row that named it.
 */
final class CourseImportBatch {
    /** A lesson teaching a skill. */
    record SkillLink(UUID lessonId, UUID skillId) {
    }

    private final Ids ids;
    private final Auditor auditor;
    private final JsonCodec json;
    private final Instant now;
    final List<Course> courses = new ArrayList<>();
    final List<CourseModule> modules = new ArrayList<>();
    final List<Lesson> lessons = new ArrayList<>();
    final List<SkillLink> links = new ArrayList<>();
    final List<Assessment> assessments = new ArrayList<>();
    final List<Question> questions = new ArrayList<>();
    final List<AuditEntry> audit = new ArrayList<>();
    final List<ImportedCourse> imported = new ArrayList<>();
    /** Each course's slug, by the path of its field. */
    final Map<String, String> slugs = new LinkedHashMap<>();
    /** Each skill named, by the path of the first field naming it. */
    final Map<UUID, String> skills = new LinkedHashMap<>();

    CourseImportBatch(Ids ids, Auditor auditor, JsonCodec json, Instant now) {
        this.ids = ids;
        this.auditor = auditor;
        this.json = json;
        this.now = now;
    }

    void add(CourseImport row, String path) {
        Checks.required(path, row);
        Checks.required(path + ".details", row.details());
        CourseStatus status = Checks.required(path + ".status", row.status());
        List<CourseImport.Module> moduleRows = Checks.required(path + ".modules", row.modules());
        List<CourseImport.Assessment> courseAssessments = Checks.required(path + ".assessments", row.assessments());
        slugs.put(path + ".details.slug", row.details().slug());
        var draft = new Course(ids.next(), row.details(), CourseStatus.DRAFT, 1, now, now, null);
        audit.add(auditor.entry("course", draft.id(), AuditAction.CREATED, null, draft));
        List<ImportedCourse.Module> importedModules = new ArrayList<>();
        for (int m = 0; m < moduleRows.size(); m++) {
            importedModules.add(module(draft.id(), m + 1, moduleRows.get(m), path + ".modules[" + m + "]"));
        }
        List<ImportedCourse.Assessment> importedAssessments = assessments(draft.id(), null, courseAssessments, path);
        courses.add(status == CourseStatus.DRAFT ? draft : published(draft, status));
        imported.add(new ImportedCourse(draft.id(), importedModules, importedAssessments));
    }

    private Course published(Course draft, CourseStatus status) {
        var next = new Course(draft.id(), draft.details(), status, 2, now, now, null);
        audit.add(auditor.entry("course", draft.id(), status == CourseStatus.PUBLISHED ? AuditAction.PUBLISHED : AuditAction.ARCHIVED,
                draft, next));
        return next;
    }

    private ImportedCourse.Module module(UUID courseId, int position, CourseImport.Module row, String path) {
        Checks.required(path, row);
        List<CourseImport.Lesson> lessonRows = Checks.required(path + ".lessons", row.lessons());
        var module = new CourseModule(ids.next(), courseId, position, Checks.required(path + ".details", row.details()), 1, now, now);
        modules.add(module);
        audit.add(auditor.entry("module", module.id(), AuditAction.CREATED, null, module));
        List<ImportedCourse.Lesson> importedLessons = new ArrayList<>();
        for (int l = 0; l < lessonRows.size(); l++) {
            importedLessons.add(lesson(courseId, module.id(), l + 1, lessonRows.get(l), path + ".lessons[" + l + "]"));
        }
        return new ImportedCourse.Module(module.id(), importedLessons);
    }

    private ImportedCourse.Lesson lesson(UUID courseId, UUID moduleId, int position, CourseImport.Lesson row, String path) {
        Checks.required(path, row);
        LessonDetails details = Checks.required(path + ".details", row.details());
        FreeFormJson.requireObject(path + ".details.content", details.content(), json);
        FreeFormJson.requireObject(path + ".details.metadata", details.metadata(), json);
        List<UUID> skillIds = Checks.required(path + ".skillIds", row.skillIds());
        List<CourseImport.Assessment> assessmentRows = Checks.required(path + ".assessments", row.assessments());
        var lesson = new Lesson(ids.next(), moduleId, position, details, 1, now, now);
        lessons.add(lesson);
        audit.add(auditor.entry("lesson", lesson.id(), AuditAction.CREATED, null, lesson));
        for (int s = 0; s < skillIds.size(); s++) {
            skills.putIfAbsent(Checks.required(path + ".skillIds[" + s + "]", skillIds.get(s)), path + ".skillIds[" + s + "]");
        }
        // linking a skill the lesson already teaches changes nothing, as linkSkill
        for (UUID skillId : new LinkedHashSet<>(skillIds)) {
            links.add(new SkillLink(lesson.id(), skillId));
            audit.add(auditor.entry("lesson", lesson.id(), AuditAction.LINKED, null, Map.of("skillId", skillId)));
        }
        return new ImportedCourse.Lesson(lesson.id(), assessments(courseId, lesson.id(), assessmentRows, path));
    }

    private List<ImportedCourse.Assessment> assessments(UUID courseId, UUID lessonId, List<CourseImport.Assessment> rows,
                                                        String parentPath) {
        List<ImportedCourse.Assessment> created = new ArrayList<>();
        for (int a = 0; a < rows.size(); a++) {
            String path = parentPath + ".assessments[" + a + "]";
            CourseImport.Assessment row = Checks.required(path, rows.get(a));
            List<QuestionDetails> questionRows = Checks.required(path + ".questions", row.questions());
            var assessment = new Assessment(ids.next(), courseId, lessonId, Checks.required(path + ".details", row.details()), 1,
                    now, now);
            assessments.add(assessment);
            audit.add(auditor.entry("assessment", assessment.id(), AuditAction.CREATED, null, assessment));
            List<UUID> questionIds = new ArrayList<>();
            for (int q = 0; q < questionRows.size(); q++) {
                QuestionDetails details = Checks.required(path + ".questions[" + q + "]", questionRows.get(q));
                if (details.skillId() != null) {
                    skills.putIfAbsent(details.skillId(), path + ".questions[" + q + "].skillId");
                }
                var question = new Question(ids.next(), assessment.id(), q + 1, details, 1, now, now);
                questions.add(question);
                audit.add(auditor.entry("question", question.id(), AuditAction.CREATED, null, question));
                questionIds.add(question.id());
            }
            created.add(new ImportedCourse.Assessment(assessment.id(), questionIds));
        }
        return created;
    }
}
