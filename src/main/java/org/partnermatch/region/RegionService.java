package org.partnermatch.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.partnermatch.audit.AuditService;
import org.partnermatch.common.ETags;
import org.partnermatch.common.ProblemException;
import org.partnermatch.geo.ZipCentroids;
import org.partnermatch.region.RegionDtos.RegionRequest;
import org.partnermatch.region.RegionDtos.RegionResponse;

/**
 * Owns the district's regions: the vocabulary, which ZIP codes lie in which region, and the rule that schools and
 * organizations name only known regions (any case; the region's own spelling is stored).
 */
@ApplicationScoped
public class RegionService {

    private final RegionRepository regions;
    private final AuditService audit;
    private final Event<RegionRenamed> renamed;
    private final TransactionSynchronizationRegistry transaction;

    public RegionService(RegionRepository regions, AuditService audit, Event<RegionRenamed> renamed,
                         TransactionSynchronizationRegistry transaction) {
        this.regions = regions;
        this.audit = audit;
        this.renamed = renamed;
        this.transaction = transaction;
    }

    @Transactional
    public List<RegionResponse> list() {
        return regions.listByName().stream().map(RegionResponse::from).toList();
    }

    /** Region names in display order (for pages). */
    @Transactional
    public List<String> names() {
        return regions.listByName().stream().map(r -> r.name).toList();
    }

