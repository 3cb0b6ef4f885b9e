package veil.testkit.text.independent;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import veil.deid.text.PhiType;
import veil.deid.text.lexicon.Lexicons;
import veil.deid.text.lexicon.NameSplit;
import veil.deid.text.lexicon.PersonNames;
import veil.deid.text.lexicon.ResourceLines;
import veil.testkit.text.GoldSpan;
import veil.testkit.text.SyntheticReport;

/**
 * A second generator of notes with identifiers, written apart from {@code veil.testkit.text.ReportGenerator}
 * (the tuning set) with its own templates and surrogate lists, in other styles: ICU nursing notes,
 * RIS reports in capitals, MIMIC-style reports with "___", lower-case dictations. People's names come
 * from the HELD_OUT split of the name lists (neither the name model's training nor the tuning set
 * draws from it), and one person in four has a made-up name that is in no list. Same seed, same notes.
 */
public final class IndependentGenerator {
    public static final String TEMPLATES = "/veil/testkit/text/independent/templates.tsv";
    /** Written after the last change to the scanner, run once: a blind check (see deid/README-text.md). */
    public static final String BLIND_TEMPLATES = "/veil/testkit/text/independent/templates_blind.tsv";
    private static final String CLEAN = "/veil/testkit/text/independent/clean_sentences.txt";

    /** Towns and hospitals of this generator only (real places; some are in the scanner's lists, some not). */
    private static final List<String> CITIES = List.of("Catonsville", "Pikesville", "Germantown", "Towson", "Dundalk",
            "Ellicott City", "Glen Burnie", "Rockville", "Frederick", "Hagerstown", "Salisbury", "Annapolis", "Bel Air",
            "Columbia", "Laurel", "Bowie", "Owings Mills", "Randallstown", "Essex", "Parkville", "Westminster", "Aberdeen",
            "Scranton", "Altoona", "Lancaster", "York", "Harrisburg", "Wilmington", "Dover", "Newark");
    private static final List<String> HOSPITALS = List.of("Good Sam", "holy cross", "Sacred Heart memorial",
            "kessler-adventist", "St. Agnes", "Union Memorial", "Franklin Square", "GBMC", "Kernan", "Shady Grove",
            "Suburban Hospital", "Howard County General", "Carroll Hospital Center", "Upper Chesapeake",
            "Anne Arundel Medical Center", "Peninsula Regional", "Meritus", "Christiana Care", "Bayview", "Harbor Hospital",
            "St. Joseph's", "Northwest Hospital", "Mercy Medical Center", "BIDMC", "Johns Hopkins");

    private final Random random;
    private final Map<String, List<String>> templates = new java.util.HashMap<>();
    private final List<String> clean;
    private final PersonNames heldOut;
    private final PersonNames invented;

    public IndependentGenerator(long seed) {
        this(seed, TEMPLATES);
    }

