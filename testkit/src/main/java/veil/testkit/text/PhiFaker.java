package veil.testkit.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import veil.deid.text.PhiType;
import veil.deid.text.lexicon.Lexicons;
import veil.deid.text.lexicon.NameSplit;
import veil.deid.text.lexicon.PersonNames;
import veil.deid.text.lexicon.WordList;

/** Fake identifiers of every category, in the many shapes they take in reports. */
public final class PhiFaker {
    /** A value for one template slot; type null for text that is not an identifier (a state). */
    public record Fake(String text, PhiType type) {}

    private static final List<String> DATE_FORMATS = List.of("MM/dd/yyyy", "M/d/yyyy", "M/d/yy", "M/d", "yyyy-MM-dd",
            "dd-MMM-yyyy", "MMMM d, yyyy", "MMM d", "MMMM d", "d MMMM yyyy", "MMM. d, yyyy", "MM-dd-yyyy", "yyyyMMdd", "MMMM d'th'");
    private static final String[] STATES = {"MA", "NY", "CA", "TX", "IL", "OH", "PA", "FL", "GA", "WA", "MN", "Oregon", "Vermont", "Michigan"};
    private static final String[] STREET_TYPES = {"Street", "St.", "Avenue", "Ave", "Road", "Rd.", "Lane", "Drive", "Boulevard", "Court", "Way", "Place", "Terrace"};
    private static final String[] STREET_WORDS = {"Maple", "Oak", "Elm", "Cedar", "Washington", "Lincoln", "Highland", "Lake", "Hill", "Park", "Sunset", "Mill", "River", "Church", "Spring", "Walnut", "Chestnut", "Pleasant", "Forest", "Prospect"};
    private static final String[] HOSPITAL_KINDS = {"Hospital", "Medical Center", "Clinic", "Health Center", "Regional Hospital", "Memorial Hospital", "Community Hospital", "General Hospital", "Infirmary", "Cancer Center"};
    private static final String[] WARD_KINDS = {"Ward", "Pavilion", "Wing", "Unit"};
    private static final String[] DOMAINS = {"org", "com", "net", "edu"};

    private final PersonNames people;
    private final List<String> cities;

    public PhiFaker(Lexicons lex) {
        this(lex, new PersonNames(lex, NameSplit.EVAL));
    }

    public PhiFaker(Lexicons lex, PersonNames people) {
        this.people = people;
        this.cities = WordList.resource("/veil/deid/text/cities.txt").originals();
    }

