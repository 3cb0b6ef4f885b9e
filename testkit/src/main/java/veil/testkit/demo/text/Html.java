package veil.testkit.demo.text;

import java.util.List;
import veil.deid.text.Finding;

/** The demo's HTML page: each report with its findings highlighted, next to its redacted versions. */
final class Html {
    static final String HEAD = """
            <!doctype html><html><head><meta charset="utf-8"><title>Veil: report text</title><style>
            body{font-family:system-ui,sans-serif;margin:2em;max-width:80em}
            .row{display:grid;grid-template-columns:1fr 1fr 1fr;gap:1em;margin-bottom:2em}
            pre{white-space:pre-wrap;background:#f6f6f6;padding:.8em;border-radius:4px;font-size:.85em}
            mark{background:#ffd36b;border-radius:2px} mark small{color:#744;font-size:.7em;margin-left:.2em}
            </style></head><body><h1>Report text: identifiers found and removed</h1>
            <p>Synthetic chest X-ray reports. Left: as written, findings highlighted with their category.
            Middle: tagged. Right: surrogates (fake values, dates shifted per patient).</p>
            """;
    static final String TAIL = "</body></html>\n";

    private Html() {}

    static String report(String id, String text, List<Finding> found, String tagged, String surrogate) {
        StringBuilder marked = new StringBuilder();
        int at = 0;
        for (Finding f : found) {
            marked.append(escape(text.substring(at, f.start())))
                    .append("<mark>").append(escape(text.substring(f.start(), f.end())))
                    .append("<small>").append(f.type()).append("</small></mark>");
            at = f.end();
        }
        marked.append(escape(text.substring(at)));
        return "<h2>" + escape(id) + "</h2><div class=\"row\"><pre>" + marked + "</pre><pre>" + escape(tagged)
                + "</pre><pre>" + escape(surrogate) + "</pre></div>\n";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
