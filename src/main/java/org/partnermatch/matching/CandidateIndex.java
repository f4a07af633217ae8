package org.partnermatch.matching;

import static org.partnermatch.matching.ProfileRows.instant;
import static org.partnermatch.matching.ProfileRows.nullableDouble;
import static org.partnermatch.matching.ProfileRows.strings;
import static org.partnermatch.matching.ProfileRows.timings;
import static org.partnermatch.matching.ProfileRows.uuid;

import org.partnermatch.common.ChangeFeed;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.partnermatch.matching.core.CandidatePool;
import org.partnermatch.matching.core.MatchCandidate;
import org.partnermatch.matching.core.NeedProfile;
import org.partnermatch.matching.core.OfferingProfile;
import org.partnermatch.matching.core.OrganizationProfile;
import org.partnermatch.matching.core.PreparedNeed;
import org.partnermatch.matching.core.Responsiveness;
import org.partnermatch.matching.core.SchoolProfile;
import org.partnermatch.matching.core.Taxonomy;
import org.partnermatch.matching.core.TrackRecord;
import org.partnermatch.vocabulary.CapacityUnit;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Leadership;
import org.partnermatch.vocabulary.Modality;
import org.partnermatch.vocabulary.VettingStatus;

/**
 * The compact in-memory read model that matching scores against: every school, organization and offering, the
 * open needs, and the taxonomy, as immutable profiles. Readers take the current {@link Snapshot} without locks;
 * changes (announced by {@link ChangeFeed}) build a new snapshot from the old one plus the reloaded rows, so a
 * request never loads entities through Hibernate and never sees a half-applied change.
 */
public class CandidateIndex implements ChangeFeed.Follower {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(CandidateIndex.class);

    /** One consistent view of everything matching needs. */
    public record Snapshot(Map<UUID, SchoolProfile> schools, Map<UUID, OrganizationProfile> organizations,
                           Map<UUID, OfferingProfile> offerings, Map<UUID, NeedProfile> openNeeds,
                           Map<UUID, MatchCandidate> candidates, Map<String, List<MatchCandidate>> candidatesByCategory,
                           Taxonomy taxonomy, long version, Map<String, CandidatePool> pools,
                           Map<UUID, PreparedNeed> prepared, Map<UUID, List<Decline>> declines,
                           Map<UUID, List<MatchCandidate>> candidatesByOrganization) {

        /** A snapshot in which no open need has been turned down, without its candidates by organization. */
        public Snapshot(Map<UUID, SchoolProfile> schools, Map<UUID, OrganizationProfile> organizations,
                        Map<UUID, OfferingProfile> offerings, Map<UUID, NeedProfile> openNeeds,
                        Map<UUID, MatchCandidate> candidates, Map<String, List<MatchCandidate>> candidatesByCategory,
                        Taxonomy taxonomy, long version, Map<String, CandidatePool> pools,
                        Map<UUID, PreparedNeed> prepared) {
            this(schools, organizations, offerings, openNeeds, candidates, candidatesByCategory, taxonomy, version,
                    pools, prepared, Map.of(), Map.of());
        }

        /** The organization's candidates, in offering-id order (none when it has no offering that can be matched). */
        public List<MatchCandidate> candidatesOf(UUID organizationId) {
            return candidatesByOrganization.getOrDefault(organizationId, List.of());
        }

        /** The declines and partner cancellations of an open need still remembered at {@code now}, newest first. */
        public List<Decline> declinesOf(UUID needId, Instant now) {
            List<Decline> all = declines.getOrDefault(needId, List.of());
            if (all.isEmpty()) {
                return all;
            }
            return all.stream().filter(d -> d.until().isAfter(now)).toList();
        }

        /** The organizations left out of a need's matches at {@code now}. */
        public Set<UUID> declinedBy(UUID needId, Instant now) {
            Set<UUID> organizations = new HashSet<>();
            for (Decline decline : declinesOf(needId, now)) {
                organizations.add(decline.organizationId());
            }
            return organizations;
        }

        /** A need profile with the organizations that turned it down as remembered at {@code now}. */
        public NeedProfile withDeclines(NeedProfile need, Instant now) {
            return declines.containsKey(need.id()) || !need.declinedBy().isEmpty()
                    ? need.withDeclinedBy(declinedBy(need.id(), now)) : need;
        }

        /**
         * Every open need prepared for scoring (tokens, keys), built once per snapshot: preparing thousands of needs
         * on every opportunities request would cost more than scoring them.
         */
        public List<PreparedNeed> preparedOpenNeeds() {
            List<PreparedNeed> result = new ArrayList<>(openNeeds.size());
            for (NeedProfile need : openNeeds.values()) {
                SchoolProfile school = schools.get(need.schoolId());
                if (school != null) {
                    result.add(prepared.computeIfAbsent(need.id(), id -> PreparedNeed.of(need, school, taxonomy)));
                }
            }
            return result;
        }

        /**
         * The candidates a need of this category could match: offerings in the category, its parent, its children
         * or its siblings, of approved organizations, active and with capacity left. Built once per snapshot and
         * category.
         */
        public CandidatePool poolFor(String category) {
            return pools.computeIfAbsent(category, code -> {
                Set<MatchCandidate> result = new LinkedHashSet<>();
                for (String related : taxonomy.matchingCodes(code).keySet()) {
                    result.addAll(candidatesByCategory.getOrDefault(related, List.of()));
                }
                return CandidatePool.of(result);
            });
        }
    }

