package org.learningstore.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small REST app over the store, on the host's own DataSource, persistence unit and transactions. */
@SpringBootApplication
public class LearningStoreExampleApplication {
    public static void main(String[] args) {
        SpringApplication.run(LearningStoreExampleApplication.class, args);
    }
}
