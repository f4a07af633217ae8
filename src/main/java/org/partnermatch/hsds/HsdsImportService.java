package org.partnermatch.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.partnermatch.common.ProblemException;
import org.partnermatch.common.ProblemMappers;
import org.partnermatch.hsds.HsdsImportDtos.Counts;
import org.partnermatch.hsds.HsdsImportDtos.ImportRecord;
import org.partnermatch.hsds.HsdsImportDtos.ImportReport;
import org.partnermatch.hsds.HsdsImportDtos.UnmappedTerm;
import org.partnermatch.hsds.HsdsRecords.Findings;
import org.partnermatch.imports.ImportDtos.RowAction;
import org.partnermatch.offering.Offering;
import org.partnermatch.offering.OfferingDtos.OfferingRequest;
import org.partnermatch.offering.OfferingService;
import org.partnermatch.organization.Organization;
import org.partnermatch.organization.OrganizationDtos.OrganizationRequest;
import org.partnermatch.organization.OrganizationService;
import org.partnermatch.security.AbuseLimits;
import org.partnermatch.taxonomy.TaxonomyService;

/**
 * Imports Open Referral HSDS 3.0/3.1 JSON: organizations (with nested services) and services (with a nested
 * organization or an {@code organization_id}) become organizations and offerings, written through their services
 * with the same rules as the JSON endpoints. The file is read as a stream and written in batches (the persistence
 * context is flushed and cleared every {@code batch-size} records), all in one transaction: a record with errors
 * makes the whole import roll back unless {@code skipInvalid}; a dry run does the work and rolls it back.
 */
@ApplicationScoped
public class HsdsImportService {

    private static final String SOURCE_FORMAT = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$";

    private final OrganizationService organizations;
    private final OfferingService offerings;
    private final TaxonomyService taxonomy;
    private final HsdsTermMappingService mappings;
    private final Validator validator;
    private final ObjectMapper json;
    private final HsdsConfig config;
    private final EntityManager entities;
    private final TransactionManager transactions;
    private final AbuseLimits limits;

    public HsdsImportService(OrganizationService organizations, OfferingService offerings, TaxonomyService taxonomy,
                             HsdsTermMappingService mappings, Validator validator, ObjectMapper json, HsdsConfig config,
                             EntityManager entities, TransactionManager transactions,
                             AbuseLimits limits) {
        this.organizations = organizations;
        this.offerings = offerings;
        this.taxonomy = taxonomy;
        this.mappings = mappings;
        this.validator = validator;
        this.json = json;
        this.config = config;
        this.entities = entities;
        this.transactions = transactions;
        this.limits = limits;
    }

