package veil.qa.manifest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes CSV text through while following its quoting, so that a manifest cannot make the parser hold a field of any
 * size: a line or a quoted field longer than the limit, or a quote that is never closed, stops the read with an error
 * naming the line (the parser would otherwise gather the rest of the file into one field).
 */
final class BoundedCsvReader extends FilterReader {

    /** Longer than any real manifest line (CheXpert's longest are a few hundred characters). */
    static final int MAX_LINE_CHARS = 1 << 20;

    private final String file;
    private final int maxChars;
    private long line = 1;
    private long quoteLine;
    private int run;            // characters since the last line break outside quotes
    private boolean inQuotes;
    private boolean quotePending;   // inside quotes, just saw a '"': closing, or the first half of an escaped '""'
    private boolean fieldStart = true;

    BoundedCsvReader(Reader in, String file, int maxChars) {
        super(in);
        this.file = file;
        this.maxChars = maxChars;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n < 0) {
            if (inQuotes && !quotePending) {
                throw new ManifestException(file + ": line " + quoteLine + ": a quoted field is never closed (unterminated quote)");
            }
            return n;
        }
        for (int i = off; i < off + n; i++) step(buf[i]);
        return n;
    }

    private void step(char c) {
        if (inQuotes) {
            if (quotePending) {
                quotePending = false;
                if (c != '"') {
                    inQuotes = false;   // that quote closed the field; c is read as outside quotes below
                } else {
                    count(c);
                    return;
                }
            } else {
                if (c == '"') quotePending = true;
                if (c == '\n') line++;
                count(c);
                return;
            }
        }
        if (c == '"' && fieldStart) {
            inQuotes = true;
            quoteLine = line;
            fieldStart = false;
            count(c);
            return;
        }
        if (c == '\n') {
            line++;
            run = 0;
            fieldStart = true;
            return;
        }
        fieldStart = c == ',' || c == '\r';
        count(c);
    }

    private void count(char c) {
        if (++run > maxChars) {
            long where = inQuotes ? quoteLine : line;
            throw new ManifestException(file + ": line " + where + " is longer than " + maxChars + " characters"
                    + (inQuotes ? " (a quoted field that long, or a quote that is never closed)" : "")
                    + "; not a manifest Veil can read");
        }
    }
}
