package org.partnermatch.search;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.Version;
import org.jboss.logging.Logger;

/**
 * The search index's saved copy in PostgreSQL (tables {@code search_index_snapshot} and
 * {@code search_index_snapshot_file}): the Lucene files of the last saved commit, the records searches read beside
 * them ({@link SavedRecords}) and the snapshot whose transactions they hold. A starting replica restores it and
 * re-reads only the records changed since ({@code search_change}), or, where the copy cannot say what changed,
 * reads every row and analyses only the documents whose text changed ({@link SearchIndex#reloadAll}); every replica
 * shares the one copy. It is a cache: a copy of another {@link #FORMAT} is ignored, and one that cannot be read is
 * built again from the rows.
 */
final class IndexSnapshot {

    private static final Logger LOG = Logger.getLogger(IndexSnapshot.class);

    /**
     * What a saved copy must have been written by to be used: this Lucene version and this shape of document. Raise
     * the number when the documents' fields or their analysis change (SearchAnalyzers, {@link SearchIndex#FIELDS}).
     */
    static final String FORMAT = "partnermatch-search-3/lucene-" + Version.LATEST + "/"
            + new java.util.TreeSet<>(SearchIndex.FIELDS.keySet()); // sorted: a Map.copyOf's order differs per JVM

    private final DataSource dataSource;

