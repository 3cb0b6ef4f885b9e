package veil.rules;

import java.util.List;

/**
 * What happens to one attribute: the closed set of PS3.15 actions plus Veil's keyed ones.
 * Meaning per VR (what a dummy date is, what cleaning a sequence means) belongs to the engine.
 */
public sealed interface Action {

    /** K: keep; a kept sequence's items are still processed by the same rules. */
    record Keep() implements Action {
        @Override public String name() { return "keep"; }
    }

    /** X: remove. */
    record Remove() implements Action {
        @Override public String name() { return "remove"; }
    }

    /** Z: zero length (empty sequence for SQ). */
    record Empty() implements Action {
        @Override public String name() { return "empty"; }
    }

    /** D: a non-identifying dummy value valid for the VR. */
    record Dummy() implements Action {
        @Override public String name() { return "dummy"; }
    }

    /** A fixed value given by the profile. */
    record Replace(String value) implements Action {
        @Override public String name() { return "replace"; }
    }

    /** U: a UID derived from the key and the original, identical wherever the original occurs. */
    record NewUid() implements Action {
        @Override public String name() { return "uid"; }
    }

    /** Dates and times moved by the patient's shift; ages capped (Clean covers the option's C on dates). */
    record ShiftDate() implements Action {
        @Override public String name() { return "shift"; }
    }

    /** A keyed hash of the value itself: equal inputs stay equal, nothing is revealed. */
    record Hash() implements Action {
        @Override public String name() { return "hash"; }
    }

    /** The patient's keyed pseudonym (same patient, same pseudonym, in every file and run). */
    record Pseudonym() implements Action {
        @Override public String name() { return "pseudonym"; }
    }

    /** C: remove identifying content but keep what is safe (free text through the scanner, dates shifted). */
    record Clean() implements Action {
        @Override public String name() { return "clean"; }
    }

    /**
     * A combined code of the standard (X/Z, X/D, Z/D, X/Z/D, X/Z/U*): resolved per instance by the attribute's
     * Type in the IOD where known, else the strictest safe choice (the first of {@code choices}).
     */
    record Choice(String code, List<Action> choices) implements Action {
        public Choice {
            choices = List.copyOf(choices);
        }

        /** @param type the attribute's Type (1, 2 or 3) in the instance's IOD, or 0 when not known */
        @Override public String name() { return code; }

        public Action resolve(int type) {
            return switch (type) {
                case 1 -> firstOf(NEW_UID, DUMMY, EMPTY, REMOVE);
                case 2 -> firstOf(EMPTY, NEW_UID, DUMMY, REMOVE);
                case 3 -> firstOf(REMOVE, EMPTY, NEW_UID, DUMMY);
                default -> choices.get(0);
            };
        }

        private Action firstOf(Action... preference) {
            for (Action a : preference) if (choices.contains(a)) return a;
            return choices.get(0);
        }
    }

    Keep KEEP = new Keep();
    Remove REMOVE = new Remove();
    Empty EMPTY = new Empty();
    Dummy DUMMY = new Dummy();
    NewUid NEW_UID = new NewUid();
    ShiftDate SHIFT_DATE = new ShiftDate();
    Hash HASH = new Hash();
    Pseudonym PSEUDONYM = new Pseudonym();
    Clean CLEAN = new Clean();

    /** The short name used in profiles, audit counts and {@code profile show}. */
    String name();
}
