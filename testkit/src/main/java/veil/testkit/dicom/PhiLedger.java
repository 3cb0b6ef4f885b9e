package veil.testkit.dicom;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects every identifying value at the moment it is inserted, so the list cannot miss one. */
final class PhiLedger {
    private final Set<SeededPhi> seeded = new LinkedHashSet<>();

    void record(String value, PhiKind kind, String owner) {
        seeded.add(new SeededPhi(value, kind, owner));
    }

    void recordPerson(Person person, String owner) {
        record(person.dicomName(), PhiKind.PERSON_NAME, owner);
        for (String component : person.components()) {
            record(component, PhiKind.NAME_COMPONENT, owner);
        }
    }

    List<SeededPhi> all() {
        return List.copyOf(seeded);
    }
}
