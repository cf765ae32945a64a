package org.learningstore.core.internal;

import java.util.List;
import org.learningstore.core.imports.CourseImport;
import org.learningstore.core.imports.CourseImportOptions;
import org.learningstore.core.imports.ImportOptions;
import org.learningstore.core.imports.ImportReport;
import org.learningstore.core.imports.ImportedCourse;
import org.learningstore.core.imports.Imports;
import org.learningstore.core.imports.LearnerHistory;

/** The {@link Imports} facade over its two parts: learners' histories and whole courses. */
public final class StoreImports implements Imports {
    private final HistoryImporter histories;
    private final CatalogImporter courses;

    public StoreImports(HistoryImporter histories, CatalogImporter courses) {
        this.histories = histories;
        this.courses = courses;
    }

    @Override
    public ImportReport importHistories(Iterable<LearnerHistory> rows, ImportOptions options) {
        return histories.importHistories(rows, options);
    }

    @Override
    public List<ImportedCourse> importCourses(Iterable<CourseImport> rows, CourseImportOptions options) {
        return courses.importCourses(rows, options);
    }
}
