package org.learningstore.sqlite.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fault-injecting HTTP/1.1 proxy in front of a Turso server, in plain Java. Requests pass through
 * unchanged until a fault is armed; the next write batch (a request carrying {@code BEGIN}) then
 * meets the fault once. Reads, and the questions the client asks about a lost answer, always pass.
 */
final class FaultProxy implements AutoCloseable {

    enum Fault {
        /** The connection is closed after the request is read, before it reaches the server. */
        CUT_BEFORE_SENDING,
        /** The request runs on the server; the connection is closed instead of answering. */
        CUT_AFTER_ANSWER,
        /** The request runs on the server; its answer comes after the client has given up. */
        ANSWER_LATE,
        /** The request is held past the client's timeout, then passed to the server. */
        ARRIVE_LATE,
        /** An HTTP 500 from the proxy, as a gateway would answer; the server never sees the request. */
        HTTP_500
    }

    private final ServerSocket listener;
    private final URI upstream;
    private final Duration late;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicReference<Fault> armed = new AtomicReference<>();
    private final AtomicInteger lateInFlight = new AtomicInteger();
    private final Thread acceptor;

    /** @param late how long {@link Fault#ANSWER_LATE} and {@link Fault#ARRIVE_LATE} wait: past the client's timeout */
    FaultProxy(URI upstream, Duration late) throws IOException {
        this.upstream = upstream.resolve("/v2/pipeline");
        this.late = late;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, "fault-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    void armForNextWrite(Fault fault) {
        armed.set(fault);
    }

    /** Whether the armed fault has met its write. */
    boolean fired() {
        return armed.get() == null;
    }

    /** Waits until every late request has reached the server and been answered there. */
    void awaitLateRequests() throws InterruptedException {
        long deadline = System.nanoTime() + late.multipliedBy(4).toNanos();
        while (lateInFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (lateInFlight.get() > 0) {
            throw new AssertionError("a late request is still on its way");
        }
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread connection = new Thread(() -> serve(client), "fault-proxy-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            byte[] body;
            while ((body = readRequest(in)) != null) {
                Fault fault = new String(body, StandardCharsets.UTF_8).contains("\"BEGIN\"")
                        ? armed.getAndSet(null) : null;
                if (!answer(fault, body, out)) {
                    return;
                }
            }
        } catch (IOException | InterruptedException gone) {
            // the client or the server went away: the connection ends, as a real network's would
        }
    }

    /** False when the connection is to be cut. */
    private boolean answer(Fault fault, byte[] body, OutputStream out) throws IOException, InterruptedException {
        if (fault == Fault.CUT_BEFORE_SENDING) {
            return false;
        }
        if (fault == Fault.HTTP_500) {
            write(out, 500, "gateway failure".getBytes(StandardCharsets.UTF_8));
            return true;
        }
        if (fault == Fault.ARRIVE_LATE) {
            lateInFlight.incrementAndGet();
            try {
                Thread.sleep(late.toMillis());
                forward(body);
            } finally {
                lateInFlight.decrementAndGet();
            }
            return false;
        }
        HttpResponse<byte[]> response = forward(body);
        if (fault == Fault.CUT_AFTER_ANSWER) {
            return false;
        }
        if (fault == Fault.ANSWER_LATE) {
            Thread.sleep(late.toMillis());
        }
        write(out, response.statusCode(), response.body());
        return true;
    }

    private HttpResponse<byte[]> forward(byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(upstream)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void write(OutputStream out, int status, byte[] body) throws IOException {
        String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Error") + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    /** The body of the next request on the connection, or null when the client closed it. */
    private static byte[] readRequest(InputStream in) throws IOException {
        var head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        int length = 0;
        for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).strip());
            }
        }
        return in.readNBytes(length);
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
