package org.learningstore.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.id.Ids;
import org.learningstore.core.imports.CourseImport;
import org.learningstore.core.imports.CourseImportOptions;
import org.learningstore.core.imports.ImportedCourse;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.work.Auditor;
import org.learningstore.core.internal.work.UnitsOfWork;
import org.learningstore.core.port.AssessmentDefinitions;
import org.learningstore.core.port.AuditLog;
import org.learningstore.core.port.CourseModules;
import org.learningstore.core.port.Courses;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.Lessons;
import org.learningstore.core.port.Skills;

/**
 * The course import: takes the courses a batch at a time, checks and builds the batch's rows with
 * {@link CourseImportBatch}, checks the slugs and skills against the store in one read unit, and
 * writes the whole batch in one unit of work, each kind of row in a fixed number of statements.
 */
public final class CatalogImporter {
    private final UnitsOfWork units;
    private final Ids ids;
    private final Auditor auditor;
    private final AuditLog auditLog;
    private final JsonCodec json;
    private final Courses courses;
    private final CourseModules modules;
    private final Lessons lessons;
    private final Skills skills;
    private final AssessmentDefinitions definitions;

    public CatalogImporter(UnitsOfWork units, Ids ids, Auditor auditor, AuditLog auditLog, JsonCodec json, Courses courses,
                           CourseModules modules, Lessons lessons, Skills skills, AssessmentDefinitions definitions) {
        this.units = units;
        this.ids = ids;
        this.auditor = auditor;
        this.auditLog = auditLog;
        this.json = json;
        this.courses = courses;
        this.modules = modules;
        this.lessons = lessons;
        this.skills = skills;
        this.definitions = definitions;
    }

    public List<ImportedCourse> importCourses(Iterable<CourseImport> rows, CourseImportOptions options) {
        Checks.required("courses", rows);
        Checks.required("options", options);
        Checks.range("batchSize", options.batchSize(), 1, CourseImportOptions.MAX_BATCH_SIZE);
        Map<String, String> earlierSlugs = new HashMap<>();
        List<ImportedCourse> imported = new ArrayList<>();
        Iterator<CourseImport> iterator = rows.iterator();
        int batches = 0;
        while (iterator.hasNext()) {
            List<CourseImport> courseRows = new ArrayList<>(options.batchSize());
            while (iterator.hasNext() && courseRows.size() < options.batchSize()) {
                courseRows.add(iterator.next());
            }
            CourseImportBatch batch = prepare(courseRows, imported.size(), earlierSlugs, batches);
            units.write(() -> {
                write(batch);
                return null;
            });
            batches++;
            batch.slugs.forEach((path, slug) -> earlierSlugs.put(slug, path.substring(0, path.indexOf('.'))));
            imported.addAll(batch.imported);
            options.listener().batchCommitted(batches, List.copyOf(batch.imported));
        }
        return imported;
    }

    private CourseImportBatch prepare(List<CourseImport> courseRows, int first, Map<String, String> earlierSlugs, int committed) {
        try {
            var batch = new CourseImportBatch(ids, auditor, json, units.now());
            for (int i = 0; i < courseRows.size(); i++) {
                batch.add(courseRows.get(i), "courses[" + (first + i) + "]");
            }
            units.read(() -> {
                checkSlugs(batch, new HashMap<>(earlierSlugs));
                checkSkills(batch);
                return null;
            });
            return batch;
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.field(), e.reason() + notWritten(committed));
        } catch (ConflictException e) {
            throw new ConflictException(e.field(), e.getMessage() + notWritten(committed), null);
        }
    }

    private static String notWritten(int committed) {
        return " (batch " + (committed + 1) + " was not written; the " + committed + " before it are committed)";
    }

    private void checkSlugs(CourseImportBatch batch, Map<String, String> taken) {
        batch.slugs.forEach((path, slug) -> {
            String earlier = taken.putIfAbsent(slug, path.substring(0, path.indexOf('.')));
            if (earlier != null) {
                throw new ConflictException(path, "is the slug of " + earlier + " too", null);
            }
            if (courses.findBySlug(slug).isPresent()) {
                throw new ConflictException(path, "is the slug of a stored course", null);
            }
        });
    }

    private void checkSkills(CourseImportBatch batch) {
        batch.skills.forEach((skillId, path) -> {
            if (skills.find(skillId).isEmpty()) {
                throw new InvalidInputException(path, "names no stored skill");
            }
        });
    }

    private void write(CourseImportBatch batch) {
        courses.insertAll(batch.courses);
        if (!batch.modules.isEmpty()) {
            modules.insertAll(batch.modules);
        }
        if (!batch.lessons.isEmpty()) {
            lessons.insertAll(batch.lessons);
        }
        batch.links.forEach(link -> lessons.linkSkill(link.lessonId(), link.skillId()));
        if (!batch.assessments.isEmpty()) {
            definitions.insertAll(batch.assessments);
        }
        if (!batch.questions.isEmpty()) {
            definitions.insertQuestions(batch.questions);
        }
        auditLog.appendAll(batch.audit);
    }
}
