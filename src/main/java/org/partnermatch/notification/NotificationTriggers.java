package org.partnermatch.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.partnermatch.common.NativeSql;
import org.partnermatch.partnership.PartnershipChanged;
import org.partnermatch.vocabulary.PartnershipState;

/**
 * Keeps e-mail off the partnership requests' path without losing any: a partnership change writes one trigger row
 * beside its event row, in its own transaction ({@link #onPartnershipChanged}); the worker later turns each trigger into
 * the outbox's e-mails ({@link Notifier#partnershipChanged}) and deletes it, both in one transaction
 * ({@link #expandDue}). A trigger whose expansion fails is tried again after a growing wait, alone.
 */
@ApplicationScoped
public class NotificationTriggers {

    private static final Logger LOG = Logger.getLogger(NotificationTriggers.class);

    private final EntityManager em;
    private final NotificationService notifications;
    private final Notifier notifier;

    public NotificationTriggers(EntityManager em, NotificationService notifications, Notifier notifier) {
        this.em = em;
        this.notifications = notifications;
        this.notifier = notifier;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onPartnershipChanged(@Observes PartnershipChanged change) {
        if (!notifications.enabled()) {
            return;
        }
        NativeSql.on(em, "INSERT INTO notification_trigger (event_id) VALUES (:event) ON CONFLICT DO NOTHING")
                .bind("event", change.eventId()).update();
    }

    /** Turns every due trigger into e-mails, each in its own transaction; returns how many were turned. */
    public int expandDue() {
        int expanded = 0;
        while (true) {
            UUID[] claimed = new UUID[1];
            try {
                Boolean found = QuarkusTransaction.requiringNew().call(() -> expandNext(claimed));
                if (!found) {
                    return expanded;
                }
                expanded++;
            } catch (RuntimeException e) {
                if (claimed[0] == null) {
                    throw e;
                }
                // Row ids only: the event's text may name people.
                LOG.warnf("Could not turn partnership event %s into e-mails; will try again later", claimed[0]);
                QuarkusTransaction.requiringNew().run(() -> NativeSql.on(em, """
                        UPDATE notification_trigger SET attempts = attempts + 1,
                            next_attempt_at = now() + least(attempts + 1, 60) * INTERVAL '1 minute'
                        WHERE event_id = :event""").bind("event", claimed[0]).update());
            }
        }
    }

    /** Claims the oldest due trigger (skipping those another replica holds), writes its e-mails and deletes it. */
    private boolean expandNext(UUID[] claimed) {
        Optional<PartnershipChanged> next = NativeSql.on(em, """
                WITH next AS (DELETE FROM notification_trigger WHERE event_id =
                    (SELECT event_id FROM notification_trigger WHERE next_attempt_at <= now()
                     ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING event_id)
                SELECT e.id, e.partnership_id, e.from_state, e.to_state, e.actor_role, e.note
                FROM next JOIN partnership_event e ON e.id = next.event_id""")
                .first(row -> new PartnershipChanged(row.uuid("id"), row.uuid("partnership_id"),
                        row.string("from_state") == null ? null : PartnershipState.valueOf(row.string("from_state")),
                        PartnershipState.valueOf(row.string("to_state")), row.string("actor_role"), row.string("note")));
        if (next.isEmpty()) {
            return false;
        }
        claimed[0] = next.get().eventId();
        notifier.partnershipChanged(next.get());
        return true;
    }
}
