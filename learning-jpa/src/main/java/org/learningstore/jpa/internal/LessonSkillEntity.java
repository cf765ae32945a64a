package org.learningstore.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;

/** A row of {@code lesson_skills}: a lesson teaches a skill. */
@Entity
@Table(name = "lesson_skills")
@IdClass(LessonSkillEntity.Key.class)
public class LessonSkillEntity {
    @Id
    @Column(name = "lesson_id")
    UUID lessonId;
    @Id
    @Column(name = "skill_id")
    UUID skillId;

    protected LessonSkillEntity() {
    }

    LessonSkillEntity(UUID lessonId, UUID skillId) {
        this.lessonId = lessonId;
        this.skillId = skillId;
    }

    public record Key(UUID lessonId, UUID skillId) {
    }
}
