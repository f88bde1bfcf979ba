package io.redesk.app.sync.fault;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fault-injecting HTTP/1.1 proxy on loopback, put between the SDK and the exchange in the sync fault
 * tests. For every request it asks its {@link FaultPlan} what to do: pass it, drop the connection before
 * the request reaches the exchange, after the exchange has applied it, or in the middle of the answer,
 * answer 502/503/429 itself, delay it, or send it to the exchange twice. It can also go "offline": then
 * every connection is refused at once and the ones in progress are cut.
 *
 * <p>Each request is forwarded on its own upstream connection with {@code Connection: close}, and the
 * answer to the client also carries {@code Connection: close}, so request boundaries never depend on
 * parsing a keep-alive stream. Request bodies must carry {@code Content-Length} (the SDK always sends
 * one); anything else is answered with 400 so a test notices.
 */
public final class FaultProxy implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FaultProxy.class);
    private static final int MAX_HEAD = 64 * 1024;

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final ExecutorService workers;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Map<Fault, AtomicLong> counts = new EnumMap<>(Fault.class);
    /** Requests per path, and how many of them met a fault other than PASS. */
    private final Map<String, AtomicLong> byPath = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, AtomicLong> faultedByPath = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicLong forwarded = new AtomicLong();
    private final AtomicLong refusedOffline = new AtomicLong();
    private volatile FaultPlan plan;
    private volatile boolean offline;
    private volatile Duration maxDelay = Duration.ofMillis(40);
    private volatile boolean closed;

    private FaultProxy(ServerSocket server, InetSocketAddress target, FaultPlan plan) {
        this.server = server;
        this.target = target;
        this.plan = plan;
        for (Fault f : Fault.values()) {
            counts.put(f, new AtomicLong());
        }
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fault-proxy-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Thread acceptor = new Thread(this::acceptLoop, "fault-proxy-accept-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts a proxy on an ephemeral loopback port in front of {@code targetPort} on loopback. */
    public static FaultProxy start(int targetPort, FaultPlan plan) throws IOException {
        ServerSocket s = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        return new FaultProxy(s, new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort),
                Objects.requireNonNull(plan, "plan"));
    }

    public int port() {
        return server.getLocalPort();
    }

    /** {@code http://127.0.0.1:<port>} for the SDK's base URL. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public void plan(FaultPlan next) {
        this.plan = Objects.requireNonNull(next, "plan");
    }

    /** Upper bound of the random wait of {@link Fault#DELAY}. */
    public void maxDelay(Duration d) {
        this.maxDelay = d;
    }

    /** Offline: refuse new connections and cut the open ones; online: serve again. */
    public void offline(boolean value) {
        this.offline = value;
        if (value) {
            for (Socket s : open) {
                closeQuietly(s);
            }
        }
    }

    public boolean isOffline() {
        return offline;
    }

    /** How many requests got this fault. */
    public long count(Fault f) {
        return counts.get(f).get();
    }

    /** How many requests for {@code path} (no query) came through the proxy, faulted or not. */
    public long requests(String path) {
        AtomicLong n = byPath.get(path);
        return n == null ? 0 : n.get();
    }

    /** How many requests for {@code path} met an injected fault. */
    public long faulted(String path) {
        AtomicLong n = faultedByPath.get(path);
        return n == null ? 0 : n.get();
    }

    /** How many requests reached the exchange (a duplicate counts twice). */
    public long forwarded() {
        return forwarded.get();
    }

    /** How many connections were refused because the proxy was offline. */
    public long refusedOffline() {
        return refusedOffline.get();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("fault proxy accept failed: {}", e.toString());
                }
                return;
            }
            if (offline) {
                refusedOffline.incrementAndGet();
                resetQuietly(client);
                continue;
            }
            open.add(client);
            workers.execute(() -> {
                try {
                    serve(client);
                } catch (IOException e) {
                    LOG.debug("fault proxy connection ended: {}", e.toString());
                } finally {
                    open.remove(client);
                    closeQuietly(client);
                }
            });
        }
    }

    private void serve(Socket client) throws IOException {
        client.setSoTimeout(30_000);
        InputStream in = new java.io.BufferedInputStream(client.getInputStream());
        byte[] head = readHead(in);
        if (head == null) {
            return;
        }
        String headText = new String(head, StandardCharsets.ISO_8859_1);
        String[] lines = headText.split("\r\n");
        String[] requestLine = lines[0].split(" ");
        if (requestLine.length < 3) {
            respond(client, 400, "Bad Request", null);
            return;
        }
        String method = requestLine[0];
        String path = requestLine[1].split("\\?", 2)[0];
        long length = 0;
        StringBuilder upstreamHead = new StringBuilder(lines[0]).append("\r\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(line.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:")) {
                respond(client, 400, "Bad Request", "the fault proxy needs Content-Length bodies");
                return;
            }
            if (!lower.startsWith("connection:") && !lower.startsWith("keep-alive:")) {
                upstreamHead.append(line).append("\r\n");
            }
        }
        upstreamHead.append("Connection: close\r\n\r\n");
        byte[] body = in.readNBytes((int) length);
        if (body.length != length) {
            return; // the client went away mid-request
        }
        Fault fault = plan.choose(method, path);
        counts.get(fault).incrementAndGet();
        byPath.computeIfAbsent(path, k -> new AtomicLong()).incrementAndGet();
        if (fault != Fault.PASS) {
            faultedByPath.computeIfAbsent(path, k -> new AtomicLong()).incrementAndGet();
        }
        byte[] request = concat(upstreamHead.toString().getBytes(StandardCharsets.ISO_8859_1), body);
        switch (fault) {
            case DROP_BEFORE_REQUEST -> resetQuietly(client);
            case BAD_GATEWAY_502 -> respond(client, 502, "Bad Gateway", "injected by the fault proxy");
            case UNAVAILABLE_503 -> respond(client, 503, "Service Unavailable", "injected by the fault proxy");
            case TOO_MANY_429 -> respond(client, 429, "Too Many Requests", "injected by the fault proxy");
            case DROP_AFTER_REQUEST -> {
                forward(request);
                resetQuietly(client);
            }
            case DROP_MID_RESPONSE -> {
                byte[] answer = closeDelimited(forward(request));
                OutputStream out = client.getOutputStream();
                out.write(answer, 0, Math.max(1, answer.length / 2));
                out.flush();
                resetQuietly(client);
            }
            case DELAY -> {
                sleep(ThreadLocalRandom.current().nextLong(Math.max(1, maxDelay.toMillis() + 1)));
                send(client, forward(request));
            }
            case DUPLICATE -> {
                forward(request);
                send(client, forward(request));
            }
            case PASS -> send(client, forward(request));
            default -> throw new IllegalStateException("unhandled fault " + fault);
        }
    }

    private byte[] forward(byte[] request) throws IOException {
        if (offline) {
            throw new SocketException("fault proxy is offline");
        }
        try (Socket up = new Socket()) {
            up.connect(target, 5_000);
            up.setSoTimeout(30_000);
            up.getOutputStream().write(request);
            up.getOutputStream().flush();
            byte[] answer = up.getInputStream().readAllBytes();
            forwarded.incrementAndGet();
            return answer;
        }
    }

    private void send(Socket client, byte[] upstreamAnswer) throws IOException {
        OutputStream out = client.getOutputStream();
        out.write(closeDelimited(upstreamAnswer));
        out.flush();
        client.shutdownOutput();
    }

    /** The upstream answer with its Connection header replaced by {@code Connection: close}. */
    static byte[] closeDelimited(byte[] answer) {
        int end = indexOfHeadEnd(answer, answer.length);
        if (end < 0) {
            return answer;
        }
        String head = new String(answer, 0, end, StandardCharsets.ISO_8859_1);
        StringBuilder sb = new StringBuilder();
        for (String line : head.split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("connection:") && !lower.startsWith("keep-alive:")) {
                sb.append(line).append("\r\n");
            }
        }
        sb.append("Connection: close\r\n\r\n");
        byte[] newHead = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[newHead.length + answer.length - end - 4];
        System.arraycopy(newHead, 0, out, 0, newHead.length);
        System.arraycopy(answer, end + 4, out, newHead.length, answer.length - end - 4);
        return out;
    }

    private static void respond(Socket client, int status, String reason, String detail) throws IOException {
        String json = "{\"type\":\"about:blank\",\"title\":\"" + reason + "\",\"status\":" + status
                + ",\"code\":\"PROXY_" + status + "\"" + (detail == null ? "" : ",\"detail\":\"" + detail + "\"") + "}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " " + reason + "\r\n"
                + "Content-Type: application/problem+json\r\n"
                + (status == 429 ? "Retry-After: 0\r\n" : "")
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n\r\n";
        OutputStream out = client.getOutputStream();
        out.write(concat(head.getBytes(StandardCharsets.ISO_8859_1), body));
        out.flush();
        client.shutdownOutput();
    }

    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int last4 = 0;
        int b;
        while ((b = in.read()) != -1) {
            buf.write(b);
            last4 = (last4 << 8) | (b & 0xff);
            if (last4 == 0x0d0a0d0a) {
                byte[] all = buf.toByteArray();
                return java.util.Arrays.copyOf(all, all.length - 4);
            }
            if (buf.size() > MAX_HEAD) {
                throw new IOException("request head larger than " + MAX_HEAD + " bytes");
            }
        }
        return null;
    }

    private static int indexOfHeadEnd(byte[] a, int len) {
        for (int i = 0; i + 3 < len; i++) {
            if (a[i] == '\r' && a[i + 1] == '\n' && a[i + 2] == '\r' && a[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Closes with RST (linger 0), as a dropped network path looks to the peer. */
    private static void resetQuietly(Socket s) {
        try {
            s.setSoLinger(true, 0);
        } catch (IOException ignored) {
            // closing anyway
        }
        closeQuietly(s);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(new Socket());
        try {
            server.close();
        } catch (IOException ignored) {
            // shutting down
        }
        for (Socket s : open) {
            closeQuietly(s);
        }
        workers.shutdownNow();
    }
}
