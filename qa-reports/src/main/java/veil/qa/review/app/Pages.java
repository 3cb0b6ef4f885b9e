package veil.qa.review.app;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import veil.qa.review.ItemVerdict;

/**
 * The app's HTML, rendered on the server with every value escaped. Only one inline style and one inline script,
 * both carrying the response's CSP nonce; no inline handlers, nothing loaded from anywhere else.
 */
final class Pages {
    private Pages() {}

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static final String CSS = """
            body{font:15px/1.4 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#f6f6f4}
            header{display:flex;gap:1.5em;align-items:center;padding:.6em 1em;background:#23313f;color:#fff}
            header h1{font-size:1.1em;margin:0}header form{margin-left:auto}
            main{display:grid;grid-template-columns:minmax(0,3fr) minmax(18em,2fr);gap:1em;padding:1em}
            .images{display:flex;flex-wrap:wrap;gap:1em;align-content:flex-start}
            figure{margin:0;flex:1 1 16em;background:#fff;padding:.5em;border:1px solid #ccc}
            figure svg{width:100%;height:auto;max-height:70vh;background:#000;image-rendering:pixelated}
            .box{fill:none;stroke:#ff2d6f;stroke-width:2;vector-effect:non-scaling-stroke}
            figcaption{font-weight:600;margin-top:.3em}
            table{border-collapse:collapse;width:100%;background:#fff}td,th{border:1px solid #ddd;padding:.2em .4em;text-align:left;vertical-align:top;word-break:break-word}
            .text{white-space:pre-wrap;background:#fff;border:1px solid #ccc;padding:.5em;max-height:20em;overflow:auto}
            mark{background:#ffd54f;outline:1px solid #c79a00}
            .choices button{font-size:1.05em;padding:.4em 1.1em;margin-right:.4em;border:2px solid #777;background:#fff;cursor:pointer}
            .choices button.chosen{border-color:#23313f;background:#23313f;color:#fff}
            textarea{width:100%;box-sizing:border-box;min-height:4em}
            nav a{margin-right:1em}.keys{color:#555;font-size:.9em}.muted{color:#666}.error{color:#a00;font-weight:600}
            .center{max-width:32em;margin:3em auto;background:#fff;padding:1.5em;border:1px solid #ccc}
            """;

    static final String JS = """
            (function () {
              var keys = {};
              document.querySelectorAll('button[data-key]').forEach(function (b) { keys[b.getAttribute('data-key')] = b; });
              function go(id) { var a = document.getElementById(id); if (a) window.location.href = a.href; }
              document.addEventListener('keydown', function (e) {
                if (e.ctrlKey || e.metaKey || e.altKey) return;
                var t = e.target;
                if (t && (t.tagName === 'TEXTAREA' || t.tagName === 'INPUT')) { if (e.key === 'Escape') t.blur(); return; }
                var k = e.key;
                if (keys[k]) { e.preventDefault(); keys[k].click(); return; }
                if (k === 'n' || k === 'ArrowRight') { e.preventDefault(); go('next'); }
                else if (k === 'b' || k === 'ArrowLeft') { e.preventDefault(); go('back'); }
                else if (k === 't') { var n = document.getElementById('note'); if (n) { e.preventDefault(); n.focus(); } }
              });
            })();
            """;

