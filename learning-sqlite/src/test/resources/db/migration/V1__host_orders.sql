-- A host app's own first migration, where Flyway looks by default.
CREATE TABLE host_orders (id INTEGER PRIMARY KEY, item TEXT NOT NULL);
