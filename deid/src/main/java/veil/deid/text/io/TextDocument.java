package veil.deid.text.io;

/**
 * One text to scan or redact.
 *
 * @param id how outputs name it: a file's relative path, or the CSV id column
 * @param patientId whose date shift applies to it, or null when not known
 */
public record TextDocument(String id, String patientId, String text) {}
