package veil.testkit.dicom;

/** A reference to another generated instance, as written in Referenced/Source Image Sequence items. */
record Reference(String sopClassUid, String sopInstanceUid) {
}
