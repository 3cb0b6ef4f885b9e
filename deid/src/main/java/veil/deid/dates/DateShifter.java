package veil.deid.dates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.nio.ByteBuffer;
import veil.deid.keys.KeyedHash;
import veil.deid.patient.PatientIdentity;

/**
 * One shift per patient, derived from the key and the patient's identity: every date of a patient moves back by
 * the same number of days, so intervals between studies survive and nothing needs to be stored between runs.
 * Shifts are whole days, so times of day (TM) are unchanged.
 */
public final class DateShifter {

    private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;
    private final KeyedHash hash;
    private final int maxShiftDays;

    public DateShifter(KeyedHash hash, int maxShiftDays) {
        this.hash = hash;
        this.maxShiftDays = maxShiftDays;
    }

    /** Days to add: negative, between -maxShiftDays and -1. */
    public int daysFor(PatientIdentity patient) {
        long v = ByteBuffer.wrap(hash.digest(patient.key())).getLong() & Long.MAX_VALUE;
        return -(int) (1 + v % maxShiftDays);
    }

    /**
     * Shifts a DA value (YYYYMMDD, the old YYYY.MM.DD form, a partial YYYY or YYYYMM, or a range a-b).
     * @return the shifted value, or null when the value is not a date (the caller then removes it)
     */
    public static String shiftDate(String value, int days) {
        String v = value.trim();
        if (v.isEmpty()) return v;
        int dash = v.indexOf('-');
        if (dash >= 0) {
            String a = v.substring(0, dash);
            String b = v.substring(dash + 1);
            String sa = a.isEmpty() ? "" : shiftDate(a, days);
            String sb = b.isEmpty() ? "" : shiftDate(b, days);
            return sa == null || sb == null ? null : sa + "-" + sb;
        }
        v = v.replace(".", "");
        if (!v.matches("\\d{4}|\\d{6}|\\d{8}")) return null;
        String full = v.length() == 4 ? v + "0701" : v.length() == 6 ? v + "15" : v;   // mid-period for partial dates
        try {
            String shifted = LocalDate.parse(full, DA).plusDays(days).format(DA);
            return shifted.substring(0, v.length());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Shifts the date part of a DT value (YYYYMMDDHHMMSS.FFFFFF&ZZXX); partial DTs shift like partial dates. */
    public static String shiftDateTime(String value, int days) {
        String v = value.trim();
        if (v.isEmpty()) return v;
        int datePart = Math.min(8, leadingDigits(v));
        if (datePart < 4) return null;
        String date = shiftDate(v.substring(0, datePart), days);
        return date == null ? null : date + v.substring(datePart);
    }

    private static int leadingDigits(String s) {
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        return i;
    }
}