    @Transactional
    public Region get(UUID id) {
        return regions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("region", id));
    }

    @Transactional
    public Region create(RegionRequest request) {
        Region region = new Region();
        region.id = UUID.randomUUID();
        apply(region, request);
        regions.persist(region);
        regions.flush();
        forget();
        audit.record("region.created", "region", region.id, null, RegionResponse.from(region));
        return region;
    }

    @Transactional
    public Region update(UUID id, RegionRequest request, String ifMatch) {
        Region region = get(id);
        ETags.requireMatch(ifMatch, region.version);
        RegionResponse before = RegionResponse.from(region);
        String oldName = region.name;
        apply(region, request);
        regions.flush();
        forget();
        if (!oldName.equals(region.name)) {
            renamed.fire(new RegionRenamed(oldName, region.name));
        }
        audit.record("region.updated", "region", region.id, before, RegionResponse.from(region));
        return region;
    }

    @Transactional
    public void delete(UUID id) {
        Region region = get(id);
        RegionRepository.Uses uses = regions.countUses(region.name);
        if (uses.schools() + uses.organizations() > 0) {
            throw ProblemException.conflict("Region '" + region.name + "' is still used by " + uses.schools()
                    + (uses.schools() == 1 ? " school" : " schools") + " and " + uses.organizations()
                    + (uses.organizations() == 1 ? " organization" : " organizations")
                    + "; move them to another region first.");
        }
        audit.record("region.deleted", "region", region.id, RegionResponse.from(region), null);
        regions.delete(region);
        regions.flush();
        forget();
    }

    /**
     * The region's own spelling of {@code name}, matched whatever its case and outer spaces. 400 naming
     * {@code field} and listing the regions when there is no such region. A refusal leaves the caller's
     * transaction usable: imports judge every row in one transaction and write the valid ones.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public String canonical(String field, String name) {
        return current().canonical(field, name);
    }

    /** {@link #canonical(String, String)} for a list: distinct, in first-seen order; null → empty. */
    @Transactional(dontRollbackOn = ProblemException.class)
    public List<String> canonical(String field, Collection<String> names) {
        if (names == null || names.isEmpty()) {
            return List.of();
        }
        return current().canonical(field, names);
    }

    /**
     * The region whose ZIP codes list this address's ZIP code (ZIP+4 taken by its first five digits). 400 naming
     * {@code field} when none does.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public String ofZip(String field, String postalCode) {
        return current().ofZip(field, postalCode);
    }

    /**
     * The vocabulary as this transaction reads it: loaded at its first use and kept for the rest of the transaction
     * (an import checks thousands of records against it), forgotten when this transaction changes a region.
     */
    private Vocabulary current() {
        Vocabulary cached = (Vocabulary) transaction.getResource(Vocabulary.class);
        if (cached == null) {
            cached = vocabulary();
            transaction.putResource(Vocabulary.class, cached);
        }
        return cached;
    }

    /** After a region changes in a transaction that already read the regions, it reads them again. */
    private void forget() {
        if (transaction.getResource(Vocabulary.class) != null) {
            transaction.putResource(Vocabulary.class, vocabulary());
        }
    }

    /** The district's regions as they are now, read once: for checking many records (an import) in memory. */
    @Transactional
    public Vocabulary vocabulary() {
        Map<String, String> byKey = new java.util.LinkedHashMap<>();
        Map<String, String> byZip = new java.util.HashMap<>();
        for (Region region : regions.listByName()) {
            byKey.put(key(region.name), region.name);
            region.zipCodes.forEach(zip -> byZip.put(zip, region.name));
        }
        return new Vocabulary(byKey, byZip);
    }

    /** The regions by name (any case) and by ZIP code, and the rules that read them. */
    public static final class Vocabulary {

        private final Map<String, String> byKey;
        private final Map<String, String> byZip;

        Vocabulary(Map<String, String> byKey, Map<String, String> byZip) {
            this.byKey = Map.copyOf(byKey);
            this.byZip = Map.copyOf(byZip);
            this.names = List.copyOf(byKey.values());
        }

        private final List<String> names;

        /** See {@link RegionService#canonical(String, String)}. */
        public String canonical(String field, String name) {
            return canonical(field, List.of(name)).get(0);
        }

        /** See {@link RegionService#canonical(String, Collection)}. */
        public List<String> canonical(String field, Collection<String> names) {
            if (names == null || names.isEmpty()) {
                return List.of();
            }
            Set<String> result = new LinkedHashSet<>();
            List<String> unknown = new ArrayList<>();
            for (String name : names) {
                String canonical = name == null ? null : byKey.get(key(name));
                if (canonical == null) {
                    unknown.add(name == null ? "null" : "'" + name.strip() + "'");
                } else {
                    result.add(canonical);
                }
            }
            if (!unknown.isEmpty()) {
                throw ProblemException.badRequest(field, (unknown.size() == 1 ? "unknown region " : "unknown regions ")
                        + String.join(", ", unknown) + "; " + validOnes(this.names));
            }
            return List.copyOf(result);
        }

        /** The region whose ZIP codes list this ZIP code, if any. */
        public Optional<String> ofZip(String postalCode) {
            String zip = ZipCentroids.zip5(postalCode);
            return zip == null ? Optional.empty() : Optional.ofNullable(byZip.get(zip));
        }

        /** See {@link RegionService#ofZip}. */
        public String ofZip(String field, String postalCode) {
            String zip = ZipCentroids.zip5(postalCode);
            return ofZip(postalCode).orElseThrow(() -> ProblemException.badRequest(field, (zip == null
                    ? "must not be blank without a ZIP code to derive it from"
                    : "no region lists ZIP code " + zip + "; name the region") + "; " + validOnes(names)));
        }
    }

    private static String validOnes(Collection<String> known) {
        return known.isEmpty() ? "the district has no regions yet (district staff add them at /api/v1/regions)"
                : "the regions are " + String.join(", ", known);
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private void apply(Region region, RegionRequest request) {
        String name = request.name().strip().replaceAll("\\s+", " ");
        regions.findByName(name).filter(other -> !other.id.equals(region.id)).ifPresent(other -> {
            throw ProblemException.conflict("A region named '" + other.name + "' already exists.");
        });
        Set<String> zips = new TreeSet<>(request.zipCodes() == null ? List.of() : request.zipCodes());
        for (String zip : zips) {
            regions.findByZip(zip).filter(other -> !other.id.equals(region.id)).ifPresent(other -> {
                throw ProblemException.badRequest("zipCodes", "ZIP code " + zip + " already belongs to region "
                        + other.name + "; a ZIP code belongs to one region");
            });
        }
        region.name = name;
        region.zipCodes.clear();
        region.zipCodes.addAll(zips);
    }
}
