package org.partnermatch.search;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * {@code search_index_snapshot_file}): the Lucene files of the last saved commit. A starting replica opens it and
 * analyses only the documents whose text changed since ({@link SearchIndex#reloadAll}); every replica shares the one
 * copy. It is a cache: the index is always checked against the database's rows, a copy of another {@link #FORMAT} is
 * ignored, and one that cannot be read is built again from the rows.
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

    /** The saved copy's files in a new directory, or null when there is none of this format or it cannot be read. */
    ByteBuffersDirectory load() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // the row and its files as of one moment, whatever a replica saving meanwhile writes
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement statement = connection.createStatement()) {
                try (ResultSet rs = statement.executeQuery("SELECT format FROM search_index_snapshot")) {
                    if (!rs.next() || !FORMAT.equals(rs.getString("format"))) {
                        connection.rollback();
                        return null;
                    }
                }
            }
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (PreparedStatement files = connection.prepareStatement(
                    "SELECT name, bytes FROM search_index_snapshot_file")) {
                files.setFetchSize(1); // one file in memory at a time
                // the bytes in binary from the first execution, not as hex text decoded again
                files.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1);
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
            return directory;
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warnf("The search index's saved copy could not be read (%s); building the index from the database",
                    e.getClass().getSimpleName());
            return null;
        }
    }

    /**
     * Commits what {@code writer} holds and saves that commit as the copy, in place of the one before, in one
     * transaction. Changes written meanwhile go on; the commit's files are held ({@code policy}) until saved.
     */
    void save(IndexWriter writer, SnapshotDeletionPolicy policy) throws IOException, SQLException {
        long started = System.nanoTime();
        writer.commit();
        IndexCommit commit = policy.snapshot();
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
                        INSERT INTO search_index_snapshot (format, documents, bytes) VALUES (?, ?, ?)
                        ON CONFLICT (singleton) DO UPDATE
                        SET format = excluded.format, documents = excluded.documents, bytes = excluded.bytes,
                            saved_at = now()""")) {
                    row.setString(1, FORMAT);
                    row.setInt(2, documents);
                    row.setLong(3, bytes);
                    row.executeUpdate();
                }
                connection.commit();
                LOG.infof("Search index saved: %d documents, %d KB in %d ms", documents, bytes / 1024,
                        (System.nanoTime() - started) / 1_000_000);
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
