package org.partnermatch.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnermatch.account.AccountDtos.InvitationRequest;
import org.partnermatch.account.AccountDtos.InvitationResponse;
import org.partnermatch.account.AccountDtos.MeResponse;
import org.partnermatch.account.AccountDtos.MembershipView;
import org.partnermatch.audit.AuditService;
import org.partnermatch.common.ProblemException;
import org.partnermatch.organization.OrganizationRegistered;
import org.partnermatch.organization.OrganizationService;
import org.partnermatch.school.SchoolService;
import org.partnermatch.security.Caller;

/**
 * The rules of memberships and invitations. District staff manage everything; a school's staff (principal or staff)
 * see and invite colleagues to their school and remove them; an organization's members see their colleagues and its
 * owners invite and remove them. Anyone may leave, except an organization's last owner. An invitation is for one
 * e-mail address and is accepted only by a signed-in person whose provider verified that address; it is single use,
 * expires ({@link IdentitySettings#invitationTtl()}) and can be revoked. Every change is audited.
 */
@ApplicationScoped
public class MembershipService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MembershipRepository memberships;
    private final InvitationRepository invitations;
    private final AppUserRepository users;
    private final SchoolService schools;
    private final OrganizationService organizations;
    private final AccountService accounts;
    private final AuditService audit;
    private final IdentitySettings settings;
    private final Caller caller;
    private final Event<InvitationCreated> invitationCreated;

    public MembershipService(MembershipRepository memberships, InvitationRepository invitations,
                             AppUserRepository users, SchoolService schools, OrganizationService organizations,
                             AccountService accounts, AuditService audit, IdentitySettings settings, Caller caller,
                             Event<InvitationCreated> invitationCreated) {
        this.memberships = memberships;
        this.invitations = invitations;
        this.users = users;
        this.schools = schools;
        this.organizations = organizations;
        this.accounts = accounts;
        this.audit = audit;
        this.settings = settings;
        this.caller = caller;
        this.invitationCreated = invitationCreated;
    }

    /** The signed-in person and their memberships. */
    @Transactional
    public MeResponse me() {
        AppUser user = requireAccount();
        List<MembershipView> held = memberships.list("userId = ?1 order by createdAt, id", user.id).stream()
                .map(m -> MembershipView.of(m, user, scopeName(m.scope, m.scopeId()))).toList();
        return new MeResponse(user.id, user.emailVerified ? user.email : null, user.displayName, caller.district(),
                held);
    }

    /** The members of a scope: for its own members and district staff. */
    @Transactional
    public List<MembershipView> members(MembershipScope scope, UUID scopeId) {
        requireScopeIds(scope, scopeId);
        if (!mayView(scope, scopeId)) {
            throw ProblemException.forbidden("Only this " + scope + "'s own staff and district staff see its members.");
        }
        List<Membership> held = scopeId == null ? memberships.list("scope", scope)
                : memberships.list("scope = ?1 and (schoolId = ?2 or organizationId = ?2)", scope, scopeId);
        Map<UUID, AppUser> people = usersOf(held.stream().map(m -> m.userId).toList());
        String name = scopeName(scope, scopeId);
        return held.stream().map(m -> MembershipView.of(m, people.get(m.userId), name))
                .sorted(Comparator.comparing(MembershipView::role).thenComparing(v -> v.email() == null ? "" : v.email()))
                .toList();
    }

    /** Pending and recent invitations of a scope: for those who may invite there. */
    @Transactional
    public List<InvitationResponse> invitations(MembershipScope scope, UUID scopeId) {
        requireScopeIds(scope, scopeId);
        requireMayInvite(scope, scopeId);
        Instant now = Instant.now();
        List<Invitation> found = scopeId == null ? invitations.list("scope = ?1 order by createdAt desc", scope)
                : invitations.list("scope = ?1 and (schoolId = ?2 or organizationId = ?2) order by createdAt desc",
                        scope, scopeId);
        String name = scopeName(scope, scopeId);
        return found.stream().filter(i -> i.acceptedAt == null && i.revokedAt == null)
                .map(i -> InvitationResponse.of(i, name, now, null)).toList();
    }

    /**
     * Invites a person; an earlier pending invitation of the same address to the same place is revoked, so the newest
     * link is the one that works. {@code linkBase} is the site's address the link starts with.
     */
    @Transactional
    public InvitationResponse invite(InvitationRequest request, String linkBase) {
        UUID scopeId = scopeIdOf(request.scope(), request.schoolId(), request.organizationId());
        if (!request.scope().roles().contains(request.role())) {
            throw ProblemException.badRequest("role", "must be one of " + String.join(", ",
                    request.scope().roles().stream().sorted().toList()) + " for a " + request.scope() + " invitation");
        }
        requireMayInvite(request.scope(), scopeId);
        String name = scopeName(request.scope(), scopeId);
        String email = request.email().trim().toLowerCase(Locale.ROOT);
        if (alreadyMember(email, request.scope(), scopeId)) {
            throw ProblemException.conflict("That person is already a member here.");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (Invitation earlier : invitations.list("email = ?1 and scope = ?2 and acceptedAt is null and revokedAt is null",
                email, request.scope())) {
            if (java.util.Objects.equals(earlier.scopeId(), scopeId)) {
                InvitationResponse before = InvitationResponse.of(earlier, name, now, null);
                earlier.revokedAt = now;
                audit.record("invitation.revoked", "invitation", earlier.id, before,
                        InvitationResponse.of(earlier, name, now, null));
            }
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        // Lower-case hex: the link is a plainly written page path (see SessionPaths), so the session reads there.
        String token = HexFormat.of().formatHex(secret);
        Invitation i = new Invitation();
        i.id = UUID.randomUUID();
        i.tokenHash = hash(token);
        i.email = email;
        i.scope = request.scope();
        i.schoolId = request.scope() == MembershipScope.school ? scopeId : null;
        i.organizationId = request.scope() == MembershipScope.organization ? scopeId : null;
        i.role = request.role();
        i.invitedBy = caller.subject();
        i.createdAt = now;
        i.expiresAt = now.plus(settings.invitationTtl());
        invitations.persist(i);
        invitations.flush();
        audit.record("invitation.created", "invitation", i.id, null, InvitationResponse.of(i, name, now, null));
        String link = linkBase + "/invitations/" + token;
        String inviter = caller.userId().flatMap(users::findByIdOptional).map(u -> u.displayName).orElse(null);
        invitationCreated.fire(new InvitationCreated(i.id, email, i.scope, name, i.role, link, i.expiresAt, inviter));
        return InvitationResponse.of(i, name, now, link);
    }

    /** One invitation, for those who may invite to its place (404 for others). */
    @Transactional
    public InvitationResponse invitation(UUID invitationId) {
        Invitation i = invitations.findByIdOptional(invitationId)
                .filter(found -> mayManageMembers(found.scope, found.scopeId()))
                .orElseThrow(() -> ProblemException.notFound("invitation", invitationId));
        return InvitationResponse.of(i, scopeName(i.scope, i.scopeId()), Instant.now(), null);
    }

    @Transactional
    public void revoke(UUID invitationId) {
        Invitation i = invitations.findByIdOptional(invitationId)
                .orElseThrow(() -> ProblemException.notFound("invitation", invitationId));
        if (!mayManageMembers(i.scope, i.scopeId())) {
            throw ProblemException.notFound("invitation", invitationId);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (!"pending".equals(i.state(now))) {
            throw ProblemException.conflict("This invitation is " + i.state(now) + " and can no longer be revoked.");
        }
        String name = scopeName(i.scope, i.scopeId());
        InvitationResponse before = InvitationResponse.of(i, name, now, null);
        i.revokedAt = now;
        audit.record("invitation.revoked", "invitation", i.id, before, InvitationResponse.of(i, name, now, null));
    }

    /** What an invitation link offers, for its page: null when the token matches no invitation. */
    @Transactional
    public InvitationResponse preview(String token) {
        Invitation i = byToken(token);
        return i == null ? null : InvitationResponse.of(i, scopeName(i.scope, i.scopeId()), Instant.now(), null);
    }

    /**
     * Accepts an invitation as the signed-in person, whose verified e-mail address must be the invited one. The
     * invitation is used up in the same statement that checks it is still pending, so two accepts cannot both win.
     */
    @Transactional
    public MembershipView accept(String token) {
        AppUser user = requireAccount();
        Invitation i = byToken(token);
        if (i == null) {
            throw ProblemException.notFound("invitation", "from this link");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String state = i.state(now);
        if (!"pending".equals(state)) {
            throw ProblemException.conflict("This invitation is " + state
                    + ". Ask whoever invited you to send a new one.");
        }
        if (!user.emailVerified || user.email == null) {
            throw ProblemException.forbidden("Your sign-in service has not verified your e-mail address, so the "
                    + "invitation cannot be matched to you. Verify it there, then sign in again.");
        }
        if (!user.email.equals(i.email)) {
            throw ProblemException.forbidden("This invitation is for another e-mail address. Sign in with the "
                    + "account of the address it was sent to.");
        }
        int used = invitations.update("acceptedAt = ?1, acceptedBy = ?2 where id = ?3 and acceptedAt is null "
                + "and revokedAt is null and expiresAt > ?1", now, user.id, i.id);
        if (used == 0) {
            throw ProblemException.conflict("This invitation was just used or revoked.");
        }
        String name = scopeName(i.scope, i.scopeId());
        Membership m = memberships.find("userId = ?1 and scope = ?2", user.id, i.scope).stream()
                .filter(held -> java.util.Objects.equals(held.scopeId(), i.scopeId())).findFirst().orElse(null);
        if (m == null) {
            m = grant(user.id, i.scope, i.scopeId(), i.role);
        } else if (!m.role.equals(i.role)) {
            MembershipView before = MembershipView.of(m, user, name);
            m.role = i.role;
            audit.record("membership.changed", "membership", m.id, before, MembershipView.of(m, user, name));
        }
        audit.record("invitation.accepted", "invitation", i.id, null, InvitationResponse.of(i, name, now, null));
        accounts.forget();
        return MembershipView.of(m, user, name);
    }

    /**
     * Ends a membership: the member leaving, or someone who manages that place removing them. An organization keeps
     * at least one owner.
     */
    @Transactional
    public void remove(UUID membershipId) {
        Membership m = memberships.findByIdOptional(membershipId)
                .orElseThrow(() -> ProblemException.notFound("membership", membershipId));
        boolean self = caller.userId().map(m.userId::equals).orElse(false);
        if (!self && !mayManageMembers(m.scope, m.scopeId())) {
            if (mayView(m.scope, m.scopeId())) {
                throw ProblemException.forbidden("Only this " + m.scope + "'s managers may remove its members.");
            }
            throw ProblemException.notFound("membership", membershipId);
        }
        if (m.scope == MembershipScope.organization && "owner".equals(m.role)
                && memberships.count("organizationId = ?1 and role = 'owner'", m.organizationId) == 1) {
            throw ProblemException.conflict("An organization keeps at least one owner: invite another owner first.");
        }
        MembershipView before = MembershipView.of(m, users.findById(m.userId), scopeName(m.scope, m.scopeId()));
        memberships.delete(m);
        audit.record(self ? "membership.left" : "membership.removed", "membership", m.id, before, null);
        accounts.forget();
    }

    /**
     * The verified e-mail addresses of a place's members (district staff when {@code scope} is district): whom
     * notifications about that place go to. Lower-case, each once. For the notification package; no caller checks.
     */
    @Transactional
    public List<String> memberAddresses(MembershipScope scope, UUID scopeId) {
        String place = scope == MembershipScope.district ? "" : " and (m.schoolId = :place or m.organizationId = :place)";
        var query = users.getEntityManager().createQuery("select distinct lower(u.email) from AppUser u, Membership m"
                + " where m.userId = u.id and u.emailVerified = true and u.email is not null and m.scope = :scope"
                + place, String.class).setParameter("scope", scope);
        if (scope != MembershipScope.district) {
            query.setParameter("place", scopeId);
        }
        return query.getResultList().stream().sorted().toList();
    }

    /**
     * Whom to contact at a school: the person whose subject is given ("user:{id}", the one who sent a request) when
     * they are still on the school's staff with a verified address, otherwise the school's longest-standing staff
     * member with one. Empty when nobody there has a verified address. For the partnership feature, which decides
     * who may see it; no caller checks here.
     */
    @Transactional
    public java.util.Optional<AccountDtos.PlaceContact> schoolContact(UUID schoolId, String preferredSubject) {
        record Staff(UUID id, String name, String email) {
        }
        List<Staff> staff = users.getEntityManager().createQuery("""
                        select u.id, u.displayName, u.email from AppUser u, Membership m
                        where m.userId = u.id and u.emailVerified = true and u.email is not null
                          and m.scope = :scope and m.schoolId = :school
                        order by m.createdAt, m.id""", Staff.class)
                .setParameter("scope", MembershipScope.school).setParameter("school", schoolId).getResultList();
        return staff.stream().filter(s -> ("user:" + s.id()).equals(preferredSubject)).findFirst()
                .or(() -> staff.stream().findFirst())
                .map(s -> new AccountDtos.PlaceContact(s.name(), s.email()));
    }

    /** Organizations of which any of these verified addresses is a member (for the weekly digest). */
    @Transactional
    public java.util.Set<UUID> organizationsOf(java.util.Collection<String> addresses) {
        if (addresses.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(users.getEntityManager().createQuery("select distinct m.organizationId"
                        + " from AppUser u, Membership m where m.userId = u.id and u.emailVerified = true"
                        + " and m.scope = :scope and lower(u.email) in :addresses", UUID.class)
                .setParameter("scope", MembershipScope.organization)
                .setParameter("addresses", new ArrayList<>(addresses))
                .getResultList());
    }

    /** The signed-in person's verified e-mail address (lower-case), if they have an account and one. */
    @Transactional
    public java.util.Optional<String> verifiedAddress() {
        return caller.userId().flatMap(users::findByIdOptional)
                .filter(u -> u.emailVerified && u.email != null)
                .map(u -> u.email.toLowerCase(Locale.ROOT));
    }

    /** Whoever registers an organization through their account becomes its owner. */
    void onOrganizationRegistered(@Observes OrganizationRegistered registered) {
        caller.userId().ifPresent(userId -> {
            grant(userId, MembershipScope.organization, registered.organizationId(), "owner");
            accounts.forget();
        });
    }

    private Membership grant(UUID userId, MembershipScope scope, UUID scopeId, String role) {
        Membership m = new Membership();
        m.id = UUID.randomUUID();
        m.userId = userId;
        m.scope = scope;
        m.schoolId = scope == MembershipScope.school ? scopeId : null;
        m.organizationId = scope == MembershipScope.organization ? scopeId : null;
        m.role = role;
        m.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        m.createdBy = caller.subject();
        memberships.persist(m);
        memberships.flush();
        audit.record("membership.granted", "membership", m.id, null,
                MembershipView.of(m, users.findById(userId), scopeName(scope, scopeId)));
        return m;
    }

    private AppUser requireAccount() {
        UUID id = caller.userId().orElseThrow(() -> ProblemException.forbidden(
                "Only people who sign in with the district's sign-in service have an account here."));
        return users.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("account", id));
    }

    private boolean mayView(MembershipScope scope, UUID scopeId) {
        return switch (scope) {
            case district -> caller.district();
            case school -> caller.mayManageSchool(scopeId);
            case organization -> caller.mayManageOrganization(scopeId);
        };
    }

    /** Invite to, and remove from, a place: district staff; a school's staff; an organization's owners. */
    public boolean mayManageMembers(MembershipScope scope, UUID scopeId) {
        return switch (scope) {
            case district -> caller.district();
            case school -> caller.mayManageSchool(scopeId);
            case organization -> caller.district() || caller.isOwnerOf(scopeId);
        };
    }

    private void requireMayInvite(MembershipScope scope, UUID scopeId) {
        if (!mayManageMembers(scope, scopeId)) {
            throw ProblemException.forbidden(switch (scope) {
                case district -> "Only district staff may invite district staff.";
                case school -> "Only district staff and this school's staff may invite to it.";
                case organization -> "Only district staff and this organization's owners may invite to it.";
            });
        }
    }

    private static void requireScopeIds(MembershipScope scope, UUID scopeId) {
        if (scope != MembershipScope.district && scopeId == null) {
            throw ProblemException.badRequest(scope == MembershipScope.school ? "schoolId" : "organizationId",
                    "is required for a " + scope + " membership");
        }
    }

    /** The one id a scope needs (none for the district); 400 naming the missing or extra field. */
    private static UUID scopeIdOf(MembershipScope scope, UUID schoolId, UUID organizationId) {
        switch (scope) {
            case district -> {
                if (schoolId != null) {
                    throw ProblemException.badRequest("schoolId", "must be empty for a district invitation");
                }
                if (organizationId != null) {
                    throw ProblemException.badRequest("organizationId", "must be empty for a district invitation");
                }
                return null;
            }
            case school -> {
                if (organizationId != null) {
                    throw ProblemException.badRequest("organizationId", "must be empty for a school invitation");
                }
                requireScopeIds(scope, schoolId);
                return schoolId;
            }
            default -> {
                if (schoolId != null) {
                    throw ProblemException.badRequest("schoolId", "must be empty for an organization invitation");
                }
                requireScopeIds(scope, organizationId);
                return organizationId;
            }
        }
    }

    /** The name of the district, a school or an organization (404 when it does not exist). */
    @Transactional
    public String placeName(MembershipScope scope, UUID scopeId) {
        return scopeName(scope, scopeId);
    }

    /** The place's name (404 when it does not exist). */
    private String scopeName(MembershipScope scope, UUID scopeId) {
        return switch (scope) {
            case district -> "District";
            case school -> schools.get(scopeId).name;
            case organization -> organizations.get(scopeId).name;
        };
    }

    /** Whether a person with this verified address already holds a membership of this place (one query). */
    private boolean alreadyMember(String email, MembershipScope scope, UUID scopeId) {
        String holder = "userId in (select u.id from AppUser u where lower(u.email) = :email and u.emailVerified = true)";
        Map<String, Object> params = new java.util.HashMap<>(Map.of("email", email, "scope", scope));
        String place = "";
        if (scopeId != null) {
            place = " and (schoolId = :place or organizationId = :place)";
            params.put("place", scopeId);
        }
        return memberships.count("scope = :scope" + place + " and " + holder, params) > 0;
    }

    private Map<UUID, AppUser> usersOf(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.list("id in ?1", new ArrayList<>(ids)).stream()
                .collect(Collectors.toMap(u -> u.id, Function.identity()));
    }

    private Invitation byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return null;
        }
        return invitations.find("tokenHash", hash(token.trim())).firstResult();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
