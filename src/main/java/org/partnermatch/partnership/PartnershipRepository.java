package org.partnermatch.partnership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.partnermatch.common.NativeSql;
import org.partnermatch.vocabulary.PartnershipState;

@ApplicationScoped
public class PartnershipRepository implements PanacheRepositoryBase<Partnership, UUID> {

    /**
     * The row, locked (SELECT … FOR UPDATE) until the transaction ends: transitions of one partnership queue up.
     * The lock is taken with plain SQL and the entity loaded afterwards (it then reads the locked, current row):
     * Hibernate's own PESSIMISTIC_WRITE find uses "follow-on locking" for entities with collections, which failed
     * under contention (ConcurrentModificationException inside Hibernate's LockingHelper). Call it before the
     * partnership is loaded in the transaction.
     */
    public Optional<Partnership> lock(UUID id) {
        boolean exists = NativeSql.on(getEntityManager(), "SELECT id FROM partnership WHERE id = :id FOR UPDATE")
                .bind("id", id).first(row -> row.uuid("id")).isPresent();
        return exists ? findByIdOptional(id) : Optional.empty();
    }

    /** Whether this school already has an open (requested, accepted or active) partnership with this offering. */
    public boolean hasOpen(UUID schoolId, UUID offeringId) {
        return count("schoolId = ?1 and offeringId = ?2 and state in ?3", schoolId, offeringId,
                List.of(PartnershipState.requested, PartnershipState.accepted, PartnershipState.active)) > 0;
    }

    /** This school's open partnership with this offering (at most one: a partial unique index sees to it). */
    public Optional<Partnership> findOpen(UUID schoolId, UUID offeringId) {
        return find("schoolId = ?1 and offeringId = ?2 and state in ?3", schoolId, offeringId,
                List.of(PartnershipState.requested, PartnershipState.accepted, PartnershipState.active))
                .firstResultOptional();
    }

    /** Ids of requests past their expiry, oldest first; rows another transaction holds are skipped. */
    @SuppressWarnings("unchecked")
    public List<UUID> dueForExpiry(Instant now, int limit) {
        return NativeSql.on(getEntityManager(), """
                SELECT id FROM partnership WHERE state = 'requested' AND expires_at <= :now
                ORDER BY expires_at LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .bind("now", now).bind("limit", limit)
                .list(row -> row.uuid("id"));
    }
}
