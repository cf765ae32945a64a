package org.learningstore.sqlite;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Turso server for tests: the {@code tursodb} binary of npm {@code turso@0.6.0} run as
 * {@code tursodb <db> --sync-server 127.0.0.1:<port>}, installed on first use under
 * {@code ~/.cache/learning-store/turso-0.6.0}. Setting {@value #URL_ENV} (and optionally {@value #TOKEN_ENV})
 * uses that server instead. Failure to start throws: tests must never be skipped for want of a server.
 */
public final class TursoTestServer implements AutoCloseable {

    public static final String URL_ENV = "LEARNING_TURSO_URL";
    public static final String TOKEN_ENV = "LEARNING_TURSO_TOKEN";

    private static final String PACKAGE = "turso@0.6.0";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);

    private static TursoTestServer shared;

    private final String token;
    private final Path binary;
    private final Path workDir;
    private final Path database;
    private URI url;
    private Process process;

    private TursoTestServer(URI url, String token) {
        this.url = url;
        this.token = token;
        this.binary = null;
        this.workDir = null;
        this.database = null;
    }

    private TursoTestServer(Path binary, Path workDir, Path database) {
        this.token = null;
        this.binary = binary;
        this.workDir = workDir;
        this.database = database;
    }

    /** A local server of its own on an existing database file, as {@code tursodb file --sync-server} serves it; close it to stop it. */
    public static TursoTestServer serving(Path databaseFile) {
        try {
            Path workDir = Files.createTempDirectory("turso-serving-");
            TursoTestServer server = new TursoTestServer(installedBinary(), workDir, databaseFile.toAbsolutePath());
            server.start(freePort());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a Turso server for " + databaseFile, e);
        }
    }

    /** Stops a server made by {@link #serving(Path)}. */
    @Override
    public void close() {
        stop();
        deleteRecursively(workDir);
    }

    /** The server of this JVM, started on first call and restarted if it died; stopped at JVM exit. */
    public static synchronized TursoTestServer shared() {
        if (shared == null) {
            String externalUrl = System.getenv(URL_ENV);
            if (externalUrl != null && !externalUrl.isBlank()) {
                shared = new TursoTestServer(URI.create(externalUrl.strip()), System.getenv(TOKEN_ENV));
            } else {
                shared = startLocal();
            }
        }
        shared.ensureRunning();
        return shared;
    }

    public synchronized URI url() {
        return url;
    }

    /** The bearer token, or null (the local server checks none). */
    public String token() {
        return token;
    }

    /** Restarts the local server if its process died, on the same port and database file when possible. */
    public synchronized void ensureRunning() {
        if (binary == null || (process != null && process.isAlive())) {
            return;
        }
        int port = url == null ? freePort() : url.getPort();
        try {
            start(port);
        } catch (IllegalStateException samePortFailed) {
            if (url == null) {
                throw samePortFailed;
            }
            start(freePort());
        }
    }

    private static TursoTestServer startLocal() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new IllegalStateException("TursoTestServer can only install tursodb on linux-x64 (this is " + os
                    + "/" + arch + "): start a Turso server yourself and set " + URL_ENV + " (and " + TOKEN_ENV
                    + " if it needs a token)");
        }
        try {
            Path binary = installedBinary();
            Path workDir = Files.createTempDirectory("turso-test-");
            TursoTestServer server = new TursoTestServer(binary, workDir, workDir.resolve("test.db"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                deleteRecursively(workDir);
            }, "turso-test-server-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the Turso test server", e);
        }
    }

    private static Path installedBinary() throws IOException {
        Path cacheDir = Path.of(System.getProperty("user.home"), ".cache", "learning-store", "turso-0.6.0");
        Files.createDirectories(cacheDir);
        Optional<Path> found = findBinary(cacheDir);
        if (found.isPresent()) {
            return found.get();
        }
        // a file lock because parallel surefire forks may all get here
        try (FileChannel channel = FileChannel.open(cacheDir.resolve("install.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            found = findBinary(cacheDir);
            if (found.isPresent()) {
                return found.get();
            }
            Path log = cacheDir.resolve("npm-install.log");
            Process npm;
            try {
                npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--prefix",
                        cacheDir.toString(), PACKAGE)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
            } catch (IOException e) {
                throw new IllegalStateException("cannot run npm to install " + PACKAGE
                        + " (install Node.js, or start a Turso server and set " + URL_ENV + ")", e);
            }
            if (!waitFor(npm, INSTALL_TIMEOUT)) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm install " + PACKAGE + " timed out; log:\n" + tail(log));
            }
            if (npm.exitValue() != 0) {
                throw new IllegalStateException("npm install " + PACKAGE + " failed with exit code "
                        + npm.exitValue() + " (or set " + URL_ENV + "); log:\n" + tail(log));
            }
            return findBinary(cacheDir).orElseThrow(() -> new IllegalStateException(
                    "npm installed " + PACKAGE + " but no tursodb binary is under " + cacheDir
                            + "/node_modules/@tursodatabase; log:\n" + tail(log)));
        }
    }

    private static Optional<Path> findBinary(Path cacheDir) throws IOException {
        Path packages = cacheDir.resolve("node_modules").resolve("@tursodatabase");
        if (!Files.isDirectory(packages)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(packages)) {
            Optional<Path> binary = files
                    .filter(p -> p.getFileName().toString().equals("tursodb") && Files.isRegularFile(p))
                    .findFirst();
            binary.ifPresent(p -> p.toFile().setExecutable(true));
            return binary;
        }
    }

    private void start(int port) {
        Path log = workDir.resolve("server.log");
        URI candidate = URI.create("http://127.0.0.1:" + port);
        try {
            Files.writeString(log, "--- starting on port " + port + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            process = new ProcessBuilder(binary.toString(), database.toString(),
                    "--sync-server", "127.0.0.1:" + port)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + binary, e);
        }
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1))
                .build();
        HttpRequest ping = HttpRequest.newBuilder(candidate.resolve("/v2/pipeline"))
                .timeout(Duration.ofSeconds(2))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"requests\":[]}"))
                .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("tursodb exited with code " + process.exitValue()
                        + " while starting on port " + port + "; log " + log + ":\n" + tail(log));
            }
            try {
                if (http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    url = candidate;
                    return;
                }
            } catch (IOException notYetListening) {
                // retry until the deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new IllegalStateException("interrupted while starting tursodb", e);
            }
            sleep(50);
        }
        stop();
        throw new IllegalStateException("tursodb did not answer on port " + port + " within " + START_TIMEOUT
                + "; log " + log + ":\n" + tail(log));
    }

    private synchronized void stop() {
        if (process != null) {
            process.destroy();
            if (!waitFor(process, Duration.ofSeconds(5))) {
                process.destroyForcibly();
                waitFor(process, Duration.ofSeconds(5));
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at JVM exit
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
