package veil.rules;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints a resolved rule set for {@code veil profile show}: what will happen to every attribute the rules name. */
public final class RuleSetPrinter {

    private RuleSetPrinter() { }

    public static void print(RuleSet set, PrintStream out) {
        Profile p = set.profile();
        out.printf("Profile:  %s (%s)%n", p.name(), p.source());
        if (!p.description().isBlank()) out.printf("          %s%n", p.description());
        out.printf("Options:  %s%n", set.options().isEmpty() ? "(none)"
                : String.join(", ", set.options().stream().map(DeidOption::id).toList()));
        out.printf("Patients: keyed pseudonyms with prefix '%s'; dates shifted per patient by up to %d days when shifted%n",
                p.pseudonymPrefix(), p.maxShiftDays());
        out.println();

        List<Rule> unconditional = new ArrayList<>();
        List<Rule> conditional = new ArrayList<>();
        List<Rule> privateRules = new ArrayList<>();
        for (Rule r : p.rules()) {
            if (r.privateTag() != null) privateRules.add(r);
            else if (r.when().isAlways()) unconditional.add(r);
            else conditional.add(r);
        }
        out.printf("%-13s %-44s %-10s %s%n", "TAG", "ATTRIBUTE", "ACTION", "FROM");
        for (Rule row : set.tableRules()) {
            Rule effective = row;
            for (Rule r : unconditional) if (r.tag().equals(row.tag())) effective = r;
            printRow(out, effective.tag(), effective.action(), effective.source());
        }
        for (Rule r : unconditional) {
            if (set.tableRules().stream().noneMatch(t -> t.tag().equals(r.tag()))) printRow(out, r.tag(), r.action(), r.source());
        }
        if (!conditional.isEmpty()) {
            out.println();
            out.println("Conditional rules (checked per instance, the later the stronger):");
            for (Rule r : conditional) out.printf("  %-56s %-10s when %s   [%s]%n", r.target(), r.action().name() + value(r.action()), r.when(), r.source());
        }
        out.println();
        out.println("Private attributes:");
        for (Rule r : privateRules) out.printf("  %-56s %-10s [%s]%n", r.target(), r.action().name(), r.source());
        out.printf("  %-56s %s%n", "any other private attribute",
                set.has(DeidOption.RETAIN_SAFE_PRIVATE) ? "keep if on the safe private list, else remove" : "remove");
        out.printf("  %-56s %s%n", "standard attributes not listed above", "keep (sequences: items processed by the same rules)");
        out.println();
        PixelPolicy px = p.pixelPolicy();
        out.printf(Locale.ROOT, "Pixels: clean-pixel-data %s; mode %s; allow %s; %d device mask(s); max blackout %s%% of a frame%n",
                set.has(DeidOption.CLEAN_PIXEL_DATA) ? "on" : "off (instances that need it are quarantined)",
                px.mode().name().toLowerCase(Locale.ROOT), px.allowList(), px.masks().size(),
                new java.math.BigDecimal(px.maxBlackoutShare() * 100).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString());
        for (Profile.PixelTrigger t : p.pixelTriggers()) {
            out.printf("  needs cleaning when %s%s   [%s]%n", t.when(), t.option() == null ? "" : " (with " + t.option().id() + ")", t.source());
        }
        for (PixelPolicy.DeviceMask m : px.masks()) out.printf("  mask '%s' when %s: %d box(es)%n", m.name(), m.when(), m.boxes().size());
    }

    private static void printRow(PrintStream out, TagPattern tag, Action action, String source) {
        String name = tag.isExact() ? StandardDictionary.get().describe(tag.value()) : tableName(tag);
        out.printf("%-13s %-44s %-10s %s%n", tag, abbreviate(name, 44), action.name() + value(action), source);
    }

    private static String tableName(TagPattern tag) {
        return ConfidentialityTable.get().rows().stream().filter(r -> r.tag().equals(tag)).map(ConfidentialityTable.Row::name)
                .findFirst().orElse("");
    }

    private static String value(Action a) {
        return a instanceof Action.Replace r ? " \"" + r.value() + "\"" : "";
    }

    private static String abbreviate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