    public IndependentGenerator(long seed, String templateResource) {
        this.random = new Random(seed);
        for (String line : ResourceLines.read(templateResource)) {
            int tab = line.indexOf('\t');
            templates.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>()).add(line.substring(tab + 1));
        }
        this.clean = ResourceLines.read(CLEAN);
        Lexicons lex = Lexicons.shared();
        this.heldOut = new PersonNames(lex, NameSplit.HELD_OUT);
        this.invented = PersonNames.invented(lex, seed ^ 0x5eedL);
    }

    /** n notes, styles and casings in turn: ICU mixed and capitals, RIS capitals, MIMIC mixed, dictations lower case. */
    public List<IndependentNote> generate(int n) {
        List<IndependentNote> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Style style;
            Casing casing;
            switch (i % 6) {
                case 0, 1 -> { style = Style.ICU; casing = Casing.UPPER; }
                case 2 -> { style = Style.ICU; casing = Casing.MIXED; }
                case 3 -> { style = Style.RIS; casing = Casing.UPPER; }
                case 4 -> { style = Style.MIMIC; casing = Casing.MIXED; }
                default -> { style = Style.DICT; casing = Casing.LOWER; }
            }
            out.add(note("ind-" + i, style, casing));
        }
        return out;
    }

    /** n notes without identifiers (sentences of clean_sentences.txt, not real reports), in the three casings. */
    public List<IndependentNote> clean(int n) {
        List<IndependentNote> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder();
            int lines = 3 + random.nextInt(5);
            for (int k = 0; k < lines; k++) b.append(clean.get(random.nextInt(clean.size()))).append('\n');
            Casing casing = Casing.values()[i % 3];
            out.add(new IndependentNote(new SyntheticReport("clean-" + i, "clean-" + i, cased(b.toString(), casing), List.of()),
                    Style.RIS, casing));
        }
        return out;
    }

    private IndependentNote note(String id, Style style, Casing casing) {
        StringBuilder text = new StringBuilder();
        List<GoldSpan> gold = new ArrayList<>();
        List<String> head = templates.get(style + ".HEAD"), body = templates.get(style + ".BODY"), tail = templates.get(style + ".TAIL");
        fill(head.get(random.nextInt(head.size())), text, gold);
        int lines = 3 + random.nextInt(5);
        for (int k = 0; k < lines; k++) fill(body.get(random.nextInt(body.size())), text, gold);
        fill(tail.get(random.nextInt(tail.size())), text, gold);
        return new IndependentNote(new SyntheticReport(id, "p-" + id, cased(text.toString(), casing), gold), style, casing);
    }

    /** Same length in every casing (ASCII text), so the gold offsets hold. */
    private static String cased(String s, Casing c) {
        return switch (c) {
            case MIXED -> s;
            case UPPER -> s.toUpperCase(Locale.ROOT);
            case LOWER -> s.toLowerCase(Locale.ROOT);
        };
    }

    /** One person in four has a made-up name. */
    private PersonNames names() {
        return random.nextInt(4) == 0 ? invented : heldOut;
    }

    private void fill(String template, StringBuilder text, List<GoldSpan> gold) {
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) { text.append(template, i, template.length()); break; }
            int close = template.indexOf('}', open);
            text.append(template, i, open);
            String slot = template.substring(open + 1, close);
            PersonNames names = names();
            String value;
            PhiType type;
            switch (slot) {
                case "FIRST" -> { value = names.first(random); type = PhiType.NAME; }
                case "LAST" -> { value = names.last(random); type = PhiType.NAME; }
                case "FULL" -> { value = names.first(random) + " " + names.last(random); type = PhiType.NAME; }
                case "INIT", "INIT2" -> { value = initials(names); type = PhiType.NAME; }
                case "DATE" -> { value = day().format(DateTimeFormatter.ofPattern(pick("M/d/yyyy", "MM/dd/yy", "MMM d, yyyy", "yyyy-MM-dd", "M/d/yy"), Locale.US)); type = PhiType.DATE; }
                case "MD" -> { value = day().format(DateTimeFormatter.ofPattern("M/d", Locale.US)); type = PhiType.DATE; }
                case "MY" -> { value = day().format(DateTimeFormatter.ofPattern(pick("M/yy", "MM/yyyy"), Locale.US)); type = PhiType.DATE; }
                case "MON" -> { value = day().format(DateTimeFormatter.ofPattern(pick("MMMM", "MMM yyyy"), Locale.US)); type = PhiType.DATE; }
                case "ORD" -> { value = ordinal(1 + random.nextInt(28)); type = PhiType.DATE; }
                case "MRN" -> { value = digits(7 + random.nextInt(3)); type = PhiType.ID; }
                case "ACC" -> { value = "RA" + digits(7); type = PhiType.ID; }
                case "PHONE" -> { value = pick("(410) ", "410-", "443-") + digits(3) + "-" + digits(4); type = PhiType.PHONE; }
                case "AGE" -> { value = String.valueOf(90 + random.nextInt(12)); type = PhiType.AGE; }
                case "TIME" -> { value = String.format("%02d%02d", random.nextInt(24), random.nextInt(60)); type = PhiType.TIME;
                    if (random.nextBoolean()) value = value.substring(0, 2) + ":" + value.substring(2); }
                case "CITY" -> { value = CITIES.get(random.nextInt(CITIES.size())); type = PhiType.LOCATION; }
                case "HOSP" -> { value = HOSPITALS.get(random.nextInt(HOSPITALS.size())); type = PhiType.ORGANIZATION; }
                default -> throw new IllegalStateException("unknown slot {" + slot + "}");
            }
            int start = text.length();
            text.append(value);
            gold.add(new GoldSpan(start, text.length(), type));
            i = close + 1;
        }
        text.append('\n');
    }

    private String initials(PersonNames names) {
        String f = names.first(random), l = names.last(random);
        return random.nextBoolean() ? (f.charAt(0) + l).toLowerCase(Locale.ROOT)
                : ("" + f.charAt(0) + l.charAt(0)).toLowerCase(Locale.ROOT);
    }

    private LocalDate day() {
        return LocalDate.of(2001, 1, 1).plusDays(random.nextInt(365 * 20));
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private String digits(int n) {
        StringBuilder b = new StringBuilder();
        b.append(1 + random.nextInt(9));
        for (int k = 1; k < n; k++) b.append(random.nextInt(10));
        return b.toString();
    }

    private static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
