package org.partnermatch.organization;

import java.util.UUID;
import org.partnermatch.vocabulary.VettingStatus;

/**
 * Fired inside the vetting decision's transaction, so the organization's members are told (package notification)
 * without the directory depending on notifications.
 */
public record OrganizationVetted(UUID organizationId, VettingStatus from, VettingStatus to, String note) {
}
