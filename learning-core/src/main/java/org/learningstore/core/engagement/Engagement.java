package org.learningstore.core.engagement;

/** The engagement part of the store: achievements, XP, leaderboards, learning events, notes, discussions, projects. */
public interface Engagement {
    Achievements achievements();

    XpLedger xp();

    Leaderboards leaderboards();

    LearningEvents events();

    Discussions discussions();

    Notes notes();

    Projects projects();
}
