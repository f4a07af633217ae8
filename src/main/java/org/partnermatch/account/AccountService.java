package org.partnermatch.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.partnermatch.audit.AuditService;
import org.partnermatch.common.NativeSql;
import org.partnermatch.security.Memberships;

/**
 * Accounts of people who sign in with the district's provider: the account is created at the first sign-in (and its
 * e-mail and name kept current), the first district administrators are made from configuration, and a person's
 * memberships are read once and then remembered for a short while ({@link IdentitySettings#membershipCacheTtl()}),
 * so that a signed-in request costs no more database work than a service token's. Changes made through this replica
 * forget what was remembered at once.
 */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);

    private final EntityManager entityManager;
    private final MembershipRepository memberships;
    private final AuditService audit;
    private final IdentitySettings settings;
    private final Set<String> districtAdmins;
    private final Cache<String, Memberships> cache;

    public AccountService(EntityManager entityManager, MembershipRepository memberships, AuditService audit,
                          IdentitySettings settings) {
        this.entityManager = entityManager;
        this.memberships = memberships;
        this.audit = audit;
        this.settings = settings;
        this.districtAdmins = settings.districtAdmins().orElse(List.of()).stream()
                .map(email -> email.trim().toLowerCase(Locale.ROOT)).filter(email -> !email.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.cache = Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(settings.membershipCacheTtl()).build();
    }

    /** The person's memberships if remembered, else null (then {@link #signIn} reads them, blocking). */
    Memberships remembered(SignedInPerson person) {
        return cache.getIfPresent(person.key());
    }

    /** The person's account and memberships: creates the account on first sign-in. Blocking. */
    Memberships signIn(SignedInPerson person) {
        return cache.get(person.key(), key -> QuarkusTransaction.joiningExisting().call(() -> load(person)));
    }

    /** Forgets every remembered membership: called after any membership change. */
    public void forget() {
        cache.invalidateAll();
    }

    private Memberships load(SignedInPerson person) {
        UUID userId = upsert(person);
        if (person.emailVerified() && districtAdmins.contains(person.email())) {
            grantDistrictFromConfiguration(userId);
        }
        List<Membership> held = memberships.list("userId", userId);
        boolean district = held.stream().anyMatch(m -> m.scope == MembershipScope.district)
                || settings.districtRoleValues().map(values -> values.stream().anyMatch(person.roleClaimValues()::contains))
                        .orElse(false);
        Set<UUID> schools = new HashSet<>();
        Set<UUID> organizations = new HashSet<>();
        Set<UUID> owned = new HashSet<>();
        for (Membership m : held) {
            if (m.scope == MembershipScope.school) {
                schools.add(m.schoolId);
            } else if (m.scope == MembershipScope.organization) {
                organizations.add(m.organizationId);
                if ("owner".equals(m.role)) {
                    owned.add(m.organizationId);
                }
            }
        }
        return new Memberships(userId, person.emailVerified() ? person.email() : null, district, schools,
                organizations, owned);
    }

    /** Creates the account, or brings its e-mail and name up to date; one statement, safe under concurrency. */
    private UUID upsert(SignedInPerson person) {
        return NativeSql.on(entityManager, """
                INSERT INTO app_user (id, issuer, subject, email, email_verified, display_name, created_at, last_seen_at)
                VALUES (:id, :issuer, :subject, :email, :verified, :name, now(), now())
                ON CONFLICT (issuer, subject) DO UPDATE SET
                    email = COALESCE(EXCLUDED.email, app_user.email),
                    email_verified = CASE WHEN EXCLUDED.email IS NULL THEN app_user.email_verified
                                          ELSE EXCLUDED.email_verified END,
                    display_name = COALESCE(EXCLUDED.display_name, app_user.display_name),
                    last_seen_at = now()
                RETURNING id""")
                .bind("id", UUID.randomUUID())
                .bind("issuer", person.issuer())
                .bind("subject", person.subject())
                .bind("email", person.email())
                .bind("verified", person.emailVerified())
                .bind("name", truncate(person.name(), 200))
                .one(row -> row.uuid("id"));
    }

    private void grantDistrictFromConfiguration(UUID userId) {
        if (memberships.count("userId = ?1 and scope = ?2", userId, MembershipScope.district) > 0) {
            return;
        }
        Membership m = new Membership();
        m.id = UUID.randomUUID();
        m.userId = userId;
        m.scope = MembershipScope.district;
        m.role = "staff";
        m.createdAt = java.time.Instant.now();
        m.createdBy = "configuration";
        memberships.persist(m);
        audit.recordSystem("membership.granted", "membership", m.id, null, AccountDtos.MembershipView.of(m, null));
        LOG.infof("District administrator from configuration: account %s is now district staff", userId);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
