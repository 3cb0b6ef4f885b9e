package veil.deid.text;

/** Categories of identifiers found in free text, after HIPAA Safe Harbor's list as it occurs in reports. */
public enum PhiType {
    NAME, DATE, TIME, AGE, ID, PHONE, EMAIL, URL, IP, ADDRESS, LOCATION, ORGANIZATION
}
