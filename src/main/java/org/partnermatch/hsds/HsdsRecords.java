package org.partnermatch.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnermatch.common.Address;
import org.partnermatch.common.Problem;
import org.partnermatch.offering.OfferingDtos.OfferingRequest;
import org.partnermatch.organization.OrganizationDtos.Contact;
import org.partnermatch.organization.OrganizationDtos.OrganizationRequest;
import org.partnermatch.vocabulary.CapacityUnit;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Grades;
import org.partnermatch.vocabulary.Languages;
import org.partnermatch.vocabulary.Leadership;
import org.partnermatch.vocabulary.Modality;
import org.partnermatch.vocabulary.Timing;

/**
 * Reads HSDS 3.0/3.1 organizations and services into the request records of {@code POST /organizations} and
 * {@code POST /organizations/{id}/offerings}. Optional values that are not valid here (coordinates out of range, a
 * phone or state code in another country's form, an unknown language, an unmapped taxonomy term) are left out with
 * a warning naming their JSON path; what the record cannot do without is judged later by Bean Validation and the
 * owning service, as errors. Fields the record does not have keep the current values of an existing record.
 */
final class HsdsRecords {

    private static final Pattern RADIUS = Pattern.compile("^Within ([0-9]+(?:\\.[0-9]+)?) km$");
    private static final Set<String> INACTIVE = Set.of("inactive", "defunct", "temporarily closed");

    private final Validator validator;

    HsdsRecords(Validator validator) {
        this.validator = validator;
    }

    /** Errors and warnings of one record, each named by its JSON path in the file. */
    static final class Findings {

        final List<Problem.Violation> errors = new ArrayList<>();
        final List<Problem.Violation> warnings = new ArrayList<>();

        void error(String path, String message) {
            Problem.Violation error = new Problem.Violation(path, message);
            if (!errors.contains(error)) { // a length bound beside a pattern says the same thing once
                errors.add(error);
            }
        }

        void warn(String path, String message) {
            warnings.add(new Problem.Violation(path, message));
        }
    }

    /** A taxonomy term a service carries that maps to no category. */
    record Term(String taxonomy, String code, String name) {
    }

    static String at(String path, String field) {
        return path.isEmpty() ? field : field.startsWith("[") ? path + field : path + "." + field;
    }