    /** How the caller wants the file handled. */
    public record Options(String source, boolean dryRun, boolean skipInvalid, String defaultCategory) {
    }

    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "partnermatch.imports.hsds.timeout-seconds")
    public ImportReport importFile(InputStream body, Options options) {
        if (options.source() == null || !options.source().matches(SOURCE_FORMAT)) {
            throw ProblemException.badRequest("source", "must name the publisher in 1-100 letters, digits or . _ : -"
                    + " (e.g. wa211); HSDS ids are kept per source");
        }
        if (options.defaultCategory() != null) {
            taxonomy.requireKnown("defaultCategory", options.defaultCategory());
        }
        Run run = new Run(options, mappings.lookup());
        // Written rows go to the database at the batch ends only, not before each lookup: a lookup does not see this
        // batch's rows (Run checks them in memory), and the rows go as multi-row inserts, so the search triggers
        // fire once per batch and table instead of once per record.
        Session session = entities.unwrap(Session.class);
        FlushMode flushMode = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.COMMIT);
        try {
            new HsdsReader(json, limits.streamedSize().asLongValue()).read(body, run::item);
            entities.flush();
        } finally {
            session.setHibernateFlushMode(flushMode);
        }
        boolean commit = !options.dryRun() && (run.organizationCounts[3] + run.serviceCounts[3] == 0
                || options.skipInvalid());
        if (!commit) {
            try {
                transactions.setRollbackOnly();
            } catch (SystemException e) {
                throw new IllegalStateException(e);
            }
        }
        return run.report(commit);
    }

    /** One import's state: what this file has named so far, the counts, and the records worth listing. */
    private final class Run {

        private final Options options;
        private final HsdsTermMappingService.Lookup mapping;
        private final HsdsRecords records = new HsdsRecords(validator);
        /** HSDS organization id → PartnerMatch id (null when refused), and where the file gave it. */
        private final Map<String, UUID> organizationIds = new HashMap<>();
        private final Map<String, String> organizationPaths = new HashMap<>();
        private final Map<String, String> servicePaths = new HashMap<>();
        private final Map<HsdsRecords.Term, int[]> unmapped = new LinkedHashMap<>();
        /**
         * Names written since the last flush (organizations by name; services by organization and name) and where
         * the file gave them: lookups see only flushed rows, so a second record with a name of this batch is caught
         * here, as the database's unique indexes would.
         */
        private final Map<String, String> batchOrganizationNames = new HashMap<>();
        private final Map<String, String> batchServiceNames = new HashMap<>();
        private final List<ImportRecord> listed = new ArrayList<>();
        private final int[] organizationCounts = new int[4];
        private final int[] serviceCounts = new int[4];
        private int unlisted;
        private int handled;

        Run(Options options, HsdsTermMappingService.Lookup mapping) {
            this.options = options;
            this.mapping = mapping;
        }

        void item(String path, JsonNode node) {
            if (!node.isObject()) {
                Findings f = new Findings();
                f.error(path.isEmpty() ? "body" : path, "must be an object: an HSDS organization or service");
                finish(path, "organization", null, null, RowAction.error, null, f);
            } else if (node.has("organization_id") || node.path("organization").isObject()) {
                service(node, path, null, null);
            } else {
                organization(node, path, true);
            }
        }

        private UUID organization(JsonNode node, String path, boolean whole) {
            Findings f = new Findings();
            String hsdsId = HsdsRecords.text(node, "id");
            String name = HsdsRecords.text(node, "name");
            if (hsdsId != null && organizationPaths.containsKey(hsdsId)) {
                if (!whole) {
                    return organizationIds.get(hsdsId);
                }
                f.error(HsdsRecords.at(path, "id"), "the same organization as " + where(organizationPaths.get(hsdsId))
                        + "; give each organization once");
            }
            if (hsdsId == null) {
                f.error(HsdsRecords.at(path, "id"), "is required: a re-import finds the organization by it");
            }
            Optional<Organization> existing = Optional.empty();
            if (f.errors.isEmpty()) {
                existing = organizations.findByExternalId(options.source(), hsdsId);
                if (existing.isEmpty() && name != null) {
                    existing = organizations.findByName(name);
                    if (existing.isPresent() && options.source().equals(existing.get().externalSource)) {
                        f.error(HsdsRecords.at(path, "name"), "another organization of source '" + options.source()
                                + "' (HSDS id " + existing.get().externalId + ") has this name");
                    }
                }
            }
            List<JsonNode> services = new ArrayList<>();
            List<String> servicePathList = new ArrayList<>();
            JsonNode nested = whole ? node.get("services") : null;
            for (int i = 0; nested != null && nested.isArray() && i < nested.size(); i++) {
                services.add(nested.get(i));
                servicePathList.add(HsdsRecords.at(path, "services[" + i + "]"));
            }
            UUID id = null;
            RowAction action = RowAction.error;
            OrganizationRequest request = null;
            if (f.errors.isEmpty()) {
                OrganizationRequest base = existing.map(OrganizationRequest::from).orElse(null);
                request = records.organization(node, path, base, records.areas(services, servicePathList, f), f);
                for (ConstraintViolation<OrganizationRequest> v : validator.validate(request)) {
                    f.error(HsdsRecords.at(path, organizationField(ProblemMappers.fieldOf(v.getPropertyPath()))),
                            v.getMessage());
                }
                if (f.errors.isEmpty()) {
                    try {
                        organizations.check(existing.map(o -> o.id).orElse(null), request);
                    } catch (ProblemException e) {
                        refused(f, path, e, this::organizationField);
                    }
                }
                if (f.errors.isEmpty()) {
                    String earlier = batchOrganizationNames.putIfAbsent(OrganizationService.nameKey(request.name()), path);
                    if (earlier != null) {
                        f.error(HsdsRecords.at(path, "name"), "the same name as " + where(earlier)
                                + "; organizations need different names");
                    }
                }
                if (f.errors.isEmpty()) {
                    Organization org = existing.orElse(null);
                    boolean linked = org != null && options.source().equals(org.externalSource)
                            && hsdsId.equals(org.externalId);
                    action = org == null ? RowAction.created : linked && base.normalized().equals(request.normalized())
                            ? RowAction.unchanged : RowAction.updated;
                    id = switch (action) {
                        case created -> organizations.registerImported(uuid(hsdsId), request, options.source(), hsdsId, null).id;
                        case updated -> organizations.updateImported(org.id, request, options.source(), hsdsId, null).id;
                        default -> org.id;
                    };
                }
            }
            if (hsdsId != null && !organizationPaths.containsKey(hsdsId)) {
                organizationPaths.put(hsdsId, path);
                organizationIds.put(hsdsId, id);
            }
            finish(path, "organization", hsdsId, name, action, id, f);
            for (int i = 0; i < services.size(); i++) {
                service(services.get(i), servicePathList.get(i), id, id == null ? path : null);
            }
            return id;
        }

        /**
         * A service of the organization {@code organizationId} (nested in it), or of the organization it names
         * itself; {@code refusedOrganization} is the path of its refused organization, if that is why it has none.
         */
        private void service(JsonNode node, String path, UUID organizationId, String refusedOrganization) {
            Findings f = new Findings();
            String hsdsId = HsdsRecords.text(node, "id");
            String name = HsdsRecords.text(node, "name");
            boolean topLevel = organizationId == null && refusedOrganization == null;
            if (refusedOrganization != null) {
                f.error(path, "left out: its organization (" + where(refusedOrganization) + ") was refused");
            } else if (topLevel && node.path("organization").isObject()) {
                organizationId = organization(node.get("organization"), HsdsRecords.at(path, "organization"), false);
                if (organizationId == null) {
                    f.error(HsdsRecords.at(path, "organization"), "was refused; see its record");
                }
            } else if (topLevel) {
                String reference = HsdsRecords.text(node, "organization_id");
                organizationId = reference == null ? null : organizationIds.containsKey(reference)
                        ? organizationIds.get(reference)
                        : organizations.findByExternalId(options.source(), reference).map(o -> o.id).orElse(null);
                if (organizationId == null) {
                    f.error(HsdsRecords.at(path, "organization_id"), reference != null
                            && organizationIds.containsKey(reference) ? "its organization was refused; see its record"
                            : "no organization with HSDS id '" + reference + "' from source '" + options.source()
                            + "': import it first, or in the same file");
                }
            }
            if (hsdsId == null) {
                f.error(HsdsRecords.at(path, "id"), "is required: a re-import finds the service by it");
            } else if (servicePaths.containsKey(hsdsId)) {
                f.error(HsdsRecords.at(path, "id"), "the same service as " + where(servicePaths.get(hsdsId))
                        + "; give each service once");
            } else {
                servicePaths.put(hsdsId, path);
            }
            UUID id = null;
            RowAction action = RowAction.error;
            if (f.errors.isEmpty()) {
                Optional<Offering> existing = offerings.findByExternalId(options.source(), hsdsId);
                if (existing.isEmpty() && name != null) {
                    existing = offerings.findByName(organizationId, name);
                }
                if (existing.isPresent() && !existing.get().organizationId.equals(organizationId)) {
                    f.error(HsdsRecords.at(path, "organization_id"), "this service was imported under another "
                            + "organization; a service does not move between organizations");
                }
                OfferingRequest base = existing.map(OfferingRequest::from).orElse(null);
                OfferingRequest request = records.service(node, path, base, mapping, options.defaultCategory(),
                        this::unmapped, f);
                java.time.Instant assuredAt = HsdsRecords.assuredDate(node, path, f);
                if (f.errors.isEmpty()) {
                    for (ConstraintViolation<OfferingRequest> v : validator.validate(request)) {
                        f.error(HsdsRecords.at(path, serviceField(ProblemMappers.fieldOf(v.getPropertyPath()))),
                                v.getMessage());
                    }
                }
                if (f.errors.isEmpty()) {
                    try {
                        offerings.check(organizationId, existing.orElse(null), request);
                    } catch (ProblemException e) {
                        refused(f, path, e, this::serviceField);
                    }
                }
                if (f.errors.isEmpty()) {
                    String earlier = batchServiceNames.putIfAbsent(organizationId + "/" + OfferingService.nameKey(request.name()), path);
                    if (earlier != null) {
                        f.error(HsdsRecords.at(path, "name"), "the same name as " + where(earlier)
                                + ", a service of the same organization; its services need different names");
                    }
                }
                if (f.errors.isEmpty()) {
                    Offering offering = existing.orElse(null);
                    boolean linked = offering != null && options.source().equals(offering.externalSource)
                            && hsdsId.equals(offering.externalId);
                    // A newer assured_date alone is news: the publisher checked the service again.
                    boolean reassured = offering != null && assuredAt != null
                            && assuredAt.isAfter(offering.lastVerifiedAt);
                    action = offering == null ? RowAction.created
                            : linked && base.normalized().equals(request.normalized()) && !reassured
                            ? RowAction.unchanged : RowAction.updated;
                    id = switch (action) {
                        case created -> offerings.createImported(organizationId, uuid(hsdsId), request,
                                options.source(), hsdsId, assuredAt).id;
                        case updated -> offerings.updateImported(offering.id, request, options.source(), hsdsId,
                                assuredAt).id;
                        default -> offering.id;
                    };
                    if (topLevel) {
                        addAreas(node, path, organizationId, f);
                    }
                }
            }
            finish(path, "service", hsdsId, name, action, id, f);
        }

        /** A service listed on its own adds its service areas to its organization's regions (and radius). */
        private void addAreas(JsonNode node, String path, UUID organizationId, Findings f) {
            HsdsRecords.Areas areas = records.areas(List.of(node), List.of(path), f);
            if (areas == null) {
                return;
            }
            Organization org = organizations.get(organizationId);
            OrganizationRequest current = OrganizationRequest.from(org);
            Set<String> regions = new LinkedHashSet<>(current.serviceRegions());
            regions.addAll(areas.regions());
            java.math.BigDecimal radius = areas.radiusKm() != null && org.latitude != null ? areas.radiusKm()
                    : current.serviceRadiusKm();
            OrganizationRequest merged = new OrganizationRequest(current.name(), current.description(),
                    current.website(), current.contact(), current.address(), current.latitude(), current.longitude(),
                    radius, new ArrayList<>(regions), current.staffLanguages(), current.communitiesServed(),
                    current.leadership());
            if (!merged.normalized().equals(current.normalized()) && validator.validate(merged).isEmpty()) {
                organizations.updateImported(org.id, merged, org.externalSource, org.externalId, null);
            }
        }

        private void unmapped(HsdsRecords.Term term) {
            int[] count = unmapped.get(term);
            if (count != null) {
                count[0]++;
            } else if (unmapped.size() < config.maxListedTerms()) {
                unmapped.put(term, new int[] {1});
            }
        }

        private void refused(Findings f, String path, ProblemException e, java.util.function.UnaryOperator<String> field) {
            if (e.violations().isEmpty()) {
                f.error(HsdsRecords.at(path, "name"), e.getMessage());
            } else {
                e.violations().forEach(v -> f.error(HsdsRecords.at(path, field.apply(v.field())), v.message()));
            }
        }

        private void finish(String path, String entity, String hsdsId, String name, RowAction action, UUID id,
                            Findings f) {
            int[] counts = entity.equals("organization") ? organizationCounts : serviceCounts;
            counts[switch (action) {
                case created -> 0;
                case updated -> 1;
                case unchanged, ignored -> 2;
                case error -> 3;
            }]++;
            if (!f.errors.isEmpty() || !f.warnings.isEmpty()) {
                if (listed.size() < config.maxListedRecords()) {
                    listed.add(new ImportRecord(path.isEmpty() ? "$" : path, entity, hsdsId, action,
                            options.dryRun() && action == RowAction.created ? null : id, name, f.errors, f.warnings));
                } else {
                    unlisted++;
                }
            }
            if (++handled % config.batchSize() == 0) {
                // Batches: what is written goes to the database, and what was read or written leaves memory (a
                // growing persistence context would also make every query's automatic flush slower).
                entities.flush();
                entities.clear();
                batchOrganizationNames.clear();
                batchServiceNames.clear();
            }
        }

        ImportReport report(boolean committed) {
            List<UnmappedTerm> terms = unmapped.entrySet().stream()
                    .map(e -> new UnmappedTerm(e.getKey().taxonomy(), e.getKey().code(), e.getKey().name(),
                            e.getValue()[0]))
                    .toList();
            return new ImportReport(options.source(), options.dryRun(), options.skipInvalid(), committed,
                    counts(organizationCounts), counts(serviceCounts), listed, unlisted, terms);
        }

        private String where(String path) {
            return path.isEmpty() ? "the record" : path;
        }

        /** The HSDS field an OrganizationRequest violation belongs to. */
        private String organizationField(String field) {
            String plain = field.replaceAll("\\[[0-9]+]", "");
            String head = plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain;
            return switch (head) {
                case "contact" -> "contacts";
                case "address", "latitude", "longitude", "staffLanguages" -> "locations";
                case "serviceRegions", "serviceRadiusKm" -> "services";
                case "communitiesServed", "leadership" -> "attributes";
                default -> head;
            };
        }

        /** The HSDS field an OfferingRequest violation belongs to. */
        private String serviceField(String field) {
            String plain = field.replaceAll("\\[[0-9]+]", "");
            return switch (plain) {
                case "categories", "gradeLow", "gradeHigh", "timings", "modality" -> "attributes";
                case "cost" -> "cost_options";
                case "capacity", "capacityUnit" -> "capacities";
                default -> plain;
            };
        }
    }

    private static Counts counts(int[] c) {
        return new Counts(c[0], c[1], c[2], c[3]);
    }

    /** The HSDS id as a PartnerMatch id when it is a UUID (HSDS 3 ids are), so our own export keeps its ids. */
    private static UUID uuid(String hsdsId) {
        try {
            return hsdsId.length() == 36 ? UUID.fromString(hsdsId) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
