package veil.qa.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import veil.qa.manifest.ManifestException;

/**
 * Answers only people can give, from an optional YAML file organised like "Datasheets for
 * Datasets": top-level keys {@code title}, {@code motivation}, {@code composition},
 * {@code collection}, {@code preprocessing}, {@code uses}, {@code distribution},
 * {@code maintenance}; under each, question keys (see {@link #QUESTIONS}) with text answers.
 * Unknown question keys are shown too, under their own name.
 */
public final class DatasheetAnswers {
    /** Section id, its title, then (key, question) pairs. */
    public static final List<List<String>> QUESTIONS = List.of(
            List.of("motivation", "Motivation",
                    "purpose", "For what purpose was the dataset created?",
                    "creators", "Who created the dataset, and on behalf of which entity?",
                    "funding", "Who funded the creation of the dataset?"),
            List.of("composition", "Composition",
                    "instances", "What do the instances represent?",
                    "confidentiality", "Does the dataset contain data that might be considered confidential, and how was it de-identified?",
                    "missing", "Is any information missing from individual instances?"),
            List.of("collection", "Collection process",
                    "acquisition", "How was the data acquired (sites, devices, selection of patients)?",
                    "timeframe", "Over what timeframe was the data collected?",
                    "ethics", "Were any ethical review processes conducted?",
                    "consent", "Were the individuals notified, and did they consent?"),
            List.of("preprocessing", "Preprocessing and labelling",
                    "preprocessing", "What preprocessing was done (resizing, bit depth, windowing, cropping)?",
                    "labelling", "How were the labels produced, and by whom?",
                    "raw_data", "Was the raw data kept, and can it be obtained?"),
            List.of("uses", "Uses",
                    "tasks", "What tasks has the dataset been used for?",
                    "should_not", "Are there tasks for which the dataset should not be used?",
                    "impact", "Could the composition or labelling harm some groups of patients if used naively?"),
            List.of("distribution", "Distribution",
                    "how", "How is the dataset distributed?",
                    "license", "Under what licence or terms of use?"),
            List.of("maintenance", "Maintenance",
                    "maintainer", "Who maintains the dataset, and how can they be contacted?",
                    "updates", "Will the dataset be updated, and how will users learn of it?",
                    "errata", "Is there an erratum?"));

    public record Answer(String key, String question, String answer) {}

    public record Section(String id, String title, List<Answer> answers) {}

    private final String title;
    private final Map<String, Section> sections;

    private DatasheetAnswers(String title, Map<String, Section> sections) {
        this.title = title;
        this.sections = sections;
    }

    public String title() { return title; }
    public Map<String, Section> sections() { return sections; }
    public Section section(String id) { return sections.get(id); }

    public static DatasheetAnswers empty() { return from(Map.of()); }

    public static DatasheetAnswers load(Path yaml) throws IOException {
        if (yaml == null) return empty();
        Object root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readValue(yaml.toFile(), Object.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ManifestException(yaml.getFileName() + " is not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null) return empty();
        if (!(root instanceof Map)) throw new ManifestException(yaml.getFileName() + ": expected a mapping of sections at the top");
        @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) root;
        return from(m);
    }

    @SuppressWarnings("unchecked")
    public static DatasheetAnswers from(Map<String, Object> m) {
        Map<String, Section> out = new LinkedHashMap<>();
        for (List<String> q : QUESTIONS) {
            String id = q.get(0);
            Object sec = m.get(id);
            Map<String, Object> given = sec instanceof Map ? new LinkedHashMap<>((Map<String, Object>) sec) : new LinkedHashMap<>();
            List<Answer> answers = new ArrayList<>();
            if (sec instanceof String || sec instanceof Number || sec instanceof Boolean) answers.add(new Answer("text", "", sec.toString()));
            for (int i = 2; i + 1 < q.size(); i += 2) {
                Object a = given.remove(q.get(i));
                answers.add(new Answer(q.get(i), q.get(i + 1), text(a)));
            }
            for (Map.Entry<String, Object> e : given.entrySet())
                answers.add(new Answer(e.getKey(), e.getKey().replace('_', ' '), text(e.getValue())));
            out.put(id, new Section(id, q.get(1), answers));
        }
        Object t = m.get("title");
        return new DatasheetAnswers(t == null ? null : t.toString(), out);
    }

    static String text(Object a) {
        if (a == null) return null;
        if (a instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            for (Object o : l) parts.add(String.valueOf(o));
            return String.join("; ", parts);
        }
        String s = a.toString().strip();
        return s.isEmpty() ? null : s;
    }
}
