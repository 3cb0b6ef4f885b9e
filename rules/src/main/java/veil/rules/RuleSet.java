package veil.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A profile resolved once, at start, into lookup structures: per-attribute lookup is a hash probe plus a
 * short scan of wildcard rules. Precedence: profile rules (the later the stronger, conditions checked per
 * instance) over Table E.1-1 rows (with the enabled options applied); attributes in neither are kept if
 * standard and removed if private (the engine may keep PixelMed's safe private list under retain-safe-private).
 */
public final class RuleSet {

    /** An action and the rule it came from. */
    public record Decision(Action action, Rule rule) { }

    private final Profile profile;
    private final Set<DeidOption> options;
    private final Map<Integer, List<Indexed>> profileExact = new HashMap<>();
    private final List<Indexed> profilePatterns = new ArrayList<>();
    private final List<Indexed> privateRules = new ArrayList<>();
    private final Map<Integer, Rule> tableExact = new HashMap<>();
    private final List<Rule> tablePatterns = new ArrayList<>();

    private record Indexed(int index, Rule rule) { }

    private RuleSet(Profile profile, Set<DeidOption> options) {
        this.profile = profile;
        this.options = Collections.unmodifiableSet(options);
        List<Rule> rules = profile.rules();
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            Indexed ix = new Indexed(i, r);
            if (r.privateTag() != null) privateRules.add(0, ix);
            else if (r.tag().isExact()) profileExact.computeIfAbsent(r.tag().value(), k -> new ArrayList<>()).add(0, ix);
            else profilePatterns.add(0, ix);
        }
        if (profile.table()) {
            for (ConfidentialityTable.Row row : ConfidentialityTable.get().rows()) {
                Action a = row.actionWith(options);
                String src = a == row.basic() ? "Table E.1-1" : "Table E.1-1 with option";
                Rule r = new Rule(row.tag(), null, Condition.ALWAYS, a, src);
                if (row.tag().isExact()) tableExact.put(row.tag().value(), r);
                else tablePatterns.add(r);
            }
        }
    }

    /** Resolves a profile with its own options plus {@code extraOptions} (from the command line). */
    public static RuleSet compile(Profile profile, Set<DeidOption> extraOptions) {
        Set<DeidOption> all = EnumSet.noneOf(DeidOption.class);
        all.addAll(profile.options());
        all.addAll(extraOptions);
        return new RuleSet(profile, all);
    }

    public Profile profile() {
        return profile;
    }

    public Set<DeidOption> options() {
        return options;
    }

    public boolean has(DeidOption option) {
        return options.contains(option);
    }

    /** The decision for a standard (even-group) attribute, or empty when no rule names it (then: keep). */
    public Optional<Decision> forStandard(int tag, HeaderValues header) {
        Indexed best = null;
        List<Indexed> exact = profileExact.get(tag);
        if (exact != null) {
            for (Indexed ix : exact) {
                if (ix.rule().when().matches(header)) {
                    best = ix;
                    break;
                }
            }
        }
        for (Indexed ix : profilePatterns) {
            if (best != null && ix.index() < best.index()) break;
            if (ix.rule().tag().matches(tag) && ix.rule().when().matches(header)) {
                best = ix;
                break;
            }
        }
        if (best != null) return Optional.of(new Decision(best.rule().action(), best.rule()));
        Rule row = tableExact.get(tag);
        if (row == null) {
            for (Rule r : tablePatterns) {
                if (r.tag().matches(tag)) {
                    row = r;
                    break;
                }
            }
        }
        return row == null ? Optional.empty() : Optional.of(new Decision(row.action(), row));
    }

    /**
     * For a tag PS3.6 does not define (neither standard nor private): only a profile rule naming that exact tag
     * decides; wildcards and the table do not, since they were written for the attributes they know.
     */
    public Optional<Decision> forUndefined(int tag, HeaderValues header) {
        List<Indexed> exact = profileExact.get(tag);
        if (exact != null) {
            for (Indexed ix : exact) {
                if (ix.rule().when().matches(header)) return Optional.of(new Decision(ix.rule().action(), ix.rule()));
            }
        }
        return Optional.empty();
    }

    /** The decision for a private attribute from the profile's private rules, or empty (then: default). */
    public Optional<Decision> forPrivate(String creator, int tag, HeaderValues header) {
        for (Indexed ix : privateRules) {
            Rule r = ix.rule();
            if (r.privateTag().matches(creator, tag) && r.when().matches(header)) return Optional.of(new Decision(r.action(), r));
        }
        return Optional.empty();
    }

    /** Why this instance needs its pixels cleaned (the trigger's source), or empty. */
    public Optional<Profile.PixelTrigger> pixelCleaningTrigger(HeaderValues header) {
        for (Profile.PixelTrigger t : profile.pixelTriggers()) {
            if ((t.option() == null || options.contains(t.option())) && t.when().matches(header)) return Optional.of(t);
        }
        return Optional.empty();
    }

    /** Every rule that can apply, for {@code profile show}: the table (as resolved) first, then the profile's rules. */
    public List<Rule> tableRules() {
        List<Rule> out = new ArrayList<>(tableExact.values());
        out.addAll(tablePatterns);
        out.sort(java.util.Comparator.comparingInt((Rule r) -> r.tag().value()));
        return out;
    }
}
