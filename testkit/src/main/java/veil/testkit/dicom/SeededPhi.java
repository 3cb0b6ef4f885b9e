package veil.testkit.dicom;

import java.util.Objects;

/**
 * One identifying string the generator inserted.
 *
 * @param value      the exact text inserted (name components in the case used in headers)
 * @param kind       what it is
 * @param patientKey the synthetic patient it belongs to ({@code patient-01}...), or empty when it
 *                   is shared by several patients (an institution, a physician, a device)
 */
public record SeededPhi(String value, PhiKind kind, String patientKey) {
    public SeededPhi {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(patientKey, "patientKey");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a seeded PHI value cannot be blank");
        }
    }

    public boolean isShared() {
        return patientKey.isEmpty();
    }
}