    private static final String SCHOOLS = "SELECT " + ProfileRows.SCHOOL_COLUMNS + " FROM school s";
    private static final String ORGANIZATIONS = "SELECT o.id, o.name, o.description, o.latitude, o.longitude, "
            + "o.service_radius_km, o.service_regions, o.staff_languages, o.communities_served, o.leadership, "
            + "o.vetting_status, o.last_verified_at, r.decided, r.accepted, r.median_hours FROM organization o "
            // responsiveness: requests decided (answered or left to expire), accepted, median hours to an answer
            + "LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE p.responded_at IS NOT NULL OR p.state = 'expired') "
            + "AS decided, count(*) FILTER (WHERE p.responded_at IS NOT NULL AND p.state <> 'declined') AS accepted, "
            + "percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM p.responded_at - p.requested_at) / 3600.0) "
            + "FILTER (WHERE p.responded_at IS NOT NULL) AS median_hours "
            + "FROM partnership p WHERE p.organization_id = o.id) r ON TRUE";
    private static final String OFFERINGS = "SELECT o.id, o.organization_id, o.name, o.description, o.grade_low, "
            + "o.grade_high, o.timings, o.modality, o.languages, o.cost, o.capacity_unit, "
            + "o.capacity - o.capacity_used AS remaining, o.active, o.last_verified_at, "
            + "ARRAY(SELECT c.category_code FROM offering_category c WHERE c.offering_id = o.id) AS categories "
            + "FROM offering o";
    private static final String OFFERINGS_OF_ORGANIZATIONS = "SELECT id FROM offering WHERE organization_id = ANY(?)";
    private static final String OPEN_NEEDS = "SELECT " + ProfileRows.NEED_COLUMNS + " FROM need n WHERE n.status = 'open'";
    private static final String CATEGORIES = "SELECT code, parent_code, name FROM category";

    /**
     * An organization's decline (or cancellation) of a school's request for an open need, remembered for the
     * configured period: the organization is left out of the need's matches and allocation meanwhile.
     *
     * @param state  "declined" or "cancelled" (by the partner)
     * @param reason what the organization wrote
     * @param at     when it declined or cancelled
     * @param until  when the need's matches include the organization again
     */
    public record Decline(UUID organizationId, String state, String reason, Instant at, Instant until) {
    }

    /**
     * One of a school's open needs as the database holds it right now, by identity and version only: what a school's
     * remembered matches are keyed on, read without loading the needs.
     */
    public record OpenNeedVersion(UUID id, long version, Instant updatedAt) {
    }

    private static final String OPEN_NEED_VERSIONS = "SELECT id, version, updated_at FROM need "
            + "WHERE school_id = ? AND status = 'open' ORDER BY created_at, id";

