package veil.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** PS3.15 Annex E Table E.1-1 as data: one row per attribute, the Basic Profile code and each option's code. */
public final class ConfidentialityTable {

    public record Row(TagPattern tag, String name, Action basic, Map<DeidOption, Action> byOption) {

        /** The row's action with the given options on; when several options apply, the most protective wins. */
        public Action actionWith(java.util.Set<DeidOption> options) {
            Action chosen = null;
            for (DeidOption o : options) {
                Action a = byOption.get(o);
                if (a != null && (chosen == null || ActionCode.protectiveness(a) > ActionCode.protectiveness(chosen))) {
                    chosen = a;
                }
            }
            return chosen != null ? chosen : basic;
        }
    }

    private static final ConfidentialityTable INSTANCE = load();

    private final List<Row> rows;

    private ConfidentialityTable(List<Row> rows) {
        this.rows = rows;
    }

    public static ConfidentialityTable get() {
        return INSTANCE;
    }

    public List<Row> rows() {
        return rows;
    }

    private static ConfidentialityTable load() {
        try (InputStream in = ConfidentialityTable.class.getResourceAsStream("standard/confidentiality_profile_attributes.json")) {
            if (in == null) throw new IllegalStateException("Table E.1-1 missing from the rules jar");
            List<Row> rows = new ArrayList<>();
            for (JsonNode n : new ObjectMapper().readTree(in)) {
                if (n.get("tag").asText().contains("IS ODD")) {
                    continue;   // "Private Attributes": X, or C under retain-safe-private; the engine's private default
                }
                Map<DeidOption, Action> byOption = new EnumMap<>(DeidOption.class);
                for (DeidOption o : DeidOption.values()) {
                    if (o.tableColumn() != null && n.hasNonNull(o.tableColumn())) {
                        byOption.put(o, ActionCode.parse(n.get(o.tableColumn()).asText()));
                    }
                }
                rows.add(new Row(TagPattern.parse(n.get("tag").asText()), n.path("name").asText(),
                        ActionCode.parse(n.get("basicProfile").asText()), Map.copyOf(byOption)));
            }
            return new ConfidentialityTable(List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
