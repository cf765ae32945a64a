package org.learningstore.core.internal.engagement;

import org.learningstore.core.engagement.Achievements;
import org.learningstore.core.engagement.Discussions;
import org.learningstore.core.engagement.Engagement;
import org.learningstore.core.engagement.LearningEvents;
import org.learningstore.core.engagement.Leaderboards;
import org.learningstore.core.engagement.Notes;
import org.learningstore.core.engagement.Projects;
import org.learningstore.core.engagement.XpLedger;

/** The engagement facade, assembled from its services. */
public record EngagementParts(Achievements achievements, XpLedger xp, Leaderboards leaderboards, LearningEvents events,
                              Discussions discussions, Notes notes, Projects projects) implements Engagement {
}
