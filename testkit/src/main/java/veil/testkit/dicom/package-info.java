/**
 * Synthetic DICOM studies seeded with known PHI, for tests, the demo and benchmarks.
 *
 * <p>{@link veil.testkit.dicom.PhiStudyGenerator} writes a reproducible set of patients, studies,
 * series and instances (CR, DX, CT, a Basic Text SR, optionally US and SC) whose identifying values
 * sit in standard, private and nested-sequence attributes, in free text and in the file paths.
 * The returned {@link veil.testkit.dicom.GeneratedSet} lists every file and every identifying string
 * that was inserted, so a test can check that none survives de-identification.
 */
package veil.testkit.dicom;
