package org.learningstore.core.learner;

import static org.learningstore.core.internal.check.Checks.optionalText;
import static org.learningstore.core.internal.check.Checks.requiredText;

import java.util.regex.Pattern;
import org.learningstore.core.catalog.Level;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.error.InvalidInputException;

/**
 * Who a learner is. Every identity is optional: an anonymous learner has none, a registered
 * one at least one of external reference (the host app's user id), email and username, each
 * unique among learners (email ignoring case). {@code preferences} and {@code metadata} are
 * texts of JSON objects, checked by the store.
 */
public record LearnerProfile(
        String externalRef,
        String email,
        String username,
        String displayName,
        Level academicLevel,
        String preferences,
        String metadata) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}_.-]{2,50}");

    public LearnerProfile {
        if (externalRef != null) {
            requiredText("externalRef", externalRef, 200);
        }
        if (email != null && (email.length() > 254 || !EMAIL.matcher(Checks.wellFormed("email", email)).matches())) {
            throw new InvalidInputException("email", "must look like name@domain and be at most 254 characters");
        }
        if (username != null && !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username", "must be 2 to 50 letters, digits, '_', '.' or '-'");
        }
        optionalText("displayName", displayName, 200);
        academicLevel = academicLevel == null ? Level.BEGINNER : academicLevel;
        preferences = preferences == null ? "{}" : requiredText("preferences", preferences, 100_000);
        metadata = metadata == null ? "{}" : requiredText("metadata", metadata, 100_000);
    }

    public static LearnerProfile anonymous() {
        return new LearnerProfile(null, null, null, null, Level.BEGINNER, "{}", "{}");
    }

    public static LearnerProfile withEmail(String email, String displayName) {
        return new LearnerProfile(null, email, null, displayName, Level.BEGINNER, "{}", "{}");
    }

    public boolean hasIdentity() {
        return externalRef != null || email != null || username != null;
    }

    public LearnerProfile withExternalRef(String externalRef) {
        return new LearnerProfile(externalRef, email, username, displayName, academicLevel, preferences, metadata);
    }

    public LearnerProfile withUsername(String username) {
        return new LearnerProfile(externalRef, email, username, displayName, academicLevel, preferences, metadata);
    }

    public LearnerProfile withEmail(String email) {
        return new LearnerProfile(externalRef, email, username, displayName, academicLevel, preferences, metadata);
    }

    public LearnerProfile withPreferences(String preferences) {
        return new LearnerProfile(externalRef, email, username, displayName, academicLevel, preferences, metadata);
    }

    public LearnerProfile withAcademicLevel(Level level) {
        return new LearnerProfile(externalRef, email, username, displayName, level, preferences, metadata);
    }
}
