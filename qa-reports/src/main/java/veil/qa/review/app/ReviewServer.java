package veil.qa.review.app;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import veil.qa.review.ItemVerdict;
import veil.qa.review.ReviewStore;
import veil.qa.review.Verdict;
import veil.qa.review.VerdictRow;

/**
 * The review web app: the JDK's HTTP server on 127.0.0.1 only, one item per page, verdicts into SQLite.
 *
 * <p>Defences, since the pages show what may be identifying: requests must name this host and port (no DNS
 * rebinding), every POST carries the session's CSRF token and, when the browser sends one, this origin; cookies are
 * HttpOnly and SameSite=Strict; every response has a Content-Security-Policy that allows only this origin's images
 * and the page's own nonce-tagged style and script; images are served by item and position, from paths checked when
 * the sample was loaded, never from a path in the URL. Nothing about a request is logged.
 */
public final class ReviewServer implements AutoCloseable {
    static final String SESSION = "veil_session", REVIEWER = "veil_reviewer";
    private static final int MAX_SESSIONS = 1000;

    private final ReviewSample sample;
    private final ReviewStore store;
    private final String defaultReviewer;
    private final HttpServer http;
    private final ExecutorService pool;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> sessions = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, String> e) { return size() > MAX_SESSIONS; }
    });
    private final AtomicLong verdictsRecorded = new AtomicLong();
    private final int port;

    private ReviewServer(ReviewSample sample, ReviewStore store, String defaultReviewer, HttpServer http, ExecutorService pool) {
        this.sample = sample;
        this.store = store;
        this.defaultReviewer = defaultReviewer;
        this.http = http;
        this.pool = pool;
        this.port = http.getAddress().getPort();
    }

    /**
     * Starts serving on 127.0.0.1.
     *
     * @param port            0 picks a free port
     * @param defaultReviewer used when the browser has not given a name; null to ask
     * @throws BindException  with a message saying so when the port is taken
     */
    public static ReviewServer start(ReviewSample sample, ReviewStore store, int port, String defaultReviewer)
            throws IOException, SQLException {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be 0 to 65535, got " + port);
        if (defaultReviewer != null && Reviewers.valid(defaultReviewer) == null)
            throw new IllegalArgumentException("--reviewer must be 1 to " + Reviewers.MAX + " letters, digits, spaces or . _ - ' @");
        List<String[]> ids = new ArrayList<>();
        for (ReviewItem i : sample.items()) ids.add(new String[] {i.id(), i.stratum()});
        store.registerItems(sample.kind().id, ids);
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 50);
        } catch (BindException e) {
            throw new BindException("port " + port + " on 127.0.0.1 is in use: choose another with --port, or --port 0 for a free one");
        }
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "veil-review-http");
            t.setDaemon(true);
            return t;
        });
        ReviewServer s = new ReviewServer(sample, store, defaultReviewer == null ? null : Reviewers.valid(defaultReviewer), http, pool);
        http.createContext("/", s::handle);
        http.setExecutor(pool);
        http.start();
        return s;
    }

    public int port() { return port; }

    public String url() { return "http://127.0.0.1:" + port + "/"; }

    /** Verdicts recorded since start (for the closing line: a count, nothing else). */
    public long verdictsRecorded() { return verdictsRecorded.get(); }

    @Override
    public void close() {
        http.stop(0);
        pool.shutdownNow();
    }

    // ---- routing

    private void handle(HttpExchange ex) throws IOException {
        String nonce = token(16);
        try (ex) {
            try {
                if (!hostAllowed(ex.getRequestHeaders().getFirst("Host")))
                    throw new Forms.Rejected(421, "this server answers only to 127.0.0.1:" + port + " or localhost:" + port);
                String path = ex.getRequestURI().getRawPath();
                String method = ex.getRequestMethod();
                if (method.equals("GET") || method.equals("HEAD")) get(ex, path, nonce);
                else if (method.equals("POST")) post(ex, path);
                else throw new Forms.Rejected(405, "method not allowed");
            } catch (Forms.Rejected r) {
                html(ex, r.status, nonce, Pages.errorPage(nonce, r.status, r.getMessage()), null);
            } catch (SQLException | RuntimeException e) {
                html(ex, 500, nonce, Pages.errorPage(nonce, 500, "the review database could not be read or written"), null);
            }
        }
    }

    private void get(HttpExchange ex, String path, String nonce) throws IOException, SQLException, Forms.Rejected {
        Session s = session(ex, true);
        String reviewer = reviewer(ex);
        if (path.equals("/")) {
            if (reviewer == null) {
                html(ex, 200, nonce, Pages.namePage(nonce, s.csrf, sample.size(), sample.kind(), null), s.setCookie);
                return;
            }
            Map<String, ItemVerdict> mine = store.verdictsBy(sample.kind().id, reviewer);
            int next = nextUnreviewed(0, mine);
            redirect(ex, next < 0 ? "/done" : "/item/" + (next + 1), s.setCookie);
        } else if (path.startsWith("/item/")) {
            int k = position(path.substring("/item/".length()), sample.size());
            if (reviewer == null) { redirect(ex, "/", s.setCookie); return; }
            Map<String, ItemVerdict> mine = store.verdictsBy(sample.kind().id, reviewer);
            html(ex, 200, nonce, Pages.itemPage(nonce, s.csrf, sample.kind(), sample.items().get(k - 1), k, sample.size(), reviewer, mine),
                    s.setCookie);
        } else if (path.equals("/done")) {
            if (reviewer == null) { redirect(ex, "/", s.setCookie); return; }
            html(ex, 200, nonce, Pages.donePage(nonce, s.csrf, reviewer, sample.size()), s.setCookie);
        } else if (path.startsWith("/img/")) {
            // Only a browser holding this server's session cookie (never sent cross-site) gets images.
            if (s.setCookie != null) throw new Forms.Rejected(403, "open the review page first");
            String[] parts = path.substring("/img/".length()).split("/", -1);
            if (parts.length != 2) throw new Forms.Rejected(404, "no such image");
            int k = position(parts[0], sample.size());
            List<ReviewItem.Image> images = sample.items().get(k - 1).images();
            int j = index(parts[1], images.size());
            ReviewItem.Image im = images.get(j);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(im.file());
            } catch (IOException e) {
                throw new Forms.Rejected(404, "the image is no longer there");
            }
            send(ex, 200, ReviewSample.contentType(im.file()), bytes, null, null);
        } else if (path.equals("/favicon.ico")) {
            send(ex, 204, null, new byte[0], null, null);
        } else {
            throw new Forms.Rejected(404, "no such page");
        }
    }

    private void post(HttpExchange ex, String path) throws IOException, SQLException, Forms.Rejected {
        Session s = session(ex, false);
        String origin = ex.getRequestHeaders().getFirst("Origin");
        String fetchSite = ex.getRequestHeaders().getFirst("Sec-Fetch-Site");
        if ((origin != null && !originAllowed(origin)) || (fetchSite != null && !fetchSite.equals("same-origin")))
            throw new Forms.Rejected(403, "the form came from another site");
        Map<String, String> form = Forms.read(ex.getRequestBody(), ex.getRequestHeaders().getFirst("Content-Type"));
        if (s == null || !same(s.csrf, form.get("csrf")))
            throw new Forms.Rejected(403, "the form's session token is missing or out of date: reload the page and try again");
        switch (path) {
            case "/reviewer" -> {
                String name = Reviewers.valid(form.get("reviewer"));
                if (name == null) {
                    String nonce = token(16);
                    html(ex, 400, nonce, Pages.namePage(nonce, s.csrf, sample.size(), sample.kind(),
                            "Please give a name of 1 to " + Reviewers.MAX + " letters, digits, spaces or . _ - ' @"), null);
                    return;
                }
                redirect(ex, "/", cookie(REVIEWER, URLEncoder.encode(name, StandardCharsets.UTF_8), 30 * 24 * 3600));
            }
            case "/reviewer/clear" -> redirect(ex, "/", cookie(REVIEWER, "", 0));
            case "/verdict" -> {
                String reviewer = reviewer(ex);
                if (reviewer == null) throw new Forms.Rejected(403, "give your name first");
                int k = position(form.getOrDefault("k", ""), sample.size());
                ReviewItem item = sample.items().get(k - 1);
                if (!item.id().equals(form.get("item"))) throw new Forms.Rejected(409, "the sample changed: reload the page");
                String verdict = form.get("verdict");
                if (verdict == null || !sample.kind().accepts(verdict))
                    throw new Forms.Rejected(400, "the verdict must be one of " + String.join(", ",
                            sample.kind().choices.stream().map(SampleKind.Choice::verdict).toList()));
                String note = Forms.note(form.get("note"));
                String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
                ItemVerdict v = new ItemVerdict(sample.kind().id, item.id(), item.stratum(), reviewer, verdict, note, now);
                VerdictRow label = null;
                if (item instanceof ReviewItem.LabelCheck l)
                    label = new VerdictRow(l.id(), l.labeller(), l.label(), l.value(), l.split(), l.image(), l.stratumSize(),
                            Verdict.parse(verdict), "", reviewer, note);
                store.recordVerdict(v, label);
                verdictsRecorded.incrementAndGet();
                Map<String, ItemVerdict> mine = store.verdictsBy(sample.kind().id, reviewer);
                int next = nextUnreviewed(k, mine);
                redirect(ex, next < 0 ? "/done" : "/item/" + (next + 1), null);
            }
            default -> throw new Forms.Rejected(404, "no such form");
        }
    }

    /** Index of the first item from {@code from} on (wrapping round) that this reviewer has not judged; -1 if none. */
    private int nextUnreviewed(int from, Map<String, ItemVerdict> mine) {
        int n = sample.size();
        for (int i = 0; i < n; i++) {
            int at = (from + i) % n;
            if (!mine.containsKey(sample.items().get(at).id())) return at;
        }
        return -1;
    }

    /** A 1-based position written in plain digits, within 1..n. */
    static int position(String s, int n) throws Forms.Rejected {
        int k = index(s, n + 1);
        if (k == 0) throw new Forms.Rejected(404, "no such item");
        return k;
    }

    /** A whole number written in plain digits, within 0..size-1. */
    static int index(String s, int size) throws Forms.Rejected {
        if (s.isEmpty() || s.length() > 9 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) throw new Forms.Rejected(404, "no such item");
        int k = Integer.parseInt(s);
        if (k >= size) throw new Forms.Rejected(404, "no such item");
        return k;
    }

    // ---- sessions, cookies, origin

    private record Session(String id, String csrf, String setCookie) {}

    /** The request's session; a new one (with the cookie to set) when it has none and {@code create}. */
    private Session session(HttpExchange ex, boolean create) {
        String id = cookies(ex).get(SESSION);
        String csrf = id == null ? null : sessions.get(id);
        if (csrf != null) return new Session(id, csrf, null);
        if (!create) return null;
        id = token(32);
        csrf = token(32);
        sessions.put(id, csrf);
        return new Session(id, csrf, cookie(SESSION, id, -1));
    }

    private String reviewer(HttpExchange ex) {
        String raw = cookies(ex).get(REVIEWER);
        if (raw != null && !raw.isEmpty()) {
            try {
                String name = Reviewers.valid(URLDecoder.decode(raw, StandardCharsets.UTF_8));
                if (name != null) return name;
            } catch (IllegalArgumentException ignored) {
                // a mangled cookie counts as no name
            }
        }
        return defaultReviewer;
    }

    static Map<String, String> cookies(HttpExchange ex) {
        Map<String, String> out = new HashMap<>();
        List<String> headers = ex.getRequestHeaders().get("Cookie");
        if (headers == null) return out;
        for (String h : headers)
            for (String c : h.split(";")) {
                int eq = c.indexOf('=');
                if (eq > 0) out.putIfAbsent(c.substring(0, eq).strip(), c.substring(eq + 1).strip());
            }
        return out;
    }

    static String cookie(String name, String value, int maxAge) {
        return name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (maxAge >= 0 ? "; Max-Age=" + maxAge : "");
    }

    boolean hostAllowed(String host) {
        return host != null && (host.equals("127.0.0.1:" + port) || host.equals("localhost:" + port));
    }

    boolean originAllowed(String origin) {
        return origin.equals("http://127.0.0.1:" + port) || origin.equals("http://localhost:" + port);
    }

    static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private String token(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    // ---- responses

    static String csp(String nonce) {
        return "default-src 'none'; img-src 'self'; style-src 'nonce-" + nonce + "'; script-src 'nonce-" + nonce + "';"
                + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    }

    private void html(HttpExchange ex, int status, String nonce, String page, String setCookie) throws IOException {
        send(ex, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), nonce, setCookie);
    }

    private void redirect(HttpExchange ex, String location, String setCookie) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        send(ex, 303, null, new byte[0], null, setCookie);
    }

    private void send(HttpExchange ex, int status, String type, byte[] body, String nonce, String setCookie) throws IOException {
        Headers h = ex.getResponseHeaders();
        h.set("Content-Security-Policy", csp(nonce == null ? token(16) : nonce));
        h.set("X-Content-Type-Options", "nosniff");
        // same-origin, not no-referrer: under no-referrer browsers send "Origin: null" on the app's own forms.
        h.set("Referrer-Policy", "same-origin");
        h.set("X-Frame-Options", "DENY");
        h.set("Cross-Origin-Resource-Policy", "same-origin");
        h.set("Cross-Origin-Opener-Policy", "same-origin");
        h.set("Cache-Control", "no-store");
        if (type != null) h.set("Content-Type", type);
        if (setCookie != null) h.add("Set-Cookie", setCookie);
        boolean head = ex.getRequestMethod().equals("HEAD");
        boolean empty = body.length == 0 || head;
        ex.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) try (OutputStream os = ex.getResponseBody()) { os.write(body); }
    }
}
