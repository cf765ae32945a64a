package org.learningstore.examples.cli;

/** The command line asks for something the tool cannot do; exit code 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
