package org.learningstore.jpa.internal;

import org.learningstore.core.engagement.Note;
import org.learningstore.core.engagement.NoteDetails;
import org.learningstore.core.engagement.Project;
import org.learningstore.core.engagement.ProjectDetails;

/** Notes and projects between their records and entities. */
final class EngagementMapping {
    private EngagementMapping() {
    }

    static Note toRecord(NoteEntity e) {
        return new Note(e.id, e.learnerId, e.lessonId, e.courseId, new NoteDetails(e.body, e.position, e.isPublic),
                e.version, e.createdAt, e.updatedAt);
    }

    static NoteEntity toEntity(Note note) {
        var e = new NoteEntity();
        e.id = note.id();
        e.learnerId = note.learnerId();
        e.lessonId = note.lessonId();
        e.courseId = note.courseId();
        e.body = note.details().body();
        e.position = note.details().position();
        e.isPublic = note.details().isPublic();
        e.version = note.version();
        e.createdAt = note.createdAt();
        e.updatedAt = note.updatedAt();
        return e;
    }

    static Project toRecord(ProjectEntity e) {
        return new Project(e.id, e.learnerId, e.courseId,
                new ProjectDetails(e.title, e.description, e.kind, e.artifact, e.metrics, e.isPublic, e.externalToken),
                e.featured, e.viewCount, e.likeCount, e.version, e.createdAt, e.updatedAt);
    }

    static ProjectEntity toEntity(Project project) {
        var e = new ProjectEntity();
        ProjectDetails details = project.details();
        e.id = project.id();
        e.learnerId = project.learnerId();
        e.courseId = project.courseId();
        e.title = details.title();
        e.description = details.description();
        e.kind = details.kind();
        e.artifact = details.artifact();
        e.metrics = details.metrics();
        e.isPublic = details.isPublic();
        e.featured = project.featured();
        e.externalToken = details.externalToken();
        e.viewCount = project.viewCount();
        e.likeCount = project.likeCount();
        e.version = project.version();
        e.createdAt = project.createdAt();
        e.updatedAt = project.updatedAt();
        return e;
    }
}