    public Fake fake(String slot, Random r) {
        return switch (slot) {
            case "PERSON" -> new Fake(people.full(r), PhiType.NAME);
            case "FIRST" -> new Fake(people.first(r), PhiType.NAME);
            case "LAST" -> new Fake(people.last(r), PhiType.NAME);
            case "DATE" -> new Fake(date(r), PhiType.DATE);
            case "DAYORD" -> new Fake(ordinal(1 + r.nextInt(31)), PhiType.DATE);
            case "MONTH" -> new Fake(day(r).format(DateTimeFormatter.ofPattern("MMMM", Locale.US)), PhiType.DATE);
            case "MONTHYEAR" -> new Fake(day(r).format(DateTimeFormatter.ofPattern(r.nextBoolean() ? "MMMM yyyy" : "MMM yyyy", Locale.US)), PhiType.DATE);
            case "TIME" -> new Fake(time(r), PhiType.TIME);
            case "HHMM" -> new Fake(String.format("%02d%02d", r.nextInt(24), r.nextInt(60)), PhiType.TIME);
            case "MD" -> new Fake(day(r).format(DateTimeFormatter.ofPattern("M/d", Locale.US)), PhiType.DATE);
            case "INITIALS" -> new Fake(initials(r), PhiType.NAME);
            case "AGE" -> new Fake(Integer.toString(90 + r.nextInt(15)), PhiType.AGE);
            case "MRN" -> new Fake(digits(r, 6 + r.nextInt(4)), PhiType.ID);
            case "ACC" -> new Fake(r.nextBoolean() ? (char) ('A' + r.nextInt(26)) + digits(r, 8) : digits(r, 10), PhiType.ID);
            case "ACCOUNT" -> new Fake(digits(r, 9), PhiType.ID);
            case "SSN" -> new Fake(digits(r, 3) + "-" + digits(r, 2) + "-" + digits(r, 4), PhiType.ID);
            case "SERIAL" -> new Fake(serial(r), PhiType.ID);
            case "PHONE" -> new Fake(phone(r), PhiType.PHONE);
            case "PAGER" -> new Fake(digits(r, 4 + r.nextInt(2)), PhiType.PHONE);
            case "EMAIL" -> new Fake((people.first(r) + "." + people.last(r)).toLowerCase(Locale.ROOT).replace("'", "") + "@" + domain(r), PhiType.EMAIL);
            case "URL" -> new Fake((r.nextBoolean() ? "https://" : "www.") + domain(r) + (r.nextBoolean() ? "/pacs/" + digits(r, 5) : ""), PhiType.URL);
            case "IP" -> new Fake((10 + r.nextInt(200)) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254)), PhiType.IP);
            case "STREET" -> new Fake((1 + r.nextInt(9999)) + " " + pick(STREET_WORDS, r) + " " + pick(STREET_TYPES, r), PhiType.ADDRESS);
            case "CITY" -> new Fake(cities.get(r.nextInt(cities.size())), PhiType.LOCATION);
            case "STATE" -> new Fake(pick(STATES, r), null);
            case "ZIP" -> new Fake(digits(r, 5) + (r.nextInt(4) == 0 ? "-" + digits(r, 4) : ""), PhiType.ADDRESS);
            case "HOSPITAL" -> new Fake(hospital(r), PhiType.ORGANIZATION);
            case "WARD" -> new Fake(people.last(r) + " " + pick(WARD_KINDS, r), PhiType.ORGANIZATION);
            case "FACILITYWORD" -> new Fake(facilityWord(r), PhiType.ORGANIZATION);
            default -> throw new IllegalArgumentException("unknown slot {" + slot + "}");
        };
    }

    private static LocalDate day(Random r) {
        return LocalDate.of(1995, 1, 1).plusDays(r.nextInt(365 * 30));
    }

    private static String date(Random r) {
        LocalDate d = day(r);
        String f = DATE_FORMATS.get(r.nextInt(DATE_FORMATS.size()));
        if (f.endsWith("'th'")) return d.format(DateTimeFormatter.ofPattern("MMMM", Locale.US)) + " " + ordinal(d.getDayOfMonth());
        return d.format(DateTimeFormatter.ofPattern(f, Locale.US));
    }

    static String ordinal(int n) {
        String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static String time(Random r) {
        int h = r.nextInt(24), m = r.nextInt(60);
        return switch (r.nextInt(4)) {
            case 0 -> String.format("%02d:%02d", h, m);
            case 1 -> String.format("%d:%02d %s", h % 12 == 0 ? 12 : h % 12, m, h < 12 ? "AM" : "PM");
            case 2 -> String.format("%02d%02d hours", h, m);
            default -> String.format("%d%s", h % 12 == 0 ? 12 : h % 12, h < 12 ? "am" : "pm");
        };
    }

    /** A typist's or author's lower-case initials: "jt" or first initial and surname, "jsmith". */
    private String initials(Random r) {
        String first = people.first(r), last = people.last(r).replaceAll("[^A-Za-z]", "");
        return (r.nextBoolean() ? first.charAt(0) + last : "" + first.charAt(0) + last.charAt(0)).toLowerCase(Locale.ROOT);
    }

    private static String phone(Random r) {
        String a = Integer.toString(200 + r.nextInt(800)), b = Integer.toString(200 + r.nextInt(800)), c = digits(r, 4);
        return switch (r.nextInt(4)) {
            case 0 -> "(" + a + ") " + b + "-" + c;
            case 1 -> a + "-" + b + "-" + c;
            case 2 -> a + "." + b + "." + c;
            default -> a + "-" + b + "-" + c + " ext. " + digits(r, 3);
        };
    }

    private static String serial(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) b.append(i % 3 == 0 ? (char) ('A' + r.nextInt(26)) : (char) ('0' + r.nextInt(10)));
        return b.toString();
    }

    private String hospital(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> "St. " + people.first(r) + "'s " + pick(HOSPITAL_KINDS, r);
            case 1 -> cities.get(r.nextInt(cities.size())) + " " + pick(HOSPITAL_KINDS, r);
            default -> people.last(r) + " " + pick(HOSPITAL_KINDS, r);
        };
    }

    private static final String[] BRAND_HEADS = {"Ver", "Cal", "Sol", "Mar", "Ast", "Bel", "Cor", "Lum", "Nov", "Tor", "Aur", "Den", "Fal", "Kel", "Ren"};
    private static final String[] BRAND_MIDS = {"i", "a", "o", "e", "ian", "er", "in"};
    private static final String[] BRAND_TAILS = {"tus", "vis", "da", "ra", "nia", "lon", "mont", "cor", "ris", "tia"};

    /** A one-word facility brand in no list and without "hospital" or "clinic" ("Calitus", "Belvis"). */
    private static String facilityWord(Random r) {
        return pick(BRAND_HEADS, r) + pick(BRAND_MIDS, r) + pick(BRAND_TAILS, r);
    }

    private String domain(Random r) {
        return people.last(r).toLowerCase(Locale.ROOT).replace("'", "") + "health." + pick(DOMAINS, r);
    }

    static String digits(Random r, int n) {
        StringBuilder b = new StringBuilder(n);
        b.append((char) ('1' + r.nextInt(9)));
        for (int i = 1; i < n; i++) b.append((char) ('0' + r.nextInt(10)));
        return b.toString();
    }

    private static String pick(String[] options, Random r) {
        return options[r.nextInt(options.length)];
    }
}
