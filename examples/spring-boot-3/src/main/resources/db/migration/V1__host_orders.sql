-- The host app's own first migration, run by Spring Boot's Flyway beside the store's own.
CREATE TABLE host_orders (id BIGINT PRIMARY KEY, item TEXT NOT NULL);
