package org.learningstore.sqlite.faults;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.LearningStore;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.error.LearningStoreException;
import org.learningstore.sqlite.SqliteStores;

/**
 * The program the fault suite runs in child JVMs against one SQLite file. After every call that
 * returns, it appends a line naming what the call did to its log (unbuffered: a {@code kill -9}
 * loses no line already written), so the parent knows what must be in the file.
 *
 * <ul>
 *   <li>{@code write <db> <log> <scenario...>}: learners enroll, spend time, take the quiz and complete
 *       a lesson, until killed;</li>
 *   <li>{@code race <db> <log> <rounds> <learner> <scenario...>}: each round starts and submits an
 *       attempt of the shared learner (the ids it submitted are logged at the end), enrolls a new learner in the small course and completes a
 *       lesson of the shared learner; typed refusals are logged, anything untyped ends the child
 *       with exit code 3.</li>
 * </ul>
 */
public final class FaultChild {
    static final int UNTYPED_FAILURE = 3;

    private final OutputStream log;

    private FaultChild(OutputStream log) {
        this.log = log;
    }

    public static void main(String[] args) throws IOException {
        Path db = Path.of(args[1]);
        try (OutputStream log = new FileOutputStream(args[2], true); LearningStore store = SqliteStores.open(db)) {
            var child = new FaultChild(log);
            if (args[0].equals("write")) {
                child.writeUntilKilled(store, FaultScenario.fromArgs(Arrays.asList(args).subList(3, args.length)));
            } else {
                child.race(store, Integer.parseInt(args[3]), UUID.fromString(args[4]),
                        FaultScenario.fromArgs(Arrays.asList(args).subList(5, args.length)));
            }
        } catch (RuntimeException untyped) {
            untyped.printStackTrace();
            System.exit(UNTYPED_FAILURE);
        }
    }

    private void writeUntilKilled(LearningStore store, FaultScenario scenario) throws IOException {
        line("ready");
        while (true) {
            UUID learner = store.learners().createAnonymous().id();
            line("learner " + learner);
            store.progress().enroll(learner, scenario.course());
            line("enrolled " + learner);
            store.progress().recordTime(learner, scenario.lessons().get(1), FaultScenario.TIME_RECORDED);
            line("time " + learner);
            Attempt attempt = store.assessments().startAttempt(scenario.quiz(), learner);
            line("attempt " + attempt.id());
            store.assessments().answer(attempt.id(), scenario.questions().get(0), new Response.Truth(true), Duration.ofSeconds(3));
            line("answer " + attempt.id() + " " + scenario.questions().get(0));
            store.assessments().answer(attempt.id(), scenario.questions().get(1), new Response.Truth(true), Duration.ofSeconds(4));
            line("answer " + attempt.id() + " " + scenario.questions().get(1));
            store.assessments().submitAttempt(attempt.id());
            line("submitted " + attempt.id());
            store.progress().completeLesson(learner, scenario.lessons().get(2));
            line("completed " + learner);
        }
    }

    private void race(LearningStore store, int rounds, UUID learner, FaultScenario scenario) throws IOException {
        List<UUID> submitted = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            // a start that meets the other process's open attempt resumes it, so both may submit one attempt
            typed("attempt", () -> {
                Attempt attempt = store.assessments().startAttempt(scenario.quiz(), learner);
                submitted.add(store.assessments().submitAttempt(attempt.id()).id());
            });
            typed("seat", () -> store.progress().enroll(
                    store.learners().createAnonymous().id(),
                    scenario.smallCourse()));
            typed("completion", () -> store.progress().completeLesson(learner, scenario.lessons().get(2)));
        }
        for (UUID attempt : submitted) {
            line("submitted attempt " + attempt);
        }
        line("done");
    }

    private void typed(String what, Runnable call) throws IOException {
        try {
            call.run();
            line("ok " + what);
        } catch (LearningStoreException refused) {
            line("refused " + what + " " + refused.getClass().getSimpleName());
            line("because " + what + " " + refused.getMessage());
        }
    }

    private void line(String text) throws IOException {
        log.write((text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static List<String> command(String mode, Path db, Path log, List<String> rest) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), FaultChild.class.getName(), mode, db.toString(), log.toString()));
        command.addAll(rest);
        return command;
    }
}
