package veil.qa.review;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Review verdicts kept in a SQLite file. Importing the same verdicts again replaces them (one row
 * per sample item, labeller, label and reviewer), so a partly filled sheet can be imported as the
 * review goes on.
 */
public final class ReviewStore implements AutoCloseable {
    private final Connection conn;

    private ReviewStore(Connection conn) { this.conn = conn; }

    public static ReviewStore open(Path db) throws SQLException {
        Path parent = db.toAbsolutePath().getParent();
        if (parent != null) parent.toFile().mkdirs();
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE IF NOT EXISTS verdicts ("
                    + " sample_id TEXT NOT NULL, labeller TEXT NOT NULL, label TEXT NOT NULL, value TEXT NOT NULL,"
                    + " split TEXT NOT NULL, image TEXT NOT NULL, stratum_size INTEGER NOT NULL, verdict TEXT NOT NULL,"
                    + " corrected_value TEXT NOT NULL, reviewer TEXT NOT NULL, notes TEXT NOT NULL, source TEXT NOT NULL,"
                    + " imported_at TEXT NOT NULL,"
                    + " PRIMARY KEY (sample_id, image, labeller, label, reviewer))");
        }
        return new ReviewStore(c);
    }

    /** Inserts or replaces verdicts; returns how many rows were written. */
    public int importVerdicts(List<VerdictRow> rows, String source) throws SQLException {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        boolean auto = conn.getAutoCommit();
        conn.setAutoCommit(false);
        try (PreparedStatement ps = conn.prepareStatement("INSERT OR REPLACE INTO verdicts (sample_id, labeller, label, value,"
                + " split, image, stratum_size, verdict, corrected_value, reviewer, notes, source, imported_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (VerdictRow r : rows) {
                ps.setString(1, r.sampleId());
                ps.setString(2, r.labeller());
                ps.setString(3, r.label());
                ps.setString(4, r.value());
                ps.setString(5, r.split());
                ps.setString(6, r.image());
                ps.setLong(7, r.stratumSize());
                ps.setString(8, r.verdict().id());
                ps.setString(9, r.correctedValue());
                ps.setString(10, r.reviewer());
                ps.setString(11, r.notes());
                ps.setString(12, source == null ? "" : source);
                ps.setString(13, now);
                ps.addBatch();
            }
            ps.executeBatch();
            conn.commit();
        } catch (SQLException e) {
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(auto);
        }
        return rows.size();
    }

    public List<VerdictRow> all() throws SQLException {
        List<VerdictRow> out = new ArrayList<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT sample_id, labeller, label, value, split, image, stratum_size, verdict,"
                     + " corrected_value, reviewer, notes FROM verdicts ORDER BY labeller, label, value, split, sample_id, image, reviewer")) {
            while (rs.next())
                out.add(new VerdictRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getLong(7), Verdict.parse(rs.getString(8)), rs.getString(9), rs.getString(10),
                        rs.getString(11)));
        }
        return out;
    }

    public long count() throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM verdicts")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Override public void close() throws SQLException { conn.close(); }
}
