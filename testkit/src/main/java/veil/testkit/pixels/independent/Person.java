package veil.testkit.pixels.independent;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A made-up patient and encounter. The header carries these values and the pixels show them in the varied forms
 * devices print, so phi mode has something to match. Word lists are this generator's own.
 */
public record Person(String family, String given, String middle, String patientId, String accession,
                     LocalDate birth, LocalDate study, String institution, String physicianFamily,
                     String physicianGiven) {

    private static final List<String> FAMILY = List.of("OKONKWO", "HALVORSEN", "PETRAKIS", "NAKAMURA", "DUBROVSKY",
            "FERREIRA", "MACALLISTER", "VANTERPOOL", "KOWALCZYK", "ABERNATHY", "LINDQVIST", "OYELARAN", "QUINTERO",
            "BRANDSTETTER", "TRAN", "ZHAO", "ESPOSITO", "GALLAGHER", "HUSSAIN", "MOREAU", "SZABO", "WEATHERBY",
            "ACHTERBERG", "DELACROIX", "NWOSU", "PELLEGRINI", "RASMUSSEN", "TAKAHASHI", "UMBERTO", "YILMAZ");
    private static final List<String> GIVEN = List.of("AMARA", "BJORN", "CLEMENTINE", "DESMOND", "EVANGELINE",
            "FITZGERALD", "GRETA", "HORATIO", "ISOLDE", "JASPER", "KALINDA", "LEOPOLD", "MARISOL", "NICODEMUS",
            "OTTILIE", "PERCIVAL", "ROSALIND", "SEBASTIAN", "THEODORA", "ULRIKE", "VALENTIN", "WINIFRED", "XIMENA",
            "YUSUF", "ZENOBIA", "ANSELM", "BEATRIX", "CORNELIUS", "DAGMAR", "EZEKIEL");
    private static final List<String> PLACE = List.of("ST BARNABAS GENERAL", "NORTHGATE REGIONAL", "HARBOURVIEW CLINIC",
            "MERIDIAN HEALTH", "WILLOWBROOK INFIRMARY", "CASTLEFORD IMAGING", "RIVERBEND MEDICAL", "ASHCOMBE HOSPITAL",
            "LAKESIDE RADIOLOGY", "KINGSMERE CARE");

    public static Person random(SplittableRandom r) {
        String id = switch (r.nextInt(4)) {
            case 0 -> String.valueOf(10_000_000 + r.nextInt(89_999_999));
            case 1 -> "MRN" + (100_000 + r.nextInt(899_999));
            case 2 -> (char) ('A' + r.nextInt(26)) + String.valueOf(1_000_000 + r.nextInt(8_999_999));
            default -> String.format(Locale.ROOT, "%03d-%02d-%04d", r.nextInt(1000), r.nextInt(100), r.nextInt(10000));
        };
        LocalDate birth = LocalDate.of(1931 + r.nextInt(80), 1 + r.nextInt(12), 1 + r.nextInt(28));
        LocalDate study = LocalDate.of(2012 + r.nextInt(13), 1 + r.nextInt(12), 1 + r.nextInt(28));
        return new Person(pick(FAMILY, r), pick(GIVEN, r), String.valueOf((char) ('A' + r.nextInt(26))), id,
                "ACC" + (200_000 + r.nextInt(799_999)), birth, study, pick(PLACE, r), pick(FAMILY, r), pick(GIVEN, r));
    }

    private static String pick(List<String> l, SplittableRandom r) {
        return l.get(r.nextInt(l.size()));
    }

    public String dicomName() {
        return family + "^" + given + "^" + middle;
    }

    public String dicomPhysician() {
        return physicianFamily + "^" + physicianGiven;
    }

    /** The name as a device might print it. */
    public String printedName(int form) {
        return switch (Math.floorMod(form, 5)) {
            case 0 -> family + "^" + given;
            case 1 -> family + ", " + given + " " + middle;
            case 2 -> cap(given) + " " + cap(family);
            case 3 -> family + " " + given;
            default -> cap(family) + ", " + cap(given);
        };
    }

    public String printedPhysician(int form) {
        return Math.floorMod(form, 2) == 0 ? "Dr. " + cap(physicianFamily) : physicianFamily + "^" + physicianGiven;
    }

    /** A date as a device might print it. */
    public static String printedDate(LocalDate d, int form) {
        String pattern = switch (Math.floorMod(form, 6)) {
            case 0 -> "MM/dd/yyyy";
            case 1 -> "yyyy-MM-dd";
            case 2 -> "dd.MM.yyyy";
            case 3 -> "dd-MMM-yyyy";
            case 4 -> "yyyyMMdd";
            default -> "d MMM yyyy";
        };
        String s = d.format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
        return form % 6 == 3 ? s.toUpperCase(Locale.ROOT) : s;
    }

    private static String cap(String s) {
        return s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
    }
}
