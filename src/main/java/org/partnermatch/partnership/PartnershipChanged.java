package org.partnermatch.partnership;

import java.util.UUID;
import org.partnermatch.vocabulary.PartnershipState;

/**
 * Fired inside the transaction of every partnership state change (after its event row is written), so the people on
 * either side are told (package notification) without partnerships depending on notifications. {@code eventId} is the
 * recorded event's id: one change, one id, whatever notices it.
 */
public record PartnershipChanged(UUID eventId, UUID partnershipId, PartnershipState from, PartnershipState to,
                                 String actorRole, String note) {
}
