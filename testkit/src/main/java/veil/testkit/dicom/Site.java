package veil.testkit.dicom;

import java.util.List;

/**
 * A fictional hospital with its staff and acquisition device.
 *
 * @param timezoneOffset the UTC offset written in DT values and Timezone Offset From UTC, e.g. {@code +0100}
 */
record Site(String institution, String address, String issuerOfPatientId, String stationName,
                   String deviceSerialNumber, String timezoneOffset, List<Person> physicians,
                   List<Person> operators) {
}
