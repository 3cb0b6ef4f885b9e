package veil.ocr.policy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every date a piece of burned-in text could mean, in the formats modalities print: ISO, day or
 * month first with / - . separators, compact yyyymmdd, month names, two-digit years. Ambiguous
 * text yields all readings, so matching errs towards removal.
 */
final class DateReader {

    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG",
            "SEP", "OCT", "NOV", "DEC");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,4})[/\\-.](\\d{1,2})[/\\-.](\\d{2,4})");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{8})(?!\\d)");
    private static final Pattern NAMED_DMY = Pattern.compile("(\\d{1,2})[\\s\\-./]*([A-Z]{3})[A-Z]*[\\s\\-./,]*(\\d{2,4})");
    private static final Pattern NAMED_MDY = Pattern.compile("([A-Z]{3})[A-Z]*[\\s\\-./]*(\\d{1,2})[\\s\\-./,]+(\\d{2,4})");

    private DateReader() { }

    static Set<LocalDate> read(String text) {
        // OCR confuses O/0 and l/I/1 inside numbers.
        String t = text.toUpperCase(Locale.ROOT);
        Set<LocalDate> out = new LinkedHashSet<>();
        Matcher m = NUMERIC.matcher(digitsFixed(t));
        while (m.find()) {
            String a = m.group(1), b = m.group(2), c = m.group(3);
            int x = Integer.parseInt(a), y = Integer.parseInt(b), z = Integer.parseInt(c);
            if (a.length() == 4) add(out, x, y, z);
            else {
                int year = year(c, z);
                add(out, year, y, x);
                add(out, year, x, y);
            }
        }
        m = COMPACT.matcher(digitsFixed(t));
        while (m.find()) {
            String d = m.group(1);
            add(out, Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)), Integer.parseInt(d.substring(6)));
            add(out, Integer.parseInt(d.substring(4)), Integer.parseInt(d.substring(2, 4)), Integer.parseInt(d.substring(0, 2)));
            add(out, Integer.parseInt(d.substring(4)), Integer.parseInt(d.substring(0, 2)), Integer.parseInt(d.substring(2, 4)));
        }
        m = NAMED_DMY.matcher(t);
        while (m.find()) {
            int month = MONTHS.indexOf(m.group(2)) + 1;
            if (month > 0) add(out, year(m.group(3), Integer.parseInt(m.group(3))), month, Integer.parseInt(m.group(1)));
        }
        m = NAMED_MDY.matcher(t);
        while (m.find()) {
            int month = MONTHS.indexOf(m.group(1)) + 1;
            if (month > 0) add(out, year(m.group(3), Integer.parseInt(m.group(3))), month, Integer.parseInt(m.group(2)));
        }
        return out;
    }

    private static String digitsFixed(String t) {
        StringBuilder b = new StringBuilder(t);
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            boolean nearDigit = (i > 0 && Character.isDigit(b.charAt(i - 1))) || (i + 1 < b.length() && Character.isDigit(b.charAt(i + 1)));
            if (!nearDigit) continue;
            if (c == 'O' || c == 'D') b.setCharAt(i, '0');
            else if (c == 'I' || c == 'L' || c == '|') b.setCharAt(i, '1');
            else if (c == 'S') b.setCharAt(i, '5');
            else if (c == 'B') b.setCharAt(i, '8');
        }
        return b.toString();
    }

    private static int year(String text, int value) {
        if (text.length() > 2) return value;
        return value + (value > 30 ? 1900 : 2000);
    }

    private static void add(Set<LocalDate> out, int y, int m, int d) {
        try {
            out.add(LocalDate.of(y, m, d));
        } catch (DateTimeException ignored) {
            // not a calendar date under this reading
        }
    }
}
