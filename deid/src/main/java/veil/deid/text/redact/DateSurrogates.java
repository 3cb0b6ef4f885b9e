package veil.deid.text.redact;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves a date written in any of the common report formats by a number of days and writes it back
 * in the same format. A date without a year is moved within a non-leap reference year.
 */
final class DateSurrogates {
    private record Form(Pattern pattern, Writer writer) {}

    private interface Writer { String write(Matcher m, int days); }

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final int REFERENCE_YEAR = 2001;

    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(.*)"), (m, d) -> numeric(m, d, 1, 3, 4, m.group(2), true)),
            new Form(Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{2}|\\d{4})"), (m, d) -> numeric(m, d, 4, 1, 3, m.group(2), false)),
            new Form(Pattern.compile("(\\d{4})(\\d{2})(\\d{2})"), (m, d) -> shift(year(m.group(1)), m.group(2), m.group(3), d)
                    .format(DateTimeFormatter.BASIC_ISO_DATE)),
            new Form(Pattern.compile("(\\d{1,2})/(\\d{1,2})"), (m, d) -> {
                LocalDate x = shift(REFERENCE_YEAR, m.group(1), m.group(2), d);
                return x.getMonthValue() + "/" + x.getDayOfMonth();
            }),
            new Form(Pattern.compile("(?i)" + MONTH + "(\\.?)([\\s-]+)(\\d{1,2})(st|nd|rd|th)?(,?[\\s-]+)?(\\d{4})?"), DateSurrogates::monthFirst),
            new Form(Pattern.compile("(?i)(\\d{1,2})(st|nd|rd|th)?([\\s-]+(?:of\\s+)?)" + MONTH + "(\\.?)([\\s,-]+)?(\\d{4}|\\d{2})?"), DateSurrogates::dayFirst),
            new Form(Pattern.compile("(?i)" + MONTH + "(\\.?,?\\s+(?:of\\s+)?)(\\d{4})"), (m, d) -> {
                LocalDate x = LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), 15).plusDays(d);
                return monthName(x, m.group(1)) + m.group(2) + x.getYear();
            }));

    private DateSurrogates() {}

    /** The shifted date, or null when the text is no date this class can read. */
    static String shift(String date, int days) {
        String s = date.strip();
        for (Form f : FORMS) {
            Matcher m = f.pattern().matcher(s);
            if (!m.matches()) continue;
            try {
                return f.writer().write(m, days);
            } catch (DateTimeException | NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String numeric(Matcher m, int days, int yearGroup, int monthGroup, int dayGroup, String sep, boolean yearFirst) {
        String y = m.group(yearGroup);
        LocalDate x = shift(year(y), m.group(monthGroup), m.group(dayGroup), days);
        boolean zeros = m.group(monthGroup).startsWith("0") || m.group(dayGroup).startsWith("0");
        String mm = pad(x.getMonthValue(), zeros ? 2 : 1);
        String dd = pad(x.getDayOfMonth(), zeros ? 2 : 1);
        String yy = y.length() == 2 ? String.format("%02d", x.getYear() % 100) : Integer.toString(x.getYear());
        if (yearFirst) return yy + sep + mm + sep + dd + (m.groupCount() >= 5 ? m.group(5) : "");
        return mm + sep + dd + sep + yy;
    }

    private static String monthFirst(Matcher m, int days) {
        boolean hasYear = m.group(7) != null;
        LocalDate x = LocalDate.of(hasYear ? Integer.parseInt(m.group(7)) : REFERENCE_YEAR, month(m.group(1)), Integer.parseInt(m.group(4))).plusDays(days);
        String out = monthName(x, m.group(1)) + m.group(2) + m.group(3) + x.getDayOfMonth() + (m.group(5) == null ? "" : ordinal(x.getDayOfMonth()));
        if (hasYear) out += (m.group(6) == null ? " " : m.group(6)) + x.getYear();
        return out;
    }

    private static String dayFirst(Matcher m, int days) {
        String y = m.group(7);
        int year = y == null ? REFERENCE_YEAR : year(y);
        LocalDate x = LocalDate.of(year, month(m.group(4)), Integer.parseInt(m.group(1))).plusDays(days);
        String out = x.getDayOfMonth() + (m.group(2) == null ? "" : ordinal(x.getDayOfMonth())) + m.group(3) + monthName(x, m.group(4)) + m.group(5);
        if (y != null) out += (m.group(6) == null ? " " : m.group(6)) + (y.length() == 2 ? String.format("%02d", x.getYear() % 100) : x.getYear());
        return out;
    }

    private static LocalDate shift(int year, String month, String day, int days) {
        return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)).plusDays(days);
    }

    private static int year(String y) {
        int v = Integer.parseInt(y);
        return y.length() == 2 ? (v < 50 ? 2000 + v : 1900 + v) : v;
    }

    private static int month(String name) {
        String k = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(k) + 1;
    }

    /** The new month written like the old one: full or short, upper case or not. */
    private static String monthName(LocalDate x, String like) {
        String name = x.getMonth().getDisplayName(like.length() <= 4 && !like.equalsIgnoreCase("june") && !like.equalsIgnoreCase("july")
                ? TextStyle.SHORT : TextStyle.FULL, Locale.US);
        if (like.length() == 4 && like.toLowerCase(Locale.ROOT).startsWith("sep")) name = name.length() == 3 ? "Sept" : name;
        return like.equals(like.toUpperCase(Locale.ROOT)) ? name.toUpperCase(Locale.ROOT) : name;
    }

    private static String pad(int v, int width) {
        return width >= 2 ? String.format("%02d", v) : Integer.toString(v);
    }

    static String ordinal(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) return "th";
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
