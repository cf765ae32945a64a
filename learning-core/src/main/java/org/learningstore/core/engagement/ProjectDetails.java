package org.learningstore.core.engagement;

import static org.learningstore.core.internal.check.Checks.optionalText;
import static org.learningstore.core.internal.check.Checks.requiredText;

/**
 * What a learner writes on a portfolio project; validated on construction, except that
 * {@code artifact} (such as the components built) and {@code metrics} (such as performance test
 * results) must be JSON objects, which the store checks before writing. {@code externalToken} is
 * opaque to the store: a host's handle for the project elsewhere, unique when present.
 */
public record ProjectDetails(
        String title,
        String description,
        String kind,
        String artifact,
        String metrics,
        boolean isPublic,
        String externalToken) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 20_000;
    public static final int KIND_MAX = 100;
    public static final int TOKEN_MAX = 200;

    public ProjectDetails {
        requiredText("title", title, TITLE_MAX);
        optionalText("description", description, DESCRIPTION_MAX);
        requiredText("kind", kind, KIND_MAX);
        artifact = artifact == null ? "{}" : artifact;
        metrics = metrics == null ? "{}" : metrics;
        optionalText("externalToken", externalToken, TOKEN_MAX);
    }

    public static Builder builder(String title, String kind) {
        return new Builder().title(title).kind(kind);
    }

    public Builder toBuilder() {
        return new Builder().title(title).description(description).kind(kind).artifact(artifact).metrics(metrics)
                .isPublic(isPublic).externalToken(externalToken);
    }

    public static final class Builder {
        private String title;
        private String description;
        private String kind;
        private String artifact;
        private String metrics;
        private boolean isPublic;
        private String externalToken;

        private Builder() {
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder kind(String value) {
            kind = value;
            return this;
        }

        public Builder artifact(String json) {
            artifact = json;
            return this;
        }

        public Builder metrics(String json) {
            metrics = json;
            return this;
        }

        public Builder isPublic(boolean value) {
            isPublic = value;
            return this;
        }

        public Builder externalToken(String value) {
            externalToken = value;
            return this;
        }

        public ProjectDetails build() {
            return new ProjectDetails(title, description, kind, artifact, metrics, isPublic, externalToken);
        }
    }
}
