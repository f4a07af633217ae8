package org.partnermatch.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.partnermatch.common.Address;
import org.partnermatch.common.ETags;
import org.partnermatch.school.School;
import org.partnermatch.school.SchoolDtos.EquityProfile;
import org.partnermatch.school.SchoolDtos.SchoolRequest;
import org.partnermatch.school.SchoolService;

/** Schools from CSV rows, written through {@link SchoolService} with the same rules as {@code POST /schools}. */
@ApplicationScoped
class SchoolRows implements RowKind<School, SchoolRequest> {

    private static final Map<String, String> ALIASES = Aliases.of(Map.ofEntries(
            Map.entry("id", "id, partnermatch id, school id"),
            Map.entry("name", "name, school, school name"),
            Map.entry("grades", "grades, grade range, grade span, grade levels, grades served"),
            Map.entry("gradeLow", "grade low, low grade, lowest grade, grade from, from grade"),
            Map.entry("gradeHigh", "grade high, high grade, highest grade, grade to, to grade"),
            Map.entry("type", "type, school type, school level, level"),
            Map.entry("ncesId", "nces id, nces school id, ncessch, nces"),
            Map.entry("stateSchoolCode", "state school code, school code, state school id, schoolcode"),
            Map.entry("street", "street, address, street address, address 1, address line 1"),
            Map.entry("city", "city, town"),
            Map.entry("state", "state, st, state code"),
            Map.entry("postalCode", "zip, zip code, zipcode, postal code, postcode"),
            Map.entry("latitude", "latitude, lat"),
            Map.entry("longitude", "longitude, lon, lng, long"),
            Map.entry("region", "region, area, district region"),
            Map.entry("enrollment", "enrollment, enrolment, students, student count, total enrollment"),
            Map.entry("titleI", "title i, title 1, title i school, title 1 school"),
            Map.entry("freeReducedLunchPercent", "free reduced lunch, free reduced lunch percent, free reduced lunch pct, "
                    + "free and reduced lunch, free and reduced lunch percent, free/reduced lunch %, frl, frl percent, frl pct"),
            Map.entry("englishLearnerPercent", "english learner, english learners, english learner percent, "
                    + "english learners percent, english learner pct, english learners %, el, el percent, ell, ell percent, "
                    + "ell pct, english language learners"),
            Map.entry("homeLanguages", "languages, home languages, top languages, top home languages"),
            Map.entry("qualityRank", "quality rank, rank, district quality rank, tier"),
            Map.entry("source", "source, data source, figures source"),
            Map.entry("schoolYear", "school year, schoolyear, year")));

    private final SchoolService schools;
    /** For one import: every school, looked up once; null in the shared bean. */
    private final SchoolService.Directory directory;

    @jakarta.inject.Inject
    SchoolRows(SchoolService schools) {
        this(schools, null);
    }

    private SchoolRows(SchoolService schools, SchoolService.Directory directory) {
        this.schools = schools;
        this.directory = directory;
    }

    /** The schools of this import; the shared bean only makes per-import instances ({@link #forImport()}). */
    private SchoolService.Directory directory() {
        if (directory == null) {
            throw new IllegalStateException("SchoolRows reads rows only through forImport()");
        }
        return directory;
    }

    /** One query for every school; rows are then matched and checked in memory (a 10,000-row file in seconds). */
    @Override
    public RowKind<School, SchoolRequest> forImport() {
        return new SchoolRows(schools, schools.directory());
    }

    @Override
    public String kind() {
        return "schools";
    }

    @Override
    public Map<String, String> aliases() {
        return ALIASES;
    }

    @Override
    public Optional<School> find(UUID id) {
        return directory().byId(id);
    }

    @Override
    public Optional<School> findByName(String name) {
        return directory().byName(name);
    }

    /** By NCES id, then state school code, when the row has them (imports match after the id, before the name). */
    @Override
    public Optional<School> findByIdentifiers(Cells cells) {
        String nces = cells.text("ncesId", null);
        if (nces != null) {
            Optional<School> school = directory().byNcesId(nces);
            if (school.isPresent()) {
                return school;
            }
        }
        String stateCode = cells.text("stateSchoolCode", null);
        if (stateCode == null) {
            return Optional.empty();
        }
        return directory().byStateCode(stateCode);
    }

