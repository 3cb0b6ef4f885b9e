package veil.bench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import veil.rules.Action;
import veil.rules.ProfileLoader;
import veil.rules.Rule;
import veil.rules.RuleSet;
import veil.rules.StandardDictionary;

/**
 * Prints a profile's header actions as a table other tools can be driven from, so that gdcmanon, dcmodify and the
 * pydicom script in {@code run-compare-bench} apply the same removals as {@code veil deid}:
 * {@code tag<TAB>keyword<TAB>VR<TAB>code}, one exact tag per line, code one of X (remove), Z (empty), D (dummy),
 * U (new UID), K (keep), C (clean), S (shift dates), H (hash), P (pseudonym). Combined codes of Table E.1-1
 * (X/Z, X/Z/D, ...) are printed as the engine resolves them for an attribute whose Type is not known: the first
 * choice. Tag patterns (curves 50xx, overlays 60xx) are printed on stderr, not in the table: the other tools take
 * exact tags only.
 *
 * <pre>java -cp ... veil.bench.compare.ProfileActions [basic|research|FILE]</pre>
 */
public final class ProfileActions {

    private ProfileActions() { }

    public static void main(String[] args) throws Exception {
        RuleSet rules = RuleSet.compile(ProfileLoader.load(args.length > 0 ? args[0] : "basic"), java.util.Set.of());
        List<String> patterns = new ArrayList<>();
        for (Rule tableRule : rules.tableRules()) {
            if (!tableRule.tag().isExact()) {
                patterns.add(tableRule.tag().toString());
                continue;
            }
            int tag = tableRule.tag().value();
            // The profile's own rules override the table (PatientID and PatientName become pseudonyms).
            Action action = rules.forStandard(tag, keyword -> null).map(RuleSet.Decision::action).orElse(tableRule.action());
            Optional<StandardDictionary.Entry> entry = StandardDictionary.get().byTag(tag);
            System.out.printf("%04X,%04X\t%s\t%s\t%s%n", tag >>> 16, tag & 0xFFFF, entry.map(StandardDictionary.Entry::keyword).orElse("-"),
                    entry.map(StandardDictionary.Entry::vr).orElse("UN"), code(action));
        }
        if (!patterns.isEmpty()) System.err.println("tag patterns not in the table (exact tags only): " + String.join(" ", patterns));
    }

    static String code(Action a) {
        if (a instanceof Action.Choice c) return code(c.choices().get(0));
        return switch (a.name()) {
            case "remove" -> "X";
            case "empty" -> "Z";
            case "dummy", "replace" -> "D";
            case "uid" -> "U";
            case "keep" -> "K";
            case "clean" -> "C";
            case "shift" -> "S";
            case "hash" -> "H";
            case "pseudonym" -> "P";
            default -> throw new IllegalStateException("no code for action " + a.name());
        };
    }
}
