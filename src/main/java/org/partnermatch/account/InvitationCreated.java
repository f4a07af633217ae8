package org.partnermatch.account;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired inside the transaction that creates an invitation, so the invitation e-mail (package notification) is queued
 * with it, carrying the one link that accepts it (the token is never stored, so this is the only moment it is known).
 */
public record InvitationCreated(UUID invitationId, String email, MembershipScope scope, String placeName, String role,
                                String link, Instant expiresAt, String invitedByName) {
}