    /**
     * A service's assured_date (the day its information was last checked) as the start of that day in the
     * district's time zone; null when absent. A malformed or future date is left out with a warning.
     */
    static java.time.Instant assuredDate(JsonNode node, String path, Findings f) {
        String given = text(node, "assured_date");
        if (given == null) {
            return null;
        }
        java.time.LocalDate date;
        try {
            date = java.time.LocalDate.parse(given.length() > 10 ? given.substring(0, 10) : given);
        } catch (java.time.format.DateTimeParseException e) {
            f.warn(at(path, "assured_date"), "left out: not a date (YYYY-MM-DD)");
            return null;
        }
        if (date.isAfter(org.partnermatch.common.DistrictTime.today())) {
            f.warn(at(path, "assured_date"), "left out: a date in the future");
            return null;
        }
        return date.atStartOfDay(org.partnermatch.common.DistrictTime.zone()).toInstant();
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static JsonNode first(JsonNode node, String field) {
        JsonNode list = node.get(field);
        return list != null && list.isArray() && !list.isEmpty() ? list.get(0) : null;
    }

    // ---- organizations -----------------------------------------------------------------------------------------

    /** Regions and radius gathered from service areas (HSDS has them per service; PartnerMatch per organization). */
    record Areas(List<String> regions, BigDecimal radiusKm) {
    }

    OrganizationRequest organization(JsonNode org, String path, OrganizationRequest base, Areas areas, Findings f) {
        String name = text(org, "name");
        String description = org.has("description") ? text(org, "description") : base == null ? null : base.description();
        String website = org.has("website") ? text(org, "website") : base == null ? null : base.website();
        website = keep(OrganizationRequest.class, "website", website, at(path, "website"), f);

        Contact contact = base == null ? null : base.contact();
        if (org.has("email") || org.has("contacts") || org.has("phones")) {
            JsonNode person = first(org, "contacts");
            String email = text(org, "email") != null ? text(org, "email") : text(person, "email");
            JsonNode phone = first(org, "phones") != null ? first(org, "phones")
                    : person == null ? null : first(person, "phones");
            String number = phone == null ? null : unquote(text(phone, "number"));
            String contactName = keep(Contact.class, "name", text(person, "name"), at(path, "contacts[0].name"), f);
            email = keep(Contact.class, "email", email, at(path, text(org, "email") != null ? "email"
                    : "contacts[0].email"), f);
            number = keep(Contact.class, "phone", number, at(path, first(org, "phones") != null ? "phones[0].number"
                    : "contacts[0].phones[0].number"), f);
            contact = contactName == null && email == null && number == null ? null
                    : new Contact(contactName, email, number);
        }

        Address address = base == null ? null : base.address();
        Double latitude = base == null ? null : base.latitude();
        Double longitude = base == null ? null : base.longitude();
        List<String> languages = base == null ? null : base.staffLanguages();
        if (org.has("locations")) {
            int index = locationIndex(org.get("locations"));
            JsonNode location = index < 0 ? null : org.get("locations").get(index);
            String locationPath = at(path, "locations[" + index + "]");
            address = null;
            latitude = null;
            longitude = null;
            languages = List.of();
            if (location != null) {
                latitude = number(location, "latitude", locationPath, f);
                longitude = number(location, "longitude", locationPath, f);
                Double lat = keep(OrganizationRequest.class, "latitude", latitude, at(locationPath, "latitude"), f);
                Double lon = keep(OrganizationRequest.class, "longitude", longitude, at(locationPath, "longitude"), f);
                if (lat == null || lon == null) {
                    if (lat != null || lon != null) {
                        f.warn(at(locationPath, lat == null ? "longitude" : "latitude"),
                                "left out: latitude and longitude go together");
                    }
                    lat = null;
                    lon = null;
                }
                latitude = lat;
                longitude = lon;
                address = address(location, locationPath, f);
                languages = languages(location.get("languages"), at(locationPath, "languages"), f);
            }
        }

        List<String> communities = base == null ? null : base.communitiesServed();
        List<Leadership> leadership = base == null ? null : base.leadership();
        if (org.has("attributes")) {
            communities = new ArrayList<>();
            leadership = new ArrayList<>();
            JsonNode attributes = org.get("attributes");
            for (int i = 0; attributes.isArray() && i < attributes.size(); i++) {
                JsonNode attribute = attributes.get(i);
                JsonNode term = attribute.get("taxonomy_term");
                String code = text(term, "code");
                String where = at(path, "attributes[" + i + "]");
                if (HsdsVocabulary.TAXONOMY.equals(text(term, "taxonomy")) && code != null) {
                    if (code.equals("community_served") && text(attribute, "value") != null) {
                        communities.add(text(attribute, "value"));
                        continue;
                    }
                    if (code.startsWith("leadership:")) {
                        try {
                            leadership.add(Leadership.valueOf(code.substring("leadership:".length())));
                            continue;
                        } catch (IllegalArgumentException e) {
                            // reported below
                        }
                    }
                }
                f.warn(at(where, "taxonomy_term"), "left out: organizations carry no categories here"
                        + " (term " + describe(term) + ")");
            }
        }

        List<String> regions = base == null ? null : base.serviceRegions();
        BigDecimal radius = base == null ? null : base.serviceRadiusKm();
        if (areas != null) {
            regions = areas.regions();
            radius = areas.radiusKm();
        }
        if (radius != null && latitude == null) {
            f.warn(at(path, "services"), "left out: a service radius of " + radius.toPlainString()
                    + " km needs the organization's coordinates");
            radius = null;
        }
        return new OrganizationRequest(name, description, website, contact, address, latitude, longitude, radius,
                regions, languages, communities, leadership);
    }

    /** Service areas of services: names are regions, except "Within N km" (PartnerMatch's own export) is a radius. */
    Areas areas(List<JsonNode> services, List<String> paths, Findings f) {
        LinkedHashSet<String> regions = new LinkedHashSet<>();
        BigDecimal radius = null;
        boolean any = false;
        for (int s = 0; s < services.size(); s++) {
            JsonNode list = services.get(s).get("service_areas");
            if (list == null || !list.isArray()) {
                continue;
            }
            any = true;
            for (int i = 0; i < list.size(); i++) {
                String name = text(list.get(i), "name");
                String where = at(paths.get(s), "service_areas[" + i + "].name");
                if (name == null) {
                    continue;
                }
                Matcher m = RADIUS.matcher(name);
                if (m.matches()) {
                    radius = new BigDecimal(m.group(1));
                } else if (name.length() > 60) {
                    f.warn(where, "left out: a region name has at most 60 characters");
                } else {
                    regions.add(name);
                }
            }
        }
        return any ? new Areas(new ArrayList<>(regions), radius) : null;
    }

    private static int locationIndex(JsonNode locations) {
        if (locations == null || !locations.isArray() || locations.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < locations.size(); i++) {
            if ("physical".equals(text(locations.get(i), "location_type"))) {
                return i;
            }
        }
        return 0;
    }

    private Address address(JsonNode location, String locationPath, Findings f) {
        JsonNode list = location.get("addresses");
        if (list == null || !list.isArray() || list.isEmpty()) {
            return null;
        }
        int index = 0;
        for (int i = 0; i < list.size(); i++) {
            if ("physical".equals(text(list.get(i), "address_type"))) {
                index = i;
                break;
            }
        }
        JsonNode a = list.get(index);
        String where = at(locationPath, "addresses[" + index + "]");
        String street = text(a, "address_1");
        if (street != null && text(a, "address_2") != null) {
            street = street + ", " + text(a, "address_2");
        }
        String state = text(a, "state_province");
        street = keep(Address.class, "street", street, at(where, "address_1"), f);
        String city = keep(Address.class, "city", text(a, "city"), at(where, "city"), f);
        state = keep(Address.class, "state", state == null ? null : state.toUpperCase(Locale.ROOT),
                at(where, "state_province"), f);
        String zip = keep(Address.class, "postalCode", text(a, "postal_code"), at(where, "postal_code"), f);
        return street == null && city == null && state == null && zip == null ? null
                : new Address(street, city, state, zip);
    }

    private static List<String> languages(JsonNode list, String path, Findings f) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (int i = 0; list != null && list.isArray() && i < list.size(); i++) {
            String given = text(list.get(i), "code") != null ? text(list.get(i), "code") : text(list.get(i), "name");
            String code = Languages.code(given);
            if (code == null && text(list.get(i), "name") != null) {
                code = Languages.code(text(list.get(i), "name"));
            }
            if (code == null) {
                f.warn(at(path, "[" + i + "]"), "left out: '" + given + "' is not a known ISO 639 language");
            } else {
                codes.add(code);
            }
        }
        return new ArrayList<>(codes);
    }

