package org.learningstore.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A process's peak resident memory, from {@code VmHWM} in {@code /proc/PID/status} (Linux): read
 * at once for this JVM, and every 50 ms for a child process, whose last reading before it exits
 * is kept.
 */
final class PeakRss {
    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;

    private PeakRss(long pid) {
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long now = of(pid);
                peak.accumulateAndGet(now, Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }, "peak-rss-" + pid);
        sampler.setDaemon(true);
        sampler.start();
    }

    static PeakRss watch(long pid) {
        return new PeakRss(pid);
    }

    /** The highest reading taken. */
    long stop() {
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return peak.get();
    }

    /** This JVM's peak resident memory in bytes; 0 where /proc does not tell. */
    static long ofThisProcess() {
        return of(ProcessHandle.current().pid());
    }

    private static long of(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process has exited, or this is not Linux
        }
        return 0;
    }
}