    IndexSnapshot(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A saved copy as read: its Lucene files and how many documents they hold; the records searches filter, count and
     * order by ({@link SavedRecords}) and the language names its documents were written with ({@code context}), both
     * null when it has none; the changes made since the snapshot its state covers ({@code kind:key}, as the change
     * feed announces them; null when the copy says nothing of what it covers); and the snapshot of the transaction it
     * was read in.
     */
    record Saved(ByteBuffersDirectory directory, int documents, byte[] records, Long context, List<String> changes,
                 String readAt) {

        /** Whether a load can start from the copy's records and read only what changed since. */
        boolean restorable(long languages) {
            return records != null && changes != null && context != null && context == languages;
        }
    }

    /**
     * What a load saves: a commit of the writer, the records as they were at that commit, and the snapshot whose
     * every transaction they hold ({@code covers}).
     */
    record Capture(IndexCommit commit, byte[] records, String covers, long context) {
    }

    /** The saved copy, or null when there is none of this format or it cannot be read. */
    Saved load() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // the row, its files and the changes since as of one moment, whatever a replica saving meanwhile writes
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String readAt;
            int documents;
            byte[] records = null;
            String covers = null;
            Long context = null;
            try (Statement statement = connection.createStatement()) {
                // the first statement: its snapshot is the transaction's
                try (ResultSet rs = statement.executeQuery("SELECT pg_current_snapshot()::text")) {
                    rs.next();
                    readAt = rs.getString(1);
                }
            }
            try (PreparedStatement row = binary(connection.prepareStatement(
                    "SELECT format, documents, records, covers, context FROM search_index_snapshot"));
                 ResultSet rs = row.executeQuery()) {
                if (!rs.next() || !FORMAT.equals(rs.getString("format"))) {
                    connection.rollback();
                    return null;
                }
                documents = rs.getInt("documents");
                records = rs.getBytes("records");
                covers = rs.getString("covers");
                long languages = rs.getLong("context");
                context = rs.wasNull() ? null : languages;
            }
            List<String> changes = covers == null || records == null ? null : changesSince(connection, covers);
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (PreparedStatement files = binary(connection.prepareStatement(
                    "SELECT name, bytes FROM search_index_snapshot_file"))) {
                files.setFetchSize(1); // one file in memory at a time
                try (ResultSet rs = files.executeQuery()) {
                    while (rs.next()) {
                        byte[] bytes = rs.getBytes("bytes");
                        try (IndexOutput out = directory.createOutput(rs.getString("name"), IOContext.DEFAULT)) {
                            out.writeBytes(bytes, bytes.length);
                        }
                    }
                }
            }
            connection.rollback();
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                return null;
            }
            return new Saved(directory, documents, records, context, changes, readAt);
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warnf("The search index's saved copy could not be read (%s); building the index from the database",
                    e.getClass().getSimpleName());
            return null;
        }
    }

    /** The snapshot a statement on {@code connection} sees now, as text. */
    static String now(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT pg_current_snapshot()::text")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * The records changed by a transaction that {@code covers} does not see ({@code search_change}); null when
     * {@code covers} is ahead of this database's transactions (a dump restored into another cluster starts its
     * transaction ids afresh, so its changes would look older than the copy): the copy then cannot say what changed.
     */
    private static List<String> changesSince(Connection connection, String covers) throws SQLException {
        try (PreparedStatement ahead = connection.prepareStatement(
                "SELECT pg_snapshot_xmax(?::pg_snapshot) > pg_snapshot_xmax(pg_current_snapshot())")) {
            ahead.setString(1, covers);
            try (ResultSet rs = ahead.executeQuery()) {
                if (rs.next() && rs.getBoolean(1)) {
                    return null;
                }
            }
        }
        List<String> changes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT kind || ':' || key FROM search_change
                WHERE xid >= pg_snapshot_xmin(?::pg_snapshot) AND NOT pg_visible_in_snapshot(xid, ?::pg_snapshot)""")) {
            select.setString(1, covers);
            select.setString(2, covers);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    changes.add(rs.getString(1));
                }
            }
        }
        return changes;
    }

    /** A statement whose bytes come in binary from its first execution, not as hex text decoded again. */
    private static PreparedStatement binary(PreparedStatement statement) throws SQLException {
        statement.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1);
        return statement;
    }

    /**
     * Saves {@code capture} as the copy, in place of the one before, in one transaction. Changes written to the index
     * meanwhile go on; the commit's files are held ({@code policy}) until saved.
     */
    void save(Capture capture, IndexWriter writer, SnapshotDeletionPolicy policy) throws IOException, SQLException {
        long started = System.nanoTime();
        IndexCommit commit = capture.commit();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Directory directory = commit.getDirectory();
                long bytes = 0;
                try (Statement statement = connection.createStatement()) {
                    // replicas saving at once take turns; the last one's copy stays
                    statement.execute("SELECT pg_advisory_xact_lock(hashtext('search_index_snapshot'))");
                    statement.executeUpdate("DELETE FROM search_index_snapshot_file");
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO search_index_snapshot_file (name, bytes) VALUES (?, ?)")) {
                    for (String name : commit.getFileNames()) {
                        try (IndexInput in = directory.openInput(name, IOContext.READONCE)) {
                            insert.setString(1, name);
                            insert.setBinaryStream(2, new Stream(in), in.length());
                            insert.executeUpdate();
                            bytes += in.length();
                        }
                    }
                }
                int documents;
                try (DirectoryReader reader = DirectoryReader.open(commit)) {
                    documents = reader.numDocs();
                }
                try (PreparedStatement row = connection.prepareStatement("""
                        INSERT INTO search_index_snapshot (format, documents, bytes, records, covers, context)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (singleton) DO UPDATE
                        SET format = excluded.format, documents = excluded.documents, bytes = excluded.bytes,
                            records = excluded.records, covers = excluded.covers, context = excluded.context,
                            saved_at = now()""")) {
                    row.setString(1, FORMAT);
                    row.setInt(2, documents);
                    row.setLong(3, bytes);
                    row.setBytes(4, capture.records());
                    row.setString(5, capture.covers());
                    row.setLong(6, capture.context());
                    row.executeUpdate();
                }
                connection.commit();
                LOG.infof("Search index saved: %d documents, %d KB and %d KB of records in %d ms", documents,
                        bytes / 1024, capture.records().length / 1024, (System.nanoTime() - started) / 1_000_000);
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } finally {
            policy.release(commit);
            writer.deleteUnusedFiles();
        }
    }

    /** A Lucene file read as a stream, for the driver to send without holding it whole. */
    private static final class Stream extends InputStream {

        private final IndexInput in;

        Stream(IndexInput in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            return in.getFilePointer() < in.length() ? in.readByte() & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            long left = in.length() - in.getFilePointer();
            if (left <= 0) {
                return length == 0 ? 0 : -1;
            }
            int n = (int) Math.min(length, left);
            in.readBytes(buffer, offset, n);
            return n;
        }
    }
}