    // ---- services ----------------------------------------------------------------------------------------------

    /**
     * A service as an offering. {@code unmapped} receives taxonomy terms no mapping knows; {@code defaultCategory}
     * (nullable) stands in when none of the service's terms maps to a category.
     */
    OfferingRequest service(JsonNode service, String path, OfferingRequest base, HsdsTermMappingService.Lookup mapping,
                            String defaultCategory, Consumer<Term> unmapped, Findings f) {
        String name = text(service, "name");
        String description = service.has("description") ? text(service, "description")
                : base == null ? null : base.description();
        Boolean active = base == null ? null : base.active();
        if (service.has("status")) {
            active = !INACTIVE.contains(String.valueOf(text(service, "status")).toLowerCase(Locale.ROOT));
        }

        LinkedHashSet<String> categories = new LinkedHashSet<>();
        int[] grades = null;
        List<Timing> timings = new ArrayList<>();
        Modality modality = null;
        Cost cost = null;
        Integer capacity = null;
        CapacityUnit unit = null;
        List<Term> notMapped = new ArrayList<>();
        JsonNode attributes = service.get("attributes");
        for (int i = 0; attributes != null && attributes.isArray() && i < attributes.size(); i++) {
            JsonNode attribute = attributes.get(i);
            String where = at(path, "attributes[" + i + "]");
            JsonNode term = attribute.get("taxonomy_term");
            if (term == null || !term.isObject()) {
                f.warn(at(where, "taxonomy_term_id"), "left out: the attribute names its taxonomy term only by id "
                        + "(embed taxonomy_term to map it)");
                notMapped.add(new Term(null, text(attribute, "taxonomy_term_id"), null));
                continue;
            }
            String taxonomy = text(term, "taxonomy");
            String code = text(term, "code");
            String value = text(attribute, "value");
            if (HsdsVocabulary.TAXONOMY.equals(taxonomy) && code != null) {
                String property = code.contains(":") ? code.substring(0, code.indexOf(':')) : code;
                String choice = code.contains(":") ? code.substring(code.indexOf(':') + 1) : value;
                try {
                    switch (property) {
                        case "grades" -> {
                            grades = value == null ? null : Grades.parseRange(value);
                            if (grades == null) {
                                f.error(at(where, "value"), Grades.RANGE_FORMAT);
                            }
                        }
                        case "timing" -> timings.add(Timing.valueOf(choice));
                        case "modality" -> modality = Modality.valueOf(choice);
                        case "cost" -> cost = Cost.valueOf(choice);
                        case "capacity" -> capacity = Integer.valueOf(value);
                        case "capacity_unit" -> unit = CapacityUnit.valueOf(choice);
                        default -> {
                            // capacity_remaining is derived; leadership and communities belong to organizations
                        }
                    }
                } catch (RuntimeException e) {
                    f.error(at(where, "value"), "'" + (code.contains(":") ? code : value) + "' is not a PartnerMatch "
                            + property + " value");
                }
                continue;
            }
            HsdsTermMappingService.Resolution resolved = mapping.resolve(taxonomy, code, text(term, "name"));
            if (resolved.category() != null) {
                categories.add(resolved.category());
            } else if (!resolved.known()) {
                notMapped.add(new Term(taxonomy, code, text(term, "name")));
                f.warn(at(where, "taxonomy_term"), "left out: " + describe(term) + " maps to no category; map it at "
                        + "PUT /api/v1/imports/hsds/taxonomy-mapping");
            }
        }
        notMapped.forEach(unmapped);
        if (categories.isEmpty() && defaultCategory != null) {
            categories.add(defaultCategory);
        } else if (categories.isEmpty() && base != null && attributes == null) {
            categories.addAll(base.categories());
        } else if (categories.isEmpty()) {
            f.error(at(path, "attributes"), notMapped.isEmpty()
                    ? "no taxonomy term: a service needs one that maps to a category (or import with defaultCategory)"
                    : "none of its taxonomy terms maps to a category (unmapped: " + notMapped.stream()
                    .map(t -> "'" + (t.code() != null ? t.code() : t.name()) + "'").distinct().toList()
                    + "); map them at PUT /api/v1/imports/hsds/taxonomy-mapping or import with defaultCategory");
        }

        if (grades == null) {
            grades = ages(service, path, f);
        }
        if (grades == null && base != null) {
            grades = new int[] {base.gradeLow(), base.gradeHigh()};
        } else if (grades == null) {
            grades = new int[] {-1, 12};
        }
        if (timings.isEmpty()) {
            // A publisher other than PartnerMatch says when a service runs by its schedules, not by our attributes.
            Set<Timing> scheduled = ScheduleTimings.of(service.get("schedules"), at(path, "schedules"), f);
            JsonNode atLocations = service.get("service_at_locations");
            for (int i = 0; atLocations != null && atLocations.isArray() && i < atLocations.size(); i++) {
                scheduled.addAll(ScheduleTimings.of(atLocations.get(i).get("schedules"),
                        at(path, "service_at_locations[" + i + "].schedules"), f));
            }
            timings.addAll(scheduled); // an EnumSet: in the enum's order, each once
        }
        if (timings.isEmpty() && attributes == null && base != null && base.timings() != null) {
            timings.addAll(base.timings());
        }
        if (modality == null) {
            modality = base != null ? base.modality() : Modality.in_person;
        }
        if (cost == null) {
            cost = service.has("cost_options") || service.has("fees_description") ? cost(service)
                    : base != null ? base.cost() : Cost.free;
        }
        if (capacity == null) {
            JsonNode capacities = service.has("capacities") ? service.get("capacities") : service.get("service_capacity");
            JsonNode first = capacities != null && capacities.isArray() && !capacities.isEmpty() ? capacities.get(0)
                    : capacities != null && capacities.isObject() ? capacities : null;
            if (first != null) {
                JsonNode amount = first.hasNonNull("maximum") ? first.get("maximum") : first.get("available");
                capacity = amount != null && amount.canConvertToInt() ? amount.asInt() : null;
                String unitName = text(first.get("unit"), "name");
                if (unit == null && unitName != null) {
                    unit = unitName.toLowerCase(Locale.ROOT).contains("school") ? CapacityUnit.schools
                            : CapacityUnit.students;
                }
            }
        }
        if (capacity == null) {
            capacity = base != null ? base.capacity() : 0;
        }
        if (unit == null) {
            unit = base != null ? base.capacityUnit() : CapacityUnit.students;
        }
        List<String> languages = service.has("languages")
                ? languages(service.get("languages"), at(path, "languages"), f)
                : base == null ? null : base.languages();
        return new OfferingRequest(name, description, new ArrayList<>(categories), grades[0], grades[1], timings,
                modality, languages, cost, capacity, unit, active);
    }

