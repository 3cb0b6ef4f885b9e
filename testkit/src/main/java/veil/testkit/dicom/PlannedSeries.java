package veil.testkit.dicom;

import java.time.LocalTime;
import java.util.List;

/** A series: one kind of instance, one frame of reference shared by all its instances. */
record PlannedSeries(int number, String seriesInstanceUid, String frameOfReferenceUid,
                            InstanceKind kind, boolean monochrome1, LocalTime time,
                            List<PlannedInstance> instances) {
}