    static String shell(String title, String nonce, String body, boolean script) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>" + esc(title) + "</title><style nonce=\"" + nonce + "\">" + CSS + "</style></head><body>" + body
                + (script ? "<script nonce=\"" + nonce + "\">" + JS + "</script>" : "") + "</body></html>";
    }

    static String csrf(String token) {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + esc(token) + "\">";
    }

    static String namePage(String nonce, String token, int n, SampleKind kind, String error) {
        return shell("Veil review: who is reviewing?", nonce, "<div class=\"center\"><h1>Veil review</h1><p>" + n + " "
                + (kind == SampleKind.SPOT_CHECK ? "released files to spot-check for leaks" : "labels to review")
                + ". Your name is kept with each verdict (and in a cookie in this browser).</p>"
                + (error == null ? "" : "<p class=\"error\" id=\"error\">" + esc(error) + "</p>")
                + "<form method=\"post\" action=\"/reviewer\">" + csrf(token)
                + "<label>Reviewer name <input id=\"reviewer\" name=\"reviewer\" maxlength=\"" + Reviewers.MAX
                + "\" required autofocus></label> <button type=\"submit\" id=\"start\">Start</button></form>"
                + "<p class=\"muted\">Letters, digits, spaces and . _ - ' @ only.</p></div>", false);
    }

    static String donePage(String nonce, String token, String reviewer, int n) {
        return shell("Veil review: done", nonce, header(reviewer, token, "all " + n + " reviewed")
                + "<div class=\"center\" id=\"done\"><h1>All " + n + " items reviewed</h1><p>Thank you, " + esc(reviewer)
                + ". Change any verdict from <a href=\"/item/1\" id=\"first\">item 1</a> on; run <code>veil review export</code> for the summary.</p></div>",
                false);
    }

    static String header(String reviewer, String token, String progress) {
        return "<header><h1>Veil review</h1><span id=\"progress\">" + esc(progress) + "</span><span>Reviewer: <b id=\"who\">"
                + esc(reviewer) + "</b></span><form method=\"post\" action=\"/reviewer/clear\">" + csrf(token)
                + "<button type=\"submit\" id=\"switch\">Change reviewer</button></form></header>";
    }

    static String errorPage(String nonce, int status, String message) {
        return shell("Veil review: error " + status, nonce, "<div class=\"center\"><h1>" + status + "</h1><p id=\"error\">"
                + esc(message) + "</p><p><a href=\"/\">Back to the review</a></p></div>", false);
    }

    /**
     * @param k 1-based position of the item in the sample
     */
    static String itemPage(String nonce, String token, SampleKind kind, ReviewItem item, int k, int n, String reviewer,
                           Map<String, ItemVerdict> mine) {
        ItemVerdict current = mine.get(item.id());
        String progress = String.format(Locale.ROOT, "Item %d of %d · you have reviewed %d of %d", k, n, mine.size(), n);
        StringBuilder b = new StringBuilder(4096);
        b.append(header(reviewer, token, progress)).append("<main><section class=\"images\">");
        List<ReviewItem.Image> images = item.images();
        for (int j = 0; j < images.size(); j++) {
            ReviewItem.Image im = images.get(j);
            b.append("<figure><svg class=\"shot\" id=\"image-").append(j).append("\" viewBox=\"0 0 ").append(im.width()).append(' ')
                    .append(im.height()).append("\" role=\"img\" aria-label=\"").append(esc(im.label())).append("\">")
                    .append("<image href=\"/img/").append(k).append('/').append(j).append("\" x=\"0\" y=\"0\" width=\"").append(im.width())
                    .append("\" height=\"").append(im.height()).append("\" preserveAspectRatio=\"none\"/>");
            for (int[] r : im.boxes())
                b.append("<rect class=\"box\" x=\"").append(r[0]).append("\" y=\"").append(r[1]).append("\" width=\"").append(r[2])
                        .append("\" height=\"").append(r[3]).append("\"/>");
            b.append("</svg><figcaption>").append(esc(im.label().isEmpty() ? "image " + (j + 1) : im.label()));
            if (!im.boxes().isEmpty()) b.append(" <span class=\"muted\">(").append(im.boxes().size())
                    .append(im.boxes().size() == 1 ? " box" : " boxes").append(" blacked out, outlined)</span>");
            b.append("</figcaption></figure>");
        }
        if (images.isEmpty()) b.append("<p class=\"muted\">No image to show for this item.</p>");
        b.append("</section><section class=\"details\">");
        if (item instanceof ReviewItem.SpotCheck s) {
            b.append("<h2 id=\"file\">").append(esc(s.file().isEmpty() ? s.id() : s.file())).append("</h2>");
            if (!s.stratum().isEmpty()) b.append("<p class=\"muted\">Stratum: <span id=\"stratum\">").append(esc(s.stratum())).append("</span></p>");
            b.append("<h3>Header values that remain</h3>");
            if (s.fields().isEmpty()) b.append("<p class=\"muted\">none listed</p>");
            else {
                b.append("<table id=\"fields\"><tbody>");
                for (String[] f : s.fields()) b.append("<tr><th>").append(esc(f[0])).append("</th><td>").append(esc(f[1])).append("</td></tr>");
                b.append("</tbody></table>");
            }
            b.append("<h3>Report excerpt</h3>");
            if (s.text().isEmpty()) b.append("<p class=\"muted\">no report</p>");
            else b.append("<div class=\"text\" id=\"text\">").append(marked(s.text(), s.marks())).append("</div>");
        } else if (item instanceof ReviewItem.LabelCheck l) {
            b.append("<h2 id=\"file\">").append(esc(l.label())).append(": ").append(esc(l.value())).append("</h2>")
                    .append("<table id=\"fields\"><tbody>")
                    .append(row("Image", l.image())).append(row("Labeller", l.labeller())).append(row("Split", l.split()))
                    .append(row("Sample id", l.id())).append("</tbody></table>")
                    .append("<p>Is the label <b>").append(esc(l.label())).append(" = ").append(esc(l.value()))
                    .append("</b> right for this image?</p>");
        }
        b.append("<form id=\"verdict\" method=\"post\" action=\"/verdict\">").append(csrf(token))
                .append("<input type=\"hidden\" name=\"k\" value=\"").append(k).append("\">")
                .append("<input type=\"hidden\" name=\"item\" value=\"").append(esc(item.id())).append("\">")
                .append("<p><label for=\"note\">Note (optional, t)</label><textarea id=\"note\" name=\"note\" maxlength=\"")
                .append(Forms.MAX_NOTE).append("\">").append(current == null ? "" : esc(current.note())).append("</textarea></p><p class=\"choices\">");
        for (SampleKind.Choice c : kind.choices)
            b.append("<button type=\"submit\" name=\"verdict\" value=\"").append(c.verdict()).append("\" id=\"verdict-").append(c.verdict())
                    .append("\" data-key=\"").append(c.key()).append('"')
                    .append(current != null && current.verdict().equals(c.verdict()) ? " class=\"chosen\"" : "").append('>')
                    .append(c.text()).append(" (").append(c.key()).append(")</button>");
        b.append("</p></form><p id=\"current\">").append(current == null ? "Not reviewed by you yet."
                : "Your verdict: <b>" + esc(current.verdict()) + "</b>").append("</p><nav>");
        if (k > 1) b.append("<a id=\"back\" href=\"/item/").append(k - 1).append("\">&larr; Back (b)</a>");
        if (k < n) b.append("<a id=\"next\" href=\"/item/").append(k + 1).append("\">Next (n) &rarr;</a>");
        b.append("</nav><p class=\"keys\" id=\"keys\">Keys: ");
        for (SampleKind.Choice c : kind.choices) b.append("<kbd>").append(c.key()).append("</kbd> ").append(c.verdict()).append(" · ");
        b.append("<kbd>n</kbd> or <kbd>&rarr;</kbd> next · <kbd>b</kbd> or <kbd>&larr;</kbd> back · <kbd>t</kbd> note · "
                + "<kbd>Esc</kbd> leave the note</p></section></main>");
        return shell("Veil review: item " + k + " of " + n, nonce, b.toString(), true);
    }

    static String row(String name, String value) {
        return "<tr><th>" + esc(name) + "</th><td>" + esc(value) + "</td></tr>";
    }

    /** The text with each mark wrapped in {@code <mark>}; marks are sorted and do not overlap (checked at load). */
    static String marked(String text, List<ReviewItem.Mark> marks) {
        StringBuilder b = new StringBuilder(text.length() + marks.size() * 40);
        int at = 0;
        for (ReviewItem.Mark m : marks) {
            b.append(esc(text.substring(at, m.start()))).append("<mark title=\"").append(esc(m.type())).append("\">")
                    .append(esc(text.substring(m.start(), m.end()))).append("</mark>");
            at = m.end();
        }
        return b.append(esc(text.substring(at))).toString();
    }
}
