package veil.audit.compare;

/** The check types of the MIDI-B scoring script (CBIIT/MIDI_validation_script), as far as they apply without its answer key. */
public enum Category {
    TAG_RETAINED("tag_retained", "attributes the profile keeps are still present"),
    TEXT_REMOVED("text_removed", "values the profile removes, empties or replaces are gone"),
    DATE_SHIFTED("date_shifted", "dates the profile shifts differ from the original"),
    DATE_OFFSET_CONSISTENT("date_offset_consistent", "one date offset per patient"),
    UID_CHANGED("uid_changed", "UIDs the profile replaces differ from the original"),
    UID_CONSISTENT("uid_consistent", "each original UID has one new UID in every file, and no two share one"),
    PATID_CONSISTENT("patid_consistent", "each original Patient ID has one new Patient ID, and no two share one"),
    PIXELS_HIDDEN("pixels_hidden", "pixels changed where the original declared burned-in text");

    public final String id;
    public final String meaning;

    Category(String id, String meaning) {
        this.id = id;
        this.meaning = meaning;
    }
}
