package veil.rules;

import java.util.List;

/** The action codes of PS3.15 Table E.1-1, mapped to Veil's actions. */
public final class ActionCode {

    private ActionCode() { }

    /** Parses D, Z, X, K, C, U or a combined code such as X/Z/D or X/Z/U*. */
    public static Action parse(String code) {
        String c = code.trim().toUpperCase(java.util.Locale.ROOT);
        if (c.contains("/")) {
            List<Action> choices = java.util.Arrays.stream(c.split("/")).map(ActionCode::single).toList();
            return new Action.Choice(c, choices);
        }
        return single(c);
    }

    private static Action single(String c) {
        return switch (c.replace("*", "")) {
            case "D" -> Action.DUMMY;
            case "Z" -> Action.EMPTY;
            case "X" -> Action.REMOVE;
            case "K" -> Action.KEEP;
            case "C" -> Action.CLEAN;
            case "U" -> Action.NEW_UID;
            default -> throw new IllegalArgumentException("unknown action code '" + c + "'");
        };
    }

    /**
     * How protective an action is, for when two options give one attribute different codes: the more
     * protective wins (retain-device-identity says K, modified-dates says C: the date is cleaned).
     */
    static int protectiveness(Action a) {
        if (a instanceof Action.Remove) return 6;
        if (a instanceof Action.Empty) return 5;
        if (a instanceof Action.Dummy || a instanceof Action.Choice) return 4;
        if (a instanceof Action.Clean) return 3;
        if (a instanceof Action.NewUid) return 2;
        return 1;
    }
}
