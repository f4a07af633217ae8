package org.partnermatch.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one way features write SQL that Panache's entity operations do not cover: a text block with named parameters
 * ({@code :id}), run through the request's {@link EntityManager} (so inside its transaction, after Hibernate has
 * flushed what the statement reads), and rows read by column name ({@link Row}), never by position. The read models
 * that load over their change feed's own connection (matching, search) write plain JDBC in the same style: text
 * blocks, columns by name.
 *
 * <pre>{@code
 * NativeSql.on(em, """
 *         SELECT count(*) AS total, count(*) FILTER (WHERE active) AS active
 *         FROM offering WHERE organization_id = :organization""")
 *     .bind("organization", id)
 *     .one(row -> new Counts(row.integer("total"), row.integer("active")));
 * }</pre>
 */
public final class NativeSql {

    private final EntityManager em;
    private final String sql;
    private final java.util.Map<String, Object> parameters = new java.util.LinkedHashMap<>();

    private NativeSql(EntityManager em, String sql) {
        this.em = em;
        this.sql = sql;
    }

    /** A statement to run through {@code em}. */
    public static NativeSql on(EntityManager em, String sql) {
        return new NativeSql(em, sql);
    }

    /** Binds {@code :name} to {@code value} (arrays bind as SQL arrays). */
    public NativeSql bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** Runs an INSERT, UPDATE or DELETE without RETURNING; how many rows it touched. */
    public int update() {
        return bound(em.createNativeQuery(sql)).executeUpdate();
    }

    /** Every row, mapped. */
    public <T> List<T> list(Function<Row, T> mapper) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = bound(em.createNativeQuery(sql, Tuple.class)).getResultList();
        return rows.stream().map(t -> mapper.apply(new Row(t))).toList();
    }

    /**
     * The first row, mapped; empty when there is none. The statement says how many rows it returns (a LIMIT where
     * there could be many): no limit is added, since an UPDATE … RETURNING cannot take one.
     */
    public <T> Optional<T> first(Function<Row, T> mapper) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = bound(em.createNativeQuery(sql, Tuple.class)).getResultList();
        return rows.stream().findFirst().map(t -> mapper.apply(new Row(t)));
    }

    /** The only row of a statement that always returns one (an aggregate), mapped. */
    public <T> T one(Function<Row, T> mapper) {
        return first(mapper).orElseThrow(() -> new IllegalStateException("no row from: " + sql));
    }

    private Query bound(Query query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** One row, read by column name (the label PostgreSQL gives it: lower case unless quoted). */
    public static final class Row {
        private final Tuple tuple;

        Row(Tuple tuple) {
            this.tuple = tuple;
        }

        /** The column's value as the driver gave it, null for SQL NULL. */
        public Object get(String column) {
            return tuple.get(column);
        }

        public String string(String column) {
            Object v = get(column);
            return v == null ? null : v.toString();
        }

        public UUID uuid(String column) {
            return (UUID) get(column);
        }

        /** An integer column, null for SQL NULL (counts arrive as bigint, sums as numeric: any number fits). */
        public Integer integer(String column) {
            Object v = get(column);
            return v == null ? null : ((Number) v).intValue();
        }

        public Long longValue(String column) {
            Object v = get(column);
            return v == null ? null : ((Number) v).longValue();
        }

        public Boolean bool(String column) {
            return (Boolean) get(column);
        }

        /** A timestamp column, whichever Java type the driver chose for it. */
        public Instant instant(String column) {
            Object v = get(column);
            if (v == null || v instanceof Instant) {
                return (Instant) v;
            }
            if (v instanceof OffsetDateTime odt) {
                return odt.toInstant();
            }
            return ((Timestamp) v).toInstant();
        }

        public LocalDate date(String column) {
            Object v = get(column);
            return v instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) v;
        }
    }
}
