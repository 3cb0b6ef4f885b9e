package veil.rules;

import java.util.List;
import java.util.Set;

/**
 * A profile as declared (table = it starts from PS3.15 Table E.1-1) (after {@code extends} is merged): the options it turns on, its rules in order
 * (later rules win over earlier ones and over the table), and its pseudonym, date and pixel settings.
 */
public record Profile(String name, String description, String source, boolean table, Set<DeidOption> options,
                      List<Rule> rules,
                      String pseudonymPrefix, int maxShiftDays, PixelPolicy pixelPolicy,
                      List<PixelTrigger> pixelTriggers) {

    /**
     * An instance needs pixel cleaning when this condition matches its header (and, if {@code option} is set,
     * only while that option is on).
     */
    public record PixelTrigger(Condition when, DeidOption option, String source) { }

    public Profile {
        options = Set.copyOf(options);
        rules = List.copyOf(rules);
        pixelTriggers = List.copyOf(pixelTriggers);
    }
}
