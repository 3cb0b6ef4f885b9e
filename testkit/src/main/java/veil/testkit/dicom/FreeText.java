package veil.testkit.dicom;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Fills the free-text templates (resource {@code free-text.properties}) for one study. */
final class FreeText {
    private static final Properties TEMPLATES = load();

    private final Map<String, String> values = new LinkedHashMap<>();

    FreeText(PlannedStudy study) {
        SyntheticPatient patient = study.patient();
        values.put("{GIVEN}", Person.upper(patient.name().given()));
        values.put("{FAMILY}", Person.upper(patient.name().family()));
        values.put("{Given}", patient.name().given());
        values.put("{Family}", patient.name().family());
        values.put("{MRN}", patient.patientId());
        values.put("{ISODATE}", isoDate(study));
        values.put("{AGE}", Integer.toString(PatientAges.years(patient, study.date())));
        values.put("{PHONE}", patient.phone());
        values.put("{INSTITUTION}", study.site().institution());
        values.put("{PHYSICIAN}", study.referringPhysician().spoken());
    }

    /** The study date as free text writes it ({@code 2019-03-12}): a date a scanner must find outside DA attributes. */
    static String isoDate(PlannedStudy study) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(study.date());
    }

    String render(String template) {
        String text = TEMPLATES.getProperty(template);
        if (text == null) {
            throw new IllegalStateException("no free-text template " + template);
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        return text;
    }

    private static Properties load() {
        try (InputStream in = FreeText.class.getResourceAsStream("free-text.properties")) {
            if (in == null) {
                throw new IllegalStateException("missing resource free-text.properties");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
