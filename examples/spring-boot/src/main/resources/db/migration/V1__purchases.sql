-- The host app's own first migration, run by Spring Boot's Flyway beside the store's own.
CREATE TABLE purchases (
    id UUID PRIMARY KEY,
    learner_id UUID NOT NULL,
    course_id UUID NOT NULL,
    price_cents INTEGER NOT NULL
);
