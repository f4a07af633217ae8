package org.partnermatch.imports;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a CSV import needs to know about one kind of record: the columns it understands, how a row becomes the same
 * request record the JSON endpoint takes, and the owning feature's service calls that check and write it.
 *
 * @param <E> the entity
 * @param <R> its request record
 */
interface RowKind<E, R> {

    /** "schools" or "organizations". */
    String kind();

    /**
     * This kind for one import: may look every existing record up once (one query) instead of once per row. The
     * default answers each lookup from the database.
     */
    default RowKind<E, R> forImport() {
        return this;
    }

    /** Normalised header ({@link CsvSheet#normalise}) → field. */
    Map<String, String> aliases();

    Optional<E> find(UUID id);

    Optional<E> findByName(String name);

    /** The record the row's other identifiers name (NCES id, state code ...), tried after the id and before the name. */
    default Optional<E> findByIdentifiers(Cells cells) {
        return Optional.empty();
    }

    UUID id(E entity);

    /** The request that would leave the entity as it is. */
    R asRequest(E entity);

    /** The row's request: columns the file has override {@code base} (null for a new record). */
    R read(Cells cells, R base);

    String name(R request);

    /** The owning service's rules beyond Bean Validation; throws a ProblemException, writes nothing. */
    void check(UUID id, R request);

    /** The field (as in {@link #aliases()}) a violation path of the request record belongs to. */
    String field(String path);

    /** Whether writing {@code row} over {@code current} would change nothing. */
    boolean same(R current, R row);

    E create(R request);

    E update(E entity, R request);
}
