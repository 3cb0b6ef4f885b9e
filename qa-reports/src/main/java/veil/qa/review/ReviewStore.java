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
 *
 * <p>The review app adds two tables: {@code review_items} (the items of the samples it served, so an export knows
 * how many were not reviewed) and {@code item_verdicts} (one row per item and reviewer, replaced when the reviewer
 * changes their mind). A label verdict given in the app is also written to {@code verdicts}, so {@code veil qa
 * --review-db} sees it as if it had been imported.
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
            s.executeUpdate("CREATE TABLE IF NOT EXISTS review_items (kind TEXT NOT NULL, item_id TEXT NOT NULL,"
                    + " stratum TEXT NOT NULL, PRIMARY KEY (kind, item_id))");
            s.executeUpdate("CREATE TABLE IF NOT EXISTS item_verdicts (kind TEXT NOT NULL, item_id TEXT NOT NULL,"
                    + " reviewer TEXT NOT NULL, verdict TEXT NOT NULL, note TEXT NOT NULL, decided_at TEXT NOT NULL,"
                    + " PRIMARY KEY (kind, item_id, reviewer))");
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

    /** Records the items of a sample being served (kept when already there). */
    public synchronized void registerItems(String kind, List<String[]> idAndStratum) throws SQLException {
        inTransaction(() -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT OR IGNORE INTO review_items (kind, item_id, stratum) VALUES (?,?,?)")) {
                for (String[] i : idAndStratum) {
                    ps.setString(1, kind);
                    ps.setString(2, i[0]);
                    ps.setString(3, i[1]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /**
     * Stores a verdict from the review app, replacing the reviewer's earlier one on the same item.
     *
     * @param label when the item is a label, the same verdict as {@code verdicts} holds it; else null
     */
    public synchronized void recordVerdict(ItemVerdict v, VerdictRow label) throws SQLException {
        inTransaction(() -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT OR REPLACE INTO item_verdicts (kind, item_id, reviewer,"
                    + " verdict, note, decided_at) VALUES (?,?,?,?,?,?)")) {
                ps.setString(1, v.kind());
                ps.setString(2, v.itemId());
                ps.setString(3, v.reviewer());
                ps.setString(4, v.verdict());
                ps.setString(5, v.note());
                ps.setString(6, v.decidedAt());
                ps.executeUpdate();
            }
            if (label != null) {
                try (PreparedStatement ps = conn.prepareStatement("INSERT OR REPLACE INTO verdicts (sample_id, labeller, label, value,"
                        + " split, image, stratum_size, verdict, corrected_value, reviewer, notes, source, imported_at)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                    ps.setString(1, label.sampleId());
                    ps.setString(2, label.labeller());
                    ps.setString(3, label.label());
                    ps.setString(4, label.value());
                    ps.setString(5, label.split());
                    ps.setString(6, label.image());
                    ps.setLong(7, label.stratumSize());
                    ps.setString(8, label.verdict().id());
                    ps.setString(9, label.correctedValue());
                    ps.setString(10, label.reviewer());
                    ps.setString(11, label.notes());
                    ps.setString(12, "review app");
                    ps.setString(13, v.decidedAt());
                    ps.executeUpdate();
                }
            }
        });
    }

    /** Every verdict the review app recorded, with the item's stratum, in item then reviewer order. */
    public synchronized List<ItemVerdict> itemVerdicts() throws SQLException {
        List<ItemVerdict> out = new ArrayList<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT v.kind, v.item_id, COALESCE(i.stratum, ''), v.reviewer, v.verdict, v.note,"
                     + " v.decided_at FROM item_verdicts v LEFT JOIN review_items i ON i.kind = v.kind AND i.item_id = v.item_id"
                     + " ORDER BY v.kind, v.item_id, v.reviewer")) {
            while (rs.next())
                out.add(new ItemVerdict(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)));
        }
        return out;
    }

    /** One reviewer's verdicts on items of one kind, by item id. */
    public synchronized java.util.Map<String, ItemVerdict> verdictsBy(String kind, String reviewer) throws SQLException {
        java.util.Map<String, ItemVerdict> out = new java.util.HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT item_id, verdict, note, decided_at FROM item_verdicts"
                + " WHERE kind = ? AND reviewer = ?")) {
            ps.setString(1, kind);
            ps.setString(2, reviewer);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    out.put(rs.getString(1), new ItemVerdict(kind, rs.getString(1), "", reviewer, rs.getString(2), rs.getString(3),
                            rs.getString(4)));
            }
        }
        return out;
    }

    /** How many items of each kind the served samples hold. */
    public synchronized java.util.Map<String, Long> itemCounts() throws SQLException {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT kind, COUNT(*) FROM review_items GROUP BY kind")) {
            while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
        }
        return out;
    }

    private interface Work { void run() throws SQLException; }

    private void inTransaction(Work w) throws SQLException {
        boolean auto = conn.getAutoCommit();
        conn.setAutoCommit(false);
        try {
            w.run();
            conn.commit();
        } catch (SQLException | RuntimeException e) {
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(auto);
        }
    }

    public long count() throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM verdicts")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Override public void close() throws SQLException { conn.close(); }
}
