package org.learningstore.examples.spring;

import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.error.RuleViolationException;
import org.learningstore.core.error.StoreUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The store's typed errors as HTTP problems: their messages carry no personal data and no SQL. */
@RestControllerAdvice
public class StoreErrors {
    @ExceptionHandler
    ProblemDetail notFound(NotFoundException error) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, error.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidInputException error) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, error.getMessage());
        problem.setProperty("field", error.field());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException error) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, error.getMessage());
    }

    @ExceptionHandler
    ProblemDetail ruleViolated(RuleViolationException error) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, error.getMessage());
        problem.setProperty("rule", error.rule());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unavailable(StoreUnavailableException error) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, error.getMessage());
    }

    @ExceptionHandler
    ProblemDetail declined(PaymentGateway.PaymentDeclinedException error) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.PAYMENT_REQUIRED, error.getMessage());
    }
}
