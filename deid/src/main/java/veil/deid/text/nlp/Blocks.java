package veil.deid.text.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Splits a report at line breaks before sentence detection: headings, signature blocks and
 * "Name: value" lines are separate units even without a full stop.
 */
final class Blocks {
    private Blocks() {}

    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                int a = start, b = i;
                while (a < b && Character.isWhitespace(text.charAt(a))) a++;
                while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
                if (b > a) out.add(new Span(a, b));
                start = i + 1;
            }
        }
        return out;
    }
}
