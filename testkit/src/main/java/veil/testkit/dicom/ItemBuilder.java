package veil.testkit.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.SpecificCharacterSet;
import com.pixelmed.dicom.UnknownAttribute;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Builds one data set or sequence item. Identifying values go through the {@code phi} methods,
 * which record them in the ledger as they are inserted.
 */
final class ItemBuilder {
    static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;

    private final AttributeList list = new AttributeList();
    private final SpecificCharacterSet charset;
    private final PhiLedger ledger;
    private final String owner;

    ItemBuilder(SpecificCharacterSet charset, PhiLedger ledger, String owner) {
        this.charset = charset;
        this.ledger = ledger;
        this.owner = owner;
    }

    /** A new item whose identifying values belong to the same patient. */
    ItemBuilder item() {
        return new ItemBuilder(charset, ledger, owner);
    }

    /** A new item whose identifying values are shared by several patients (site, staff). */
    ItemBuilder sharedItem() {
        return new ItemBuilder(charset, ledger, "");
    }

    ItemBuilder text(AttributeTag tag, String... values) {
        return put(newAttribute(tag, null), values);
    }

    ItemBuilder privateText(AttributeTag tag, String vr, String... values) {
        return put(newAttribute(tag, vr), values);
    }

    ItemBuilder phi(AttributeTag tag, PhiKind kind, String value) {
        ledger.record(value, kind, owner);
        return text(tag, value);
    }

    ItemBuilder privatePhi(AttributeTag tag, String vr, PhiKind kind, String value) {
        ledger.record(value, kind, owner);
        return privateText(tag, vr, value);
    }

    /** An identifying value of the site or its staff, shared by several patients. */
    ItemBuilder sharedPhi(AttributeTag tag, PhiKind kind, String value) {
        ledger.record(value, kind, "");
        return text(tag, value);
    }

    ItemBuilder sharedPerson(AttributeTag tag, Person person) {
        ledger.recordPerson(person, "");
        return text(tag, person.dicomName());
    }

    ItemBuilder date(AttributeTag tag, LocalDate date) {
        return phi(tag, PhiKind.DATE, DA.format(date));
    }

    ItemBuilder person(AttributeTag tag, Person person) {
        ledger.recordPerson(person, owner);
        return text(tag, person.dicomName());
    }

    /** A note that free text also carries these values; the text itself is recorded by {@link #phi}. */
    void alsoMentions(PhiKind kind, String value) {
        ledger.record(value, kind, owner);
    }

    /** A private element of unknown VR (UN) holding text bytes, as when a private dictionary is missing. */
    ItemBuilder unknown(AttributeTag tag, String text) {
        try {
            UnknownAttribute attribute = new UnknownAttribute(tag);
            byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            if (bytes.length % 2 == 1) {
                bytes = (text + " ").getBytes(StandardCharsets.ISO_8859_1);
            }
            attribute.setValues(bytes);
            list.put(attribute);
            return this;
        } catch (DicomException e) {
            throw new IllegalStateException(e);
        }
    }

    ItemBuilder sequence(AttributeTag tag, ItemBuilder... items) {
        SequenceAttribute sequence = new SequenceAttribute(tag);
        for (ItemBuilder item : items) {
            sequence.addItem(item.build());
        }
        list.put(sequence);
        return this;
    }

    ItemBuilder attribute(Attribute attribute) {
        list.put(attribute);
        return this;
    }

    AttributeList build() {
        return list;
    }

    private ItemBuilder put(Attribute attribute, String... values) {
        try {
            for (String value : values) {
                attribute.addValue(value);
            }
        } catch (DicomException e) {
            throw new IllegalStateException("cannot set " + attribute.getTag(), e);
        }
        list.put(attribute);
        return this;
    }

    private Attribute newAttribute(AttributeTag tag, String vr) {
        try {
            byte[] vrBytes = vr != null ? vr.getBytes(StandardCharsets.US_ASCII)
                    : AttributeList.getDictionary().getValueRepresentationFromTag(tag);
            if (vrBytes == null) {
                throw new IllegalArgumentException("no VR known for " + tag);
            }
            return AttributeFactory.newAttribute(tag, vrBytes, charset);
        } catch (DicomException e) {
            throw new IllegalStateException("cannot create " + tag, e);
        }
    }
}
