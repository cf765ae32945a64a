-- A host app's own first migration, where Flyway (and Spring Boot's Flyway) look by default.
CREATE TABLE host_orders (id BIGINT PRIMARY KEY, item TEXT NOT NULL);
