package veil.beam;

import java.io.Serializable;

/**
 * One input's lines for the run's files, as the pipeline carries them to the writers.
 *
 * @param status        written, already-done, quarantined or skipped
 * @param auditLine     its {@code OUT.audit.jsonl} line, without the newline
 * @param quarantineRow its {@code OUT.quarantine.tsv} row without the newline, or null when it was not quarantined
 */
public record AuditEntry(String status, String auditLine, String quarantineRow) implements Serializable { }