    /** minimum_age/maximum_age as grades: age 5 is K, 6 is grade 1 ... 18 and over is grade 12. */
    private static int[] ages(JsonNode service, String path, Findings f) {
        JsonNode min = service.get("minimum_age");
        JsonNode max = service.get("maximum_age");
        if ((min == null || !min.isNumber()) && (max == null || !max.isNumber())) {
            return null;
        }
        int low = min != null && min.isNumber() ? Math.max(-1, Math.min(12, min.asInt() - 5)) : -1;
        int high = max != null && max.isNumber() ? Math.max(-1, Math.min(12, max.asInt() - 5)) : 12;
        if (high < low) {
            f.error(at(path, "maximum_age"), "must not be below minimum_age");
            return null;
        }
        return new int[] {low, high};
    }

    /** Sliding scale when the fees say so, a fee when an option costs something or fees are described, else free. */
    private static Cost cost(JsonNode service) {
        String fees = String.valueOf(text(service, "fees_description")).toLowerCase(Locale.ROOT);
        if (fees.contains("sliding")) {
            return Cost.sliding_scale;
        }
        JsonNode options = service.get("cost_options");
        for (int i = 0; options != null && options.isArray() && i < options.size(); i++) {
            JsonNode amount = options.get(i).get("amount");
            String option = String.valueOf(text(options.get(i), "option"));
            for (Cost known : Cost.values()) {
                if (known.name().equals(option)) {
                    return known;
                }
            }
            if (amount != null && amount.isNumber() && amount.doubleValue() > 0) {
                return Cost.fee;
            }
        }
        return text(service, "fees_description") == null || fees.contains("free") ? Cost.free : Cost.fee;
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** The value when Bean Validation accepts it for that property, else null and a warning. */
    private <T> T keep(Class<?> type, String property, T value, String path, Findings f) {
        if (value == null) {
            return null;
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Set<ConstraintViolation<?>> violations = (Set) validator.validateValue(type, property, value);
        if (violations.isEmpty()) {
            return value;
        }
        f.warn(path, "left out: '" + value + "' " + violations.iterator().next().getMessage());
        return null;
    }

    private static Double number(JsonNode node, String field, String path, Findings f) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        try {
            return Double.valueOf(value.asText().strip());
        } catch (NumberFormatException e) {
            f.warn(at(path, field), "left out: must be a number");
            return null;
        }
    }

    /** Phone numbers sometimes arrive wrapped in quotes (as in the HSDS examples). */
    private static String unquote(String value) {
        return value == null ? null : value.replaceAll("^\"+|\"+$", "").strip();
    }

    private static String describe(JsonNode term) {
        return "'" + (text(term, "code") != null ? text(term, "code") : text(term, "name")) + "'"
                + (text(term, "taxonomy") == null ? "" : " (taxonomy '" + text(term, "taxonomy") + "')");
    }
}
