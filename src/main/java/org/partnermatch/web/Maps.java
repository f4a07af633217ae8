package org.partnermatch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.partnermatch.organization.OrganizationDtos.OrganizationResponse;
import org.partnermatch.report.ReportDtos.Coverage;
import org.partnermatch.report.ReportDtos.SchoolCoverage;
import org.partnermatch.school.School;

/**
 * The maps of the search, organization and district pages: schools, partners' locations and service areas, and how
 * well each school's open needs are covered. A map is an enhancement: every place on it is also in the page's text,
 * and places without coordinates are left off (the page says how many).
 */
@ApplicationScoped
public class Maps {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A place on a map. {@code status}: partner, school, or a school's coverage (covered, partial, uncovered, none). */
    public record Place(String kind, String name, double lat, double lon, Double radiusKm, String url, String status,
                        String note) {
    }

    /** A colour key entry. */
    public record Key(String status, String label) {
    }

    @TemplateData
    public record MapView(List<Place> places, int unplaced, List<Key> legend, String tiles, String attribution) {

        /** The places as JSON for the page's script (Qute escapes it into the attribute). */
        public String json() {
            try {
                return JSON.writeValueAsString(places);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        public boolean shown() {
            return !places.isEmpty();
        }
    }

    private static final Key PARTNER = new Key("partner", "Partner organization (circle: where it serves in person)");
    private static final Key SCHOOL = new Key("school", "School");
    private static final List<Key> COVERAGE = List.of(
            new Key("covered", "Every open need has a partner"),
            new Key("partial", "Some open needs have a partner"),
            new Key("uncovered", "No open need has a partner yet"),
            new Key("none", "No open needs"));

    /** A map on a form where a click places the organization (its latitude and longitude fields follow). */
    @TemplateData
    public record Picker(String center, String tiles, String attribution) {
    }

    private final MapSettings settings;

    public Maps(MapSettings settings) {
        this.settings = settings;
    }

    /** The partners of a result list, and the school the search is for (when chosen). */
    public MapView search(Collection<OrganizationResponse> partners, School school) {
        List<Place> places = new ArrayList<>();
        int unplaced = 0;
        if (school != null) {
            unplaced += add(places, school(school, "school", "The school you search for"));
        }
        for (OrganizationResponse org : partners) {
            unplaced += add(places, partner(org));
        }
        return view(places, unplaced, school == null ? List.of(PARTNER) : List.of(SCHOOL, PARTNER));
    }

    /** One organization: where it is and where it serves in person. */
    public MapView organization(OrganizationResponse org) {
        List<Place> places = new ArrayList<>();
        int unplaced = add(places, partner(org));
        return view(places, unplaced, List.of(PARTNER));
    }

    /** Every school in the report, coloured by how many of its open needs have a partner. */
    public MapView coverage(List<SchoolCoverage> coverage, Map<java.util.UUID, School> located, DistrictMessages words) {
        List<Place> places = new ArrayList<>();
        int unplaced = 0;
        for (SchoolCoverage s : coverage) {
            School school = located.get(s.schoolId());
            Coverage c = s.coverage();
            String note = c.openNeeds() == 0 ? words.map_no_open_needs()
                    : words.school_partnered(c.needsWithActivePartnership(), c.openNeeds());
            unplaced += school == null ? 1 : add(places, school(school, coverageStatus(c), note));
        }
        return view(places, unplaced, COVERAGE);
    }

    public Picker picker() {
        return new Picker(settings.center(), settings.tiles().orElse(""), settings.attribution());
    }

    static String coverageStatus(Coverage c) {
        if (c.openNeeds() == 0) {
            return "none";
        }
        if (c.needsWithActivePartnership() >= c.openNeeds()) {
            return "covered";
        }
        return c.needsWithActivePartnership() > 0 ? "partial" : "uncovered";
    }

    private static Place school(School school, String status, String note) {
        return school.latitude == null || school.longitude == null ? null : new Place("school", school.name,
                school.latitude, school.longitude, null, "/search?schoolId=" + school.id, status, note);
    }

    private static Place partner(OrganizationResponse org) {
        return org.latitude() == null || org.longitude() == null ? null : new Place("partner", org.name(),
                org.latitude(), org.longitude(), org.serviceRadiusKm() == null ? null
                : org.serviceRadiusKm().doubleValue(), "/organizations/" + org.id(), "partner", null);
    }

    /** Adds the place; 1 when it has no coordinates (left off), else 0. */
    private static int add(List<Place> places, Place place) {
        if (place == null) {
            return 1;
        }
        places.add(place);
        return 0;
    }

    private MapView view(List<Place> places, int unplaced, List<Key> legend) {
        return new MapView(places, unplaced, legend, settings.tiles().orElse(""), settings.attribution());
    }
}
