package org.partnermatch.account;

import org.partnermatch.common.Nullable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnermatch.common.PlainText;

/** Request and response records for accounts, memberships and invitations. */
public final class AccountDtos {

    private AccountDtos() {
    }

    @Schema(name = "Membership", description = "A power a person holds: district staff, staff of a school (principal "
            + "or school staff, the same powers there), or staff of an organization (owner or member).")
    public record MembershipView(
            UUID id,
            UUID userId,
            @Schema(description = "The member's verified e-mail address; only shown to colleagues and district staff.")
            String email,
            @Nullable String name,
            MembershipScope scope,
            @Nullable UUID schoolId,
            @Nullable UUID organizationId,
            @Schema(description = "The school's or organization's name (\"District\" for district staff).",
                    examples = "Aki Kurose Middle School")
            String scopeName,
            @Schema(examples = "principal") String role,
            Instant createdAt) {

        static MembershipView of(Membership m, AppUser user) {
            return of(m, user, null);
        }

        static MembershipView of(Membership m, AppUser user, String scopeName) {
            return new MembershipView(m.id, m.userId, user == null ? null : user.email,
                    user == null ? null : user.displayName, m.scope, m.schoolId, m.organizationId, scopeName, m.role,
                    m.createdAt);
        }
    }

    @Schema(name = "Me", description = "The signed-in person and what they may act for.")
    public record MeResponse(UUID userId, String email, String name, boolean district,
                             List<MembershipView> memberships) {
    }

    @Schema(name = "InvitationRequest", description = "Invite a person, by e-mail address, to a membership. District "
            + "staff invite to anything; a school's staff invite colleagues to their school; an organization's owners "
            + "invite to their organization.")
    @PlainText
    public record InvitationRequest(
            @Schema(examples = "principal@school.example.org") @NotBlank @Email @Size(max = 254) String email,
            @Schema(examples = "school") @NotNull MembershipScope scope,
            @Schema(description = "The school, when scope is school.") UUID schoolId,
            @Schema(description = "The organization, when scope is organization.") UUID organizationId,
            @Schema(description = "district: staff; school: principal or staff; organization: owner or member.",
                    examples = "principal") @NotBlank @Size(max = 20) String role) {
    }

    @Schema(name = "Invitation", description = "An invitation: single use, expiring, revocable. The link is only in "
            + "the answer to the POST that created it: pass it on to the person invited.")
    public record InvitationResponse(
            UUID id,
            String email,
            MembershipScope scope,
            @Nullable UUID schoolId,
            @Nullable UUID organizationId,
            String scopeName,
            String role,
            @Schema(description = "pending, accepted, revoked or expired") String state,
            Instant createdAt,
            Instant expiresAt,
            @Schema(description = "The link that accepts the invitation (only when just created).")
            @Nullable String link) {

        static InvitationResponse of(Invitation i, String scopeName, Instant now, String link) {
            return new InvitationResponse(i.id, i.email, i.scope, i.schoolId, i.organizationId, scopeName, i.role,
                    i.state(now), i.createdAt, i.expiresAt, link);
        }
    }

    @Schema(name = "InvitationAcceptance", description = "The token from an invitation link.")
    @PlainText
    public record AcceptInvitationRequest(@NotBlank @Size(max = 100) String token) {
    }

    /** Whom a partner contacts at a school: a staff member's name and verified e-mail address. */
    public record PlaceContact(String name, String email) {
    }
}
