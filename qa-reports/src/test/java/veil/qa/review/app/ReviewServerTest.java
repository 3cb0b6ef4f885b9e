package veil.qa.review.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.qa.review.ItemVerdict;
import veil.qa.review.ReviewStore;
import veil.qa.review.VerdictRow;

/** The server over plain sockets, so the test controls every byte of the request (paths, Host, Origin). */
class ReviewServerTest {
    @TempDir Path dir;
    ReviewStore store;
    ReviewServer server;
    final Map<String, String> cookies = new LinkedHashMap<>();

    record Response(int status, Map<String, List<String>> headers, byte[] body) {
        String text() { return new String(body, StandardCharsets.UTF_8); }
        String header(String name) {
            List<String> v = headers.get(name.toLowerCase());
            return v == null ? null : v.get(0);
        }
    }

    @BeforeEach
    void start() throws Exception {
        TestSamples.png(dir.resolve("secret.png"), false);
        ReviewSample sample = ReviewSample.open(TestSamples.spotCheck(dir.resolve("sample")), null);
        store = ReviewStore.open(dir.resolve("review.sqlite"));
        server = ReviewServer.start(sample, store, 0, null);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        store.close();
    }

    Response request(String method, String path, String body, String... extraHeaders) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            StringBuilder req = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            boolean host = false;
            for (String h : extraHeaders) { req.append(h).append("\r\n"); host |= h.startsWith("Host:"); }
            if (!host) req.append("Host: 127.0.0.1:").append(server.port()).append("\r\n");
            if (!cookies.isEmpty()) {
                List<String> c = new ArrayList<>();
                cookies.forEach((k, v) -> c.add(k + "=" + v));
                req.append("Cookie: ").append(String.join("; ", c)).append("\r\n");
            }
            byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) req.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(b.length).append("\r\n");
            req.append("Connection: close\r\n\r\n");
            OutputStream os = s.getOutputStream();
            os.write(req.toString().getBytes(StandardCharsets.UTF_8));
            os.write(b);
            os.flush();
            byte[] all = s.getInputStream().readAllBytes();
            int split = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String[] lines = new String(all, 0, split, StandardCharsets.ISO_8859_1).split("\r\n");
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int c = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, c).toLowerCase(), k -> new ArrayList<>()).add(lines[i].substring(c + 1).strip());
            }
            for (String sc : headers.getOrDefault("set-cookie", List.of())) {
                String kv = sc.split(";")[0];
                int eq = kv.indexOf('=');
                if (sc.contains("Max-Age=0")) cookies.remove(kv.substring(0, eq)); else cookies.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
            byte[] rest = java.util.Arrays.copyOfRange(all, split + 4, all.length);
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, dechunk(rest, headers));
        }
    }

    static byte[] dechunk(byte[] body, Map<String, List<String>> headers) {
        if (!headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) return body;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int eol = indexOf(java.util.Arrays.copyOfRange(body, at, body.length), "\r\n".getBytes(StandardCharsets.US_ASCII)) + at;
            int len = Integer.parseInt(new String(body, at, eol - at, StandardCharsets.US_ASCII).trim(), 16);
            if (len == 0) return out.toByteArray();
            out.write(body, eol + 2, len);
            at = eol + 2 + len + 2;
        }
    }

    static int indexOf(byte[] a, byte[] b) {
        outer:
        for (int i = 0; i + b.length <= a.length; i++) {
            for (int j = 0; j < b.length; j++) if (a[i + j] != b[j]) continue outer;
            return i;
        }
        return -1;
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("page has a CSRF field").isTrue();
        return m.group(1);
    }

    String signIn(String name) throws Exception {
        Response first = request("GET", "/", null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.text()).contains("id=\"reviewer\"");
        String token = csrf(first.text());
        Response r = request("POST", "/reviewer", "csrf=" + token + "&reviewer=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(303);
        return token;
    }

    @Test
    void listensOnLoopbackOnlyAndPrintsAUrlOnIt() {
        assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
    }

    @Test
    void theItemPageEscapesEverythingAndMarksFindings() throws Exception {
        signIn("Ana");
        Response r = request("GET", "/item/1", null);
        assertThat(r.status()).isEqualTo(200);
        String html = r.text();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>CHEST");
        assertThat(html).contains("<mark title=\"NAME\">&lt;script&gt;alert(1)&lt;/script&gt; Smith</mark>")
                .contains("<mark title=\"DATE\">2020-01-02</mark>")
                .contains("&lt;b&gt;CHEST&lt;/b&gt; &amp; &quot;PA&quot;")
                .contains("<rect class=\"box\" x=\"2\" y=\"2\" width=\"10\" height=\"4\"/>")
                .contains("Item 1 of 3 · you have reviewed 0 of 3").contains("Pass (p)").contains("Fail (f)");
        String csp = r.header("Content-Security-Policy");
        Matcher nonce = Pattern.compile("script-src 'nonce-([^']+)'").matcher(csp);
        assertThat(nonce.find()).isTrue();
        assertThat(csp).startsWith("default-src 'none'; img-src 'self'");
        assertThat(html).contains("<script nonce=\"" + nonce.group(1) + "\">").doesNotContain(" onclick=");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void imagesAreServedByPositionAndNoPathLeadsOutOfTheSample() throws Exception {
        signIn("Ana");
        Response ok = request("GET", "/img/1/1", null);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.header("Content-Type")).isEqualTo("image/png");
        assertThat(ok.body()).isEqualTo(Files.readAllBytes(dir.resolve("sample/img/a1-after.png")));
        byte[] secret = Files.readAllBytes(dir.resolve("secret.png"));
        for (String p : new String[] {"/img/../secret.png", "/img/..%2F..%2Fsecret.png", "/img/1/../../../secret.png",
                "/img/1/%2e%2e%2f%2e%2e%2fsecret.png", "/img/1/2", "/img/1/-1", "/img/0/0", "/img/4/0", "/img/1", "/img/1/0/0",
                "/sample/img/a1-after.png", "/img/a1-after.png", "/items.jsonl", "/../secret.png", "/img/1/+1", "/img/99999999999/0"}) {
            Response r = request("GET", p, null);
            assertThat(r.status()).as(p).isEqualTo(404);
            assertThat(indexOf(r.body(), secret)).as(p).isEqualTo(-1);
        }
    }

    @Test
    void imagesNeedThisServersSession() throws Exception {
        assertThat(request("GET", "/img/1/0", null).status()).isEqualTo(403);
    }

    @Test
    void aForeignHostHeaderIsRefusedAgainstDnsRebinding() throws Exception {
        assertThat(request("GET", "/", null, "Host: evil.example:" + server.port()).status()).isEqualTo(421);
        assertThat(request("GET", "/", null, "Host: localhost:" + server.port()).status()).isEqualTo(200);
    }

    @Test
    void postsNeedTheSessionsTokenAndThisOrigin() throws Exception {
        String token = signIn("Ana");
        String form = "k=1&item=a1&verdict=pass&note=";
        assertThat(request("POST", "/verdict", form).status()).isEqualTo(403);
        assertThat(request("POST", "/verdict", form + "&csrf=wrong").status()).isEqualTo(403);
        assertThat(request("POST", "/verdict", form + "&csrf=" + token, "Origin: http://evil.example").status()).isEqualTo(403);
        assertThat(request("POST", "/verdict", form + "&csrf=" + token, "Origin: null").status()).isEqualTo(403);
        assertThat(request("POST", "/verdict", form + "&csrf=" + token, "Sec-Fetch-Site: cross-site").status()).isEqualTo(403);
        Map<String, String> saved = new LinkedHashMap<>(cookies);
        cookies.remove(ReviewServer.SESSION);
        assertThat(request("POST", "/verdict", form + "&csrf=" + token).status()).as("token without its session").isEqualTo(403);
        cookies.putAll(saved);
        assertThat(store.itemVerdicts()).isEmpty();
        Response ok = request("POST", "/verdict", form + "&csrf=" + token, "Origin: http://127.0.0.1:" + server.port());
        assertThat(ok.status()).isEqualTo(303);
        assertThat(ok.header("Location")).isEqualTo("/item/2");
        assertThat(store.itemVerdicts()).extracting(ItemVerdict::itemId, ItemVerdict::reviewer, ItemVerdict::verdict)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "Ana", "pass"));
    }

    @Test
    void everyInputIsValidated() throws Exception {
        String token = signIn("Ana");
        String c = "&csrf=" + token;
        assertThat(request("POST", "/verdict", "k=1&item=a1&verdict=maybe" + c).status()).isEqualTo(400);
        assertThat(request("POST", "/verdict", "k=4&item=a1&verdict=pass" + c).status()).isEqualTo(404);
        assertThat(request("POST", "/verdict", "k=x&item=a1&verdict=pass" + c).status()).isEqualTo(404);
        assertThat(request("POST", "/verdict", "k=2&item=a1&verdict=pass" + c).status()).isEqualTo(409);
        assertThat(request("POST", "/verdict", "k=1&item=a1&verdict=pass&note=" + "x".repeat(2001) + c).status()).isEqualTo(400);
        assertThat(request("POST", "/verdict", "k=1&item=a1&verdict=pass&note=%07" + c).status()).isEqualTo(400);
        assertThat(request("POST", "/verdict", "k=1&k=2&item=a1&verdict=pass" + c).status()).isEqualTo(400);
        assertThat(request("POST", "/verdict", "k=1&item=a1&verdict=pass&note=%zz" + c).status()).isEqualTo(400);
        assertThat(request("POST", "/verdict", "x".repeat(20_000) + c).status()).isEqualTo(413);
        assertThat(request("POST", "/reviewer", "reviewer=%3Cscript%3E" + c).text()).contains("Please give a name");
        assertThat(request("DELETE", "/item/1", null).status()).isEqualTo(405);
        assertThat(request("GET", "/item/1", null).status()).as("the session is still good").isEqualTo(200);
        assertThat(store.itemVerdicts()).isEmpty();
    }

    @Test
    void aReviewerChangingTheirMindReplacesTheVerdictAndProgressCountsPerReviewer() throws Exception {
        String token = signIn("Ana");
        request("POST", "/verdict", "k=1&item=a1&verdict=pass&csrf=" + token);
        request("POST", "/verdict", "k=1&item=a1&verdict=fail&note=name+in+box&csrf=" + token);
        assertThat(store.itemVerdicts()).singleElement().extracting(ItemVerdict::verdict, ItemVerdict::note)
                .containsExactly("fail", "name in box");
        assertThat(request("GET", "/item/2", null).text()).contains("you have reviewed 1 of 3");
        request("POST", "/reviewer/clear", "csrf=" + token);
        assertThat(request("GET", "/item/2", null).status()).as("no name: back to the name page").isEqualTo(303);
        request("POST", "/reviewer", "reviewer=Ben&csrf=" + token);
        assertThat(request("GET", "/item/2", null).text()).contains("you have reviewed 0 of 3").contains("id=\"who\">Ben<");
    }

    @Test
    void theLastVerdictLeadsToTheDonePage() throws Exception {
        String token = signIn("Ana");
        assertThat(request("POST", "/verdict", "k=3&item=c3&verdict=pass&csrf=" + token).header("Location")).isEqualTo("/item/1");
        request("POST", "/verdict", "k=1&item=a1&verdict=pass&csrf=" + token);
        Response last = request("POST", "/verdict", "k=2&item=b2&verdict=fail&csrf=" + token);
        assertThat(last.header("Location")).isEqualTo("/done");
        assertThat(request("GET", "/done", null).text()).contains("All 3 items reviewed");
    }

    @Test
    void aPortInUseIsAClearError() throws Exception {
        assertThatThrownBy(() -> ReviewServer.start(ReviewSample.open(dir.resolve("sample"), null), store, server.port(), null))
                .isInstanceOf(BindException.class).hasMessageContaining("port " + server.port() + " on 127.0.0.1 is in use");
    }

    @Test
    void labelVerdictsAlsoReachTheLabelReviewTable() throws Exception {
        server.close();
        Path csv = TestSamples.labels(dir);
        server = ReviewServer.start(ReviewSample.open(csv, dir.resolve("images")), store, 0, "Cleo");
        cookies.clear();
        Response page = request("GET", "/", null);
        assertThat(page.status()).as("--reviewer skips the name page").isEqualTo(303);
        String html = request("GET", "/item/2", null).text();
        assertThat(html).contains("Correct (c)").contains("Wrong (w)").contains("Unsure (u)").contains("Edema: negative");
        assertThat(request("GET", "/img/2/0", null).status()).isEqualTo(200);
        request("POST", "/verdict", "k=2&item=S000002&verdict=wrong&note=effusion+visible&csrf=" + csrf(html));
        assertThat(store.all()).singleElement().extracting(VerdictRow::sampleId, VerdictRow::label, VerdictRow::reviewer,
                VerdictRow::notes, VerdictRow::stratumSize).containsExactly("S000002", "Edema", "Cleo", "effusion visible", 900L);
        assertThat(store.itemVerdicts()).singleElement().extracting(ItemVerdict::kind).isEqualTo("label");
    }
}
