package org.partnermatch.organization;

import java.util.UUID;

/**
 * Fired inside the registration's transaction, so that whoever registered can be made the organization's owner
 * (package account) without the directory depending on accounts.
 */
public record OrganizationRegistered(UUID organizationId) {
}
