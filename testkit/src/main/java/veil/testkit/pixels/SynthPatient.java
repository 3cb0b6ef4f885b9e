package veil.testkit.pixels;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Made-up identifiers for one synthetic instance, as they go in the header and the pixels. */
public record SynthPatient(String family, String given, String patientId, String accession,
                           LocalDate birthDate, LocalDate studyDate, String institution) {

    private static final List<String> FAMILY = List.of("DOE", "SMITH", "GARCIA", "NGUYEN", "OKAFOR", "MULLER",
            "KOWALSKI", "TANAKA", "HANSEN", "MORENO", "LINDQVIST", "BROWNING");
    private static final List<String> GIVEN = List.of("JOHN", "MARIA", "WEI", "AMINA", "PETER", "SOFIA", "LUCAS",
            "HANNA", "OMAR", "GRACE", "VIKTOR", "ELENA");
    private static final List<String> INSTITUTIONS = List.of("ST MARY HOSPITAL", "NORTHGATE CLINIC",
            "RIVERSIDE MEDICAL", "LAKEVIEW IMAGING");

    public static SynthPatient random(Random rnd) {
        return new SynthPatient(FAMILY.get(rnd.nextInt(FAMILY.size())), GIVEN.get(rnd.nextInt(GIVEN.size())),
                String.valueOf(1_000_000 + rnd.nextInt(8_999_999)),
                "A" + (10_000 + rnd.nextInt(89_999)),
                LocalDate.of(1930 + rnd.nextInt(80), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)),
                LocalDate.of(2015 + rnd.nextInt(10), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)),
                INSTITUTIONS.get(rnd.nextInt(INSTITUTIONS.size())));
    }

    public String dicomName() {
        return family + "^" + given;
    }
}
