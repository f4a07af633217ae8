package org.partnermatch.partnership;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.partnermatch.audit.AuditService;
import org.partnermatch.common.NativeSql;
import org.partnermatch.partnership.PartnershipDtos.PartnershipResponse;
import org.partnermatch.vocabulary.PartnershipState;

/**
 * Expires requests nobody answered within {@code partnermatch.partnerships.request-ttl}: a scheduled job sweeps
 * them, and every read or change of a partnership checks it first, so a request is never seen or accepted past its
 * expiry even between sweeps. Both lock the rows they expire, so they never race a transition. The checks join the
 * caller's transaction rather than opening their own, so a request never needs a second pool connection while it
 * holds one (a nested transaction would, e.g. under an Idempotency-Key claim).
 * When the caller's transaction then fails (a 409 for the expired request), the expiry rolls back with it and the
 * next read or sweep records it.
 */
@ApplicationScoped
public class PartnershipExpiry {

    private static final Logger LOG = Logger.getLogger(PartnershipExpiry.class);
    private static final int BATCH = 500;

    private final PartnershipRepository partnerships;
    private final PartnershipEvents events;
    private final AuditService audit;
    private final PartnershipSettings settings;

    public PartnershipExpiry(PartnershipRepository partnerships, PartnershipEvents events, AuditService audit,
                             PartnershipSettings settings) {
        this.partnerships = partnerships;
        this.events = events;
        this.audit = audit;
        this.settings = settings;
    }

    @Scheduled(identity = "partnership-expiry", every = "${partnermatch.partnerships.expiry-check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        int expired;
        do {
            expired = expireDue();
        } while (expired == BATCH);
    }

    /** Expires (up to a batch of) requests past their expiry; returns how many. */
    @Transactional
    public int expireDue() {
        List<UUID> due = partnerships.dueForExpiry(Instant.now(), BATCH);
        for (UUID id : due) {
            expire(partnerships.findById(id));
        }
        if (!due.isEmpty()) {
            LOG.infof("Expired %d unanswered partnership requests", due.size());
        }
        return due.size();
    }

    /** Expires this partnership if it is a request past its expiry; returns whether it did. Call it first thing. */
    @Transactional
    public boolean expireIfDue(UUID id) {
        boolean due = NativeSql.on(partnerships.getEntityManager(), """
                SELECT id FROM partnership WHERE id = :id AND state = 'requested' AND expires_at <= :now FOR UPDATE""")
                .bind("id", id).bind("now", Instant.now())
                .first(row -> row.uuid("id")).isPresent();
        if (!due) {
            return false;
        }
        expire(partnerships.findById(id));
        return true;
    }

    private void expire(Partnership p) {
        PartnershipResponse before = PartnershipResponse.from(p);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        p.state = PartnershipState.expired;
        p.closedAt = now;
        p.updatedAt = now;
        partnerships.flush();
        audit.recordSystem("partnership.expired", "partnership", p.id, before, PartnershipResponse.from(p));
        events.record(p, PartnershipState.requested, Actor.SYSTEM,
                "No answer within " + settings.requestTtl().toDays() + " days of the request.");
    }
}