    /**
     * The school's open needs as stated right now (one indexed query, no entities), in the order the school's matches
     * list them: a change the change feed has not brought into the snapshot yet still shows in their versions.
     */
    public List<OpenNeedVersion> openNeedVersions(UUID schoolId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(OPEN_NEED_VERSIONS)) {
            statement.setObject(1, schoolId);
            List<OpenNeedVersion> result = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(new OpenNeedVersion(uuid(rs, "id"), rs.getLong("version"),
                            rs.getTimestamp("updated_at").toInstant()));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the school's open needs", e);
        }
    }

    /** Declines remembered when no period is configured (the MatchingConfig default). */
    static final int DEFAULT_DECLINE_MEMORY_DAYS = 180;

    private final DataSource dataSource;
    private final TrackRecords trackRecords;
    private final int declineMemoryDays;
    /** Declines and partner cancellations of open needs within the remembered period, newest first. */
    private final String declinesSql;
    private final AtomicLong versions = new AtomicLong();
    /** How long after its last confirmation a listing is overdue (verify-every + grace); null: never. */
    private final Duration overdueAfter;
    private final Clock clock;
    /**
     * Epoch milliseconds at which the first listing that is current in the published snapshot becomes overdue
     * (Long.MAX_VALUE when none will): "overdue" changes with the clock, not only with writes, so the first reader
     * past it republishes the snapshot with the new cutoff (see {@link #snapshot()}).
     */
    private volatile long nextOverdueAt = Long.MAX_VALUE;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
            Taxonomy.empty(), 0, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), Map.of(), Map.of());

    public CandidateIndex(DataSource dataSource, TrackRecords trackRecords) {
        this(dataSource, trackRecords, DEFAULT_DECLINE_MEMORY_DAYS);
    }

    /** @param declineMemoryDays how long a decline keeps the organization out of the need's matches, ≥ 0 */
    public CandidateIndex(DataSource dataSource, TrackRecords trackRecords, int declineMemoryDays) {
        this(dataSource, trackRecords, declineMemoryDays, null, Clock.systemUTC());
    }

    /**
     * @param declineMemoryDays how long a decline keeps the organization out of the need's matches, ≥ 0
     * @param overdueAfter      how long after its last confirmation a listing counts as overdue (ranked lower); null
     *                          counts none as overdue
     * @param clock             what "now" is for the overdue cutoff
     */
    public CandidateIndex(DataSource dataSource, TrackRecords trackRecords, int declineMemoryDays,
                          Duration overdueAfter, Clock clock) {
        if (declineMemoryDays < 0) {
            throw new IllegalArgumentException("decline memory must be >= 0 days, was " + declineMemoryDays);
        }
        this.dataSource = dataSource;
        this.trackRecords = trackRecords;
        this.declineMemoryDays = declineMemoryDays;
        if (overdueAfter != null && overdueAfter.isNegative()) {
            throw new IllegalArgumentException("overdue period must be >= 0, was " + overdueAfter);
        }
        this.overdueAfter = overdueAfter;
        this.clock = clock;
        // an int, so safe to write into the statement; the statement then takes the need ids as its one parameter
        this.declinesSql = """
                SELECT pn.need_id, p.organization_id, p.state, coalesce(p.decline_reason, p.cancel_reason) AS reason,
                       coalesce(p.closed_at, p.responded_at, p.updated_at) AS at
                FROM partnership p JOIN partnership_need pn ON pn.partnership_id = p.id
                JOIN need n ON n.id = pn.need_id AND n.status = 'open'
                WHERE (p.state = 'declined' OR (p.state = 'cancelled' AND p.cancelled_by = 'partner'))
                  AND coalesce(p.closed_at, p.responded_at, p.updated_at) > now() - make_interval(days => %d)
                """.formatted(declineMemoryDays);
    }

    /**
     * The current snapshot. When the clock has passed the moment a listing in it becomes overdue, first publishes a
     * snapshot built with the new cutoff (rebuilding only the candidates that crossed it), so rankings and the caches
     * keyed on the snapshot notice without any write having happened.
     */
    public Snapshot snapshot() {
        if (clock.millis() >= nextOverdueAt) {
            republishForClock();
        }
        return snapshot;
    }

    private synchronized void republishForClock() {
        if (clock.millis() < nextOverdueAt) {
            return; // another reader did it
        }
        Snapshot current = snapshot;
        publish(current.schools(), current.organizations(), current.offerings(), current.openNeeds(),
                current.taxonomy(), current.declines(), null);
    }

    /**
     * Reloads everything (at start, and after the change feed reconnects and may have missed changes). Builds the
     * new snapshot beside the current one and swaps it in only when complete: if loading fails, readers keep the
     * previous snapshot (stale, but whole) and the caller retries.
     */
    public synchronized void reloadAll() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            Map<UUID, TrackRecord> records = trackRecords.all(connection);
            Map<UUID, SchoolProfile> schools = new HashMap<>();
            query(connection, SCHOOLS, null, rs -> schools.put(uuid(rs, "id"), ProfileRows.school(rs)));
            Map<UUID, OrganizationProfile> organizations = new HashMap<>();
            query(connection, ORGANIZATIONS, null, rs -> organizations.put(uuid(rs, "id"), organization(rs, records)));
            Map<UUID, OfferingProfile> offerings = new HashMap<>();
            query(connection, OFFERINGS, null, rs -> offerings.put(uuid(rs, "id"), offering(rs)));
            Map<UUID, List<Decline>> declines = new HashMap<>();
            query(connection, declinesSql + ORDER_DECLINES, null, rs -> addDecline(declines, rs));
            Map<UUID, NeedProfile> needs = new HashMap<>();
            query(connection, OPEN_NEEDS, null, rs -> needs.put(uuid(rs, "id"), need(rs, declines)));
            publish(schools, organizations, offerings, needs, taxonomy(connection), declines, null);
            LOG.infof("Matching index loaded: %d offerings, %d organizations, %d schools and %d open needs in %d ms",
                    offerings.size(), organizations.size(), schools.size(), needs.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the matching index", e);
        }
    }

    /**
     * Applies announced changes ({@code kind:id} payloads) by reloading just those rows into copies of the current
     * maps. If it fails, nothing is published, and the changes are lost with it: the caller must reload everything.
     * Reads through {@code connection}: the change feed passes its listening one, so keeping the index current never
     * waits for the pool that requests use.
     */
    public synchronized void apply(Connection connection, Collection<String> changes) {
        Set<UUID> schoolIds = new HashSet<>();
        Set<UUID> organizationIds = new HashSet<>();
        Set<UUID> offeringIds = new HashSet<>();
        Set<UUID> needIds = new HashSet<>();
        boolean taxonomyChanged = false;
        for (String change : changes) {
            int colon = change.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String kind = change.substring(0, colon);
            String id = change.substring(colon + 1);
            try {
                switch (kind) {
                    case "school" -> schoolIds.add(UUID.fromString(id));
                    case "organization", "track_record" -> organizationIds.add(UUID.fromString(id));
                    case "offering" -> offeringIds.add(UUID.fromString(id));
                    case "need" -> needIds.add(UUID.fromString(id));
                    case "category" -> taxonomyChanged = true;
                    default -> {
                        // a kind this index does not hold
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // not an id: nothing to reload
            }
        }
        Snapshot current = snapshot;
        try {
            Map<UUID, SchoolProfile> schools = reload(connection, current.schools(), schoolIds, SCHOOLS + " WHERE id = ANY(?)",
                    ProfileRows::school);
            Map<UUID, TrackRecord> records = organizationIds.isEmpty() ? Map.of()
                    : trackRecords.of(connection, organizationIds);
            Map<UUID, OrganizationProfile> organizations = reload(connection, current.organizations(), organizationIds,
                    ORGANIZATIONS + " WHERE o.id = ANY(?)", rs -> organization(rs, records));
            Map<UUID, OfferingProfile> offerings = reload(connection, current.offerings(), offeringIds,
                    OFFERINGS + " WHERE o.id = ANY(?)", CandidateIndex::offering);
            Map<UUID, List<Decline>> declines = current.declines();
            if (!needIds.isEmpty()) {
                Map<UUID, List<Decline>> next = LayeredMap.over(current.declines());
                needIds.forEach(next::remove);
                query(connection, declinesSql + " AND pn.need_id = ANY(?)" + ORDER_DECLINES,
                        connection.createArrayOf("uuid", needIds.toArray()), rs -> addDecline(next, rs));
                declines = next;
            }
            Map<UUID, List<Decline>> knownDeclines = declines;
            Map<UUID, NeedProfile> needs = reload(connection, current.openNeeds(), needIds,
                    OPEN_NEEDS + " AND id = ANY(?)", rs -> need(rs, knownDeclines));
            Taxonomy taxonomy = taxonomyChanged ? taxonomy(connection) : current.taxonomy();
            Set<UUID> organizationsOfferingIds = new HashSet<>();
            if (!taxonomyChanged && !organizationIds.isEmpty()) {
                query(connection, OFFERINGS_OF_ORGANIZATIONS, connection.createArrayOf("uuid", organizationIds.toArray()),
                        rs -> organizationsOfferingIds.add(uuid(rs, "id")));
            }
            publish(schools, organizations, offerings, needs, taxonomy, declines,
                    taxonomyChanged ? null : new Changed(offeringIds, organizationIds, organizationsOfferingIds));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not refresh the matching index", e);
        }
    }

    /**
     * What an application of changes reloaded: the offerings and organizations whose candidates may differ from the
     * previous snapshot's, and the offerings the changed organizations have (read from the database by the
     * organization's index, rather than by looking through every offering the snapshot holds). Null where everything
     * is built again (a load, a taxonomy change, the overdue cutoff).
     */
    private record Changed(Set<UUID> offeringIds, Set<UUID> organizationIds, Set<UUID> organizationsOfferingIds) {
    }

    /** The order of every candidate list a snapshot holds: by offering id, so that it does not depend on how it was built. */
    private static final Comparator<MatchCandidate> BY_OFFERING_ID = Comparator.comparing(c -> c.offering().id());

    private void publish(Map<UUID, SchoolProfile> schools, Map<UUID, OrganizationProfile> organizations,
                         Map<UUID, OfferingProfile> offerings, Map<UUID, NeedProfile> needs, Taxonomy taxonomy,
                         Map<UUID, List<Decline>> declines, Changed changed) {
        Snapshot previous = snapshot;
        Instant now = clock.instant();
        Instant overdueBefore = overdueAfter == null ? null : now.minus(overdueAfter);
        // Only the changed rows' candidates are built again while the previous snapshot's others are still right: the
        // same taxonomy, and no listing of it has become overdue since (the clock is before the first such moment).
        boolean incremental = changed != null && previous.version() > 0 && previous.taxonomy() == taxonomy
                && now.toEpochMilli() < nextOverdueAt;
        Candidates built = incremental
                ? Candidates.changed(previous, offerings, organizations, changed, overdueBefore, overdueAfter, nextOverdueAt)
                : Candidates.all(previous, offerings, organizations, overdueBefore, overdueAfter);
        Map<UUID, PreparedNeed> prepared = reusablePreparations(previous, schools, needs, taxonomy);
        Map<String, CandidatePool> pools = reusablePools(previous, built.byCategory(), taxonomy);
        // One write replaces what readers see, once every part is built (arguments evaluate left to right, so the
        // copies come before the version): a failure before it, even an OutOfMemoryError, leaves the previous
        // snapshot served whole.
        snapshot = new Snapshot(frozen(schools), frozen(organizations), frozen(offerings), frozen(needs),
                frozen(built.byOffering()), frozen(built.byCategory()), taxonomy, versions.incrementAndGet(),
                pools, prepared, frozen(declines), frozen(built.byOrganization()));
        nextOverdueAt = built.nextOverdueAt();
    }

    /**
     * A snapshot's candidates (approved organizations' active offerings with capacity left) by offering, by category
     * and by organization, each list in offering-id order, and the moment the first of them becomes overdue.
     */
    private record Candidates(Map<UUID, MatchCandidate> byOffering, Map<String, List<MatchCandidate>> byCategory,
                              Map<UUID, List<MatchCandidate>> byOrganization, long nextOverdueAt) {

        /** Every offering's candidate, reusing the previous snapshot's where its offering and organization are the same. */
        static Candidates all(Snapshot previous, Map<UUID, OfferingProfile> offerings,
                              Map<UUID, OrganizationProfile> organizations, Instant overdueBefore, Duration overdueAfter) {
            Map<UUID, MatchCandidate> byOffering = new HashMap<>();
            Map<String, List<MatchCandidate>> byCategory = new HashMap<>();
            Map<UUID, List<MatchCandidate>> byOrganization = new HashMap<>();
            long nextOverdue = Long.MAX_VALUE;
            Map<OrganizationProfile, MatchCandidate.OrganizationPart> parts = new java.util.IdentityHashMap<>();
            for (OfferingProfile offering : offerings.values()) {
                MatchCandidate candidate = candidate(offering, organizations, previous.candidates().get(offering.id()),
                        overdueBefore, parts);
                if (candidate == null) {
                    continue;
                }
                nextOverdue = Math.min(nextOverdue, overdueMoment(candidate, overdueAfter));
                byOffering.put(offering.id(), candidate);
                for (String category : offering.categories()) {
                    byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(candidate);
                }
                byOrganization.computeIfAbsent(offering.organizationId(), k -> new ArrayList<>(4)).add(candidate);
            }
            byCategory.values().forEach(list -> list.sort(BY_OFFERING_ID));
            byOrganization.values().forEach(list -> list.sort(BY_OFFERING_ID));
            return new Candidates(byOffering, byCategory, byOrganization, nextOverdue);
        }

        /**
         * The previous snapshot's candidates with those of the changed offerings and of the changed organizations'
         * offerings built again: copies of the maps, and new lists only for the categories and organizations those
         * candidates were or are in; every other list is the previous one (so its pools are kept).
         */
        static Candidates changed(Snapshot previous, Map<UUID, OfferingProfile> offerings,
                                  Map<UUID, OrganizationProfile> organizations, Changed changed, Instant overdueBefore,
                                  Duration overdueAfter, long nextOverdueAt) {
            Set<UUID> affected = new HashSet<>(changed.offeringIds());
            Map<OrganizationProfile, MatchCandidate.OrganizationPart> parts = new java.util.IdentityHashMap<>();
            if (!changed.organizationIds().isEmpty()) {
                affected.addAll(changed.organizationsOfferingIds());
                for (UUID organizationId : changed.organizationIds()) {
                    for (MatchCandidate c : previous.candidatesOf(organizationId)) {
                        affected.add(c.offering().id());
                    }
                }
            }
            if (affected.isEmpty()) { // only needs, schools or declines changed
                return new Candidates(previous.candidates(), previous.candidatesByCategory(),
                        previous.candidatesByOrganization(), nextOverdueAt);
            }
            Map<UUID, MatchCandidate> byOffering = LayeredMap.over(previous.candidates());
            Set<String> categories = new HashSet<>();
            Set<UUID> owners = new HashSet<>();
            List<MatchCandidate> fresh = new ArrayList<>();
            long nextOverdue = nextOverdueAt;
            for (UUID id : affected) {
                MatchCandidate before = byOffering.remove(id);
                if (before != null) {
                    categories.addAll(before.offering().categories());
                    owners.add(before.organization().id());
                }
                OfferingProfile offering = offerings.get(id);
                MatchCandidate candidate = offering == null ? null
                        : candidate(offering, organizations, before, overdueBefore, parts);
                if (candidate != null) {
                    byOffering.put(id, candidate);
                    fresh.add(candidate);
                    categories.addAll(offering.categories());
                    owners.add(offering.organizationId());
                    nextOverdue = Math.min(nextOverdue, overdueMoment(candidate, overdueAfter));
                }
            }
            Map<String, List<MatchCandidate>> byCategory = LayeredMap.over(previous.candidatesByCategory());
            for (String category : categories) {
                regroup(byCategory, category, affected, fresh, c -> c.offering().categories().contains(category));
            }
            Map<UUID, List<MatchCandidate>> byOrganization = LayeredMap.over(previous.candidatesByOrganization());
            for (UUID owner : owners) {
                regroup(byOrganization, owner, affected, fresh, c -> c.offering().organizationId().equals(owner));
            }
            return new Candidates(byOffering, byCategory, byOrganization, nextOverdue);
        }

        /** The group's list again: its unaffected candidates and the fresh ones that belong to it, in offering-id order. */
        private static <K> void regroup(Map<K, List<MatchCandidate>> groups, K key, Set<UUID> affected,
                                        List<MatchCandidate> fresh, java.util.function.Predicate<MatchCandidate> belongs) {
            List<MatchCandidate> list = new ArrayList<>();
            for (MatchCandidate c : groups.getOrDefault(key, List.of())) {
                if (!affected.contains(c.offering().id())) {
                    list.add(c);
                }
            }
            for (MatchCandidate c : fresh) {
                if (belongs.test(c)) {
                    list.add(c);
                }
            }
            if (list.isEmpty()) {
                groups.remove(key);
            } else {
                list.sort(BY_OFFERING_ID);
                groups.put(key, list);
            }
        }

        /**
         * The offering's candidate, or null when it can never pass the hard constraints as things stand (its
         * organization unknown or not approved, the offering inactive or full); the previous candidate when its
         * offering, organization and overdue state are the same.
         */
        private static MatchCandidate candidate(OfferingProfile offering, Map<UUID, OrganizationProfile> organizations,
                                                MatchCandidate before, Instant overdueBefore,
                                                Map<OrganizationProfile, MatchCandidate.OrganizationPart> parts) {
            OrganizationProfile organization = organizations.get(offering.organizationId());
            if (organization == null || !organization.approved() || !offering.active()
                    || offering.capacityRemaining() <= 0) {
                return null;
            }
            if (before != null && before.offering() == offering && before.organization() == organization
                    && before.overdue() == overdueAt(before.confirmedAt(), overdueBefore)) {
                return before;
            }
            // an organization's part is worked out once for all its offerings (and kept while it is unchanged)
            MatchCandidate.OrganizationPart part = before != null && before.organization() == organization
                    ? before.organizationPart() : parts.computeIfAbsent(organization, MatchCandidate.OrganizationPart::of);
            return MatchCandidate.of(offering, part, overdueBefore);
        }

        /** Epoch milliseconds at which a current candidate becomes overdue; Long.MAX_VALUE when it never will or is. */
        private static long overdueMoment(MatchCandidate candidate, Duration overdueAfter) {
            if (overdueAfter == null || candidate.confirmedAt() == null || candidate.overdue()) {
                return Long.MAX_VALUE;
            }
            return candidate.confirmedAt().plus(overdueAfter).toEpochMilli() + 1;
        }
    }

    /**
     * A map for a snapshot: the previous snapshot's as it is (unchanged maps are passed on, not copied), a map changed
     * from the previous one sealed ({@link LayeredMap}: the previous entries under the changes), a map built for this
     * one (never changed after) sealed under an empty layer. Copying into an immutable map instead rehashed every entry
     * of every changed map, tens of thousands at a time, on each application of changes.
     */
    private static <K, V> Map<K, V> frozen(Map<K, V> map) {
        return map instanceof LayeredMap<K, V> layered ? layered.seal() : LayeredMap.sealedOver(map);
    }

    /** Whether a listing confirmed at {@code confirmedAt} is overdue under the cutoff. */
    private static boolean overdueAt(Instant confirmedAt, Instant overdueBefore) {
        return overdueBefore != null && confirmedAt != null && confirmedAt.isBefore(overdueBefore);
    }

    private static final String ORDER_DECLINES = " ORDER BY at DESC";

    private void addDecline(Map<UUID, List<Decline>> declines, ResultSet rs) throws SQLException {
        Instant at = rs.getTimestamp("at").toInstant();
        declines.computeIfAbsent(uuid(rs, "need_id"), k -> new ArrayList<>()).add(new Decline(
                uuid(rs, "organization_id"), rs.getString("state"), rs.getString("reason"), at,
                at.plus(Duration.ofDays(declineMemoryDays))));
    }

    /**
     * Keeps the previous snapshot's candidate pools whose categories' candidates are all unchanged (the same candidate
     * objects in the same order, under the same taxonomy): such a pool would be built again exactly as it is. A
     * partnership accepted changes one offering's capacity, so it costs the pools of that offering's categories and
     * their relatives, not every pool of the next snapshot.
     */
    private static Map<String, CandidatePool> reusablePools(Snapshot previous,
                                                            Map<String, List<MatchCandidate>> byCategory,
                                                            Taxonomy taxonomy) {
        Map<String, CandidatePool> kept = new ConcurrentHashMap<>();
        if (previous.taxonomy() != taxonomy || previous.pools().isEmpty()) {
            return kept;
        }
        Set<String> changed = new HashSet<>();
        Map<String, List<MatchCandidate>> before = previous.candidatesByCategory();
        before.keySet().forEach(code -> {
            if (!sameCandidates(before.get(code), byCategory.get(code))) {
                changed.add(code);
            }
        });
        byCategory.keySet().forEach(code -> {
            if (!before.containsKey(code)) {
                changed.add(code);
            }
        });
        previous.pools().forEach((code, pool) -> {
            for (String related : taxonomy.matchingCodes(code).keySet()) {
                if (changed.contains(related)) {
                    return;
                }
            }
            kept.put(code, pool);
        });
        return kept;
    }

    private static boolean sameCandidates(List<MatchCandidate> a, List<MatchCandidate> b) {
        if (a == b) {
            return true; // a list an application of changes did not touch
        }
        if (a == null || b == null || a.size() != b.size()) {
            return a == b;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Keeps the preparations of needs whose need, school and taxonomy are unchanged. */
    private static Map<UUID, PreparedNeed> reusablePreparations(Snapshot previous, Map<UUID, SchoolProfile> schools,
                                                               Map<UUID, NeedProfile> needs, Taxonomy taxonomy) {
        Map<UUID, PreparedNeed> kept = new ConcurrentHashMap<>();
        if (previous.taxonomy() != taxonomy) {
            return kept;
        }
        previous.prepared().forEach((id, prepared) -> {
            if (needs.get(id) == prepared.need() && schools.get(prepared.need().schoolId()) == prepared.school()) {
                kept.put(id, prepared);
            }
        });
        return kept;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private static <T> Map<UUID, T> reload(Connection connection, Map<UUID, T> current, Set<UUID> ids, String sql,
                                           RowMapper<T> mapper) throws SQLException {
        if (ids.isEmpty()) {
            return current;
        }
        Map<UUID, T> next = LayeredMap.over(current);
        ids.forEach(next::remove);
        Array array = connection.createArrayOf("uuid", ids.toArray());
        query(connection, sql, array, rs -> next.put(uuid(rs, "id"), mapper.map(rs)));
        return next;
    }

    private static void query(Connection connection, String sql, Array ids, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (ids != null) {
                statement.setArray(1, ids);
            }
            statement.setFetchSize(2000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    try {
                        handler.handle(rs);
                    } catch (IllegalArgumentException e) {
                        // One row the scoring core cannot take must not stall the whole index: skip it, say which.
                        LOG.warnf("Matching index skips row %s: %s", rs.getObject(1), e.getMessage());
                    }
                }
            }
        }
    }

    private static Taxonomy taxonomy(Connection connection) throws SQLException {
        Map<String, String> parents = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        query(connection, CATEGORIES, null, rs -> {
            if (rs.getString("parent_code") != null) {
                parents.put(rs.getString("code"), rs.getString("parent_code"));
            }
            names.put(rs.getString("code"), rs.getString("name"));
        });
        return new Taxonomy(parents, names);
    }

    private static OrganizationProfile organization(ResultSet rs, Map<UUID, TrackRecord> records) throws SQLException {
        UUID id = uuid(rs, "id");
        Set<Leadership> leadership = EnumSet.noneOf(Leadership.class);
        for (String value : strings(rs, "leadership")) {
            leadership.add(Leadership.valueOf(value));
        }
        return new OrganizationProfile(id, rs.getString("name"), rs.getString("description"),
                nullableDouble(rs, "latitude"), nullableDouble(rs, "longitude"),
                nullableDouble(rs, "service_radius_km"), strings(rs, "service_regions"),
                strings(rs, "staff_languages"), strings(rs, "communities_served"), leadership,
                VettingStatus.approved.name().equals(rs.getString("vetting_status")),
                records.getOrDefault(id, TrackRecord.none()), responsiveness(rs), instant(rs, "last_verified_at"));
    }

    private static Responsiveness responsiveness(ResultSet rs) throws SQLException {
        int decided = rs.getInt("decided");
        double median = rs.getDouble("median_hours");
        if (rs.wasNull()) {
            median = Double.NaN;
        }
        return decided == 0 && Double.isNaN(median) ? Responsiveness.none()
                : new Responsiveness(decided, rs.getInt("accepted"), Math.max(0.0, median));
    }

    private static OfferingProfile offering(ResultSet rs) throws SQLException {
        return new OfferingProfile(uuid(rs, "id"), uuid(rs, "organization_id"), rs.getString("name"),
                rs.getString("description"), strings(rs, "categories"), rs.getInt("grade_low"),
                rs.getInt("grade_high"), timings(rs), Modality.valueOf(rs.getString("modality")),
                strings(rs, "languages"), Cost.valueOf(rs.getString("cost")),
                CapacityUnit.valueOf(rs.getString("capacity_unit")), rs.getInt("remaining"), rs.getBoolean("active"),
                instant(rs, "last_verified_at"));
    }

    private static NeedProfile need(ResultSet rs, Map<UUID, List<Decline>> declines) throws SQLException {
        Set<UUID> declinedBy = new HashSet<>();
        for (Decline decline : declines.getOrDefault(uuid(rs, "id"), List.of())) {
            declinedBy.add(decline.organizationId());
        }
        return ProfileRows.need(rs, declinedBy);
    }
}