    @Override
    public UUID id(School school) {
        return school.id;
    }

    @Override
    public SchoolRequest asRequest(School school) {
        return SchoolRequest.from(school);
    }

    @Override
    public SchoolRequest read(Cells cells, SchoolRequest base) {
        Integer gradeLow = base == null ? null : base.gradeLow();
        Integer gradeHigh = base == null ? null : base.gradeHigh();
        if (cells.has("grades")) {
            int[] range = cells.grades("grades");
            gradeLow = range == null ? null : range[0];
            gradeHigh = range == null ? null : range[1];
        }
        gradeLow = cells.grade("gradeLow", gradeLow);
        gradeHigh = cells.grade("gradeHigh", gradeHigh);
        Address old = base == null ? null : base.address();
        String street = cells.text("street", old == null ? null : old.street());
        String city = cells.text("city", old == null ? null : old.city());
        String state = cells.text("state", old == null ? null : old.state());
        String postalCode = cells.text("postalCode", old == null ? null : old.postalCode());
        Address address = street == null && city == null && state == null && postalCode == null ? null
                : new Address(street, city, state == null ? null : state.toUpperCase(Locale.ROOT), postalCode);
        EquityProfile equity = base == null ? null : base.equity();
        EquityProfile newEquity = new EquityProfile(
                cells.bool("titleI", equity == null ? null : equity.titleI()),
                cells.percent("freeReducedLunchPercent", equity == null ? null : equity.freeReducedLunchPercent()),
                cells.percent("englishLearnerPercent", equity == null ? null : equity.englishLearnerPercent()),
                cells.languages("homeLanguages", equity == null ? null : equity.homeLanguages()),
                cells.integer("qualityRank", equity == null ? null : equity.qualityRank()),
                cells.text("source", "school import"), cells.text("schoolYear", null));
        return new SchoolRequest(
                cells.name("name", base == null ? null : base.name()),
                gradeLow, gradeHigh,
                cells.name("type", base == null ? null : base.type()),
                cells.text("ncesId", base == null ? null : base.ncesId()),
                cells.text("stateSchoolCode", base == null ? null : base.stateCode()),
                address,
                cells.decimal("latitude", base == null ? null : base.latitude()),
                cells.decimal("longitude", base == null ? null : base.longitude()),
                cells.name("region", base == null ? null : base.region()),
                cells.integer("enrollment", base == null ? null : base.enrollment()),
                newEquity);
    }

    @Override
    public String name(SchoolRequest request) {
        return request.name();
    }

    @Override
    public void check(UUID id, SchoolRequest request) {
        directory().check(id, request);
    }

    @Override
    public String field(String path) {
        String last = path.replaceAll("\\[[0-9]+]", "");
        last = last.substring(last.lastIndexOf('.') + 1);
        return switch (last) {
            case "address" -> "street";
            case "equity" -> "freeReducedLunchPercent";
            case "stateCode" -> "stateSchoolCode";
            default -> last;
        };
    }

    @Override
    public boolean same(SchoolRequest current, SchoolRequest row) {
        return Objects.equals(normal(current), normal(directory().asStored(row)));
    }

    /** Numbers compared by value: 78.5 and 78.50 are the same percentage. */
    private static SchoolRequest normal(SchoolRequest r) {
        EquityProfile e = r.equity();
        // Sources say where changed figures came from; they are not a change of their own.
        return new SchoolRequest(r.name(), r.gradeLow(), r.gradeHigh(), r.type(), r.ncesId(), r.stateCode(),
                r.address(), r.latitude(), r.longitude(), r.region(), r.enrollment(),
                e == null ? null : new EquityProfile(e.titleI(), strip(e.freeReducedLunchPercent()),
                        strip(e.englishLearnerPercent()), e.homeLanguages(), e.qualityRank(), null, null));
    }

    private static BigDecimal strip(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    @Override
    public School create(SchoolRequest request) {
        return schools.createChecked(request, directory());
    }

    @Override
    public School update(School school, SchoolRequest request) {
        return schools.updateChecked(school.id, request, ETags.of(school.version), directory());
    }
}
