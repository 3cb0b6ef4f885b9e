package veil.testkit.dicom;

/** What the generated images say in Burned In Annotation (0028,0301). */
public enum BurnedInMarking {
    /** Every image says NO: nothing needs pixel cleaning. */
    ALL_NO,
    /** The first image of every study says YES, the others NO: those must be quarantined until pixels are cleaned. */
    FIRST_IMAGE_OF_STUDY_YES,
    /** The attribute is left out (as in many real CR files): the engine must decide without it. */
    ABSENT
}
