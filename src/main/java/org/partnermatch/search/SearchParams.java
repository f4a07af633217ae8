package org.partnermatch.search;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import java.util.UUID;
import org.partnermatch.common.ProblemException;

/**
 * The query parameters every search shares — free text, location, order and facet counts — checked into a
 * {@link SearchRequest} before any query runs (400 naming the parameter otherwise).
 */
public class SearchParams {

    public static final double MAX_RADIUS_KM = 1000;

    @QueryParam("q")
    @Parameter(description = "Free text (up to 200 characters), ranked by BM25 over the name (weighted highest), "
            + "categories, description, organization, communities served, leadership and languages. Hits with every "
            + "word come first, then hits with more than half of the words (texts of three words or more); words are "
            + "stemmed in English and Spanish (\"tutors\" finds \"tutoring\", \"tareas\" finds \"tarea\"), the "
            + "last also as a prefix (\"diap\" finds \"diapers\"), a word no record holds also within a typo of "
            + "names (\"tutring\"), and every word also as its synonyms from the district's list (\"jackets\" finds "
            + "clothing). Each hit carries a highlight and a score (0 to 1).", example = "math tutoring somali")
    @Size(max = SearchText.MAX_LENGTH)
    String q;

    @QueryParam("near")
    @Parameter(description = "A point as latitude,longitude in degrees. Hits get distanceKm from it (to the "
            + "organization's location) and can be sorted by distance; radiusKm limits them.",
            example = "47.5466,-122.2838")
    @Size(max = 64)
    String near;

    @QueryParam("radiusKm")
    @Parameter(description = "Only organizations located within this many km of near (more than 0, at most 1000). "
            + "Needs near.", example = "5")
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("1000")
    Double radiusKm;

    @QueryParam("schoolId")
    @Parameter(description = "Serves this school: in-person and hybrid offerings whose organization's service area "
            + "holds the school (within its service radius of its location, or the school's region among its service "
            + "regions); virtual offerings serve every school. Hits get distanceKm from the school unless near is given.",
            example = "5c000000-0000-4000-8000-000000000001")
    UUID schoolId;

    @QueryParam("sort")
    @Parameter(description = "relevance (best match first; the default with q), distance (nearest first; needs near "
            + "or schoolId), name (the default without q) or updated (most recently updated first).",
            example = "relevance")
    SearchSort sort;

    @QueryParam("facets")
    @Parameter(description = "true: add facets, the counts each category, language, timing and cost value would "
            + "give with the other filters unchanged.", example = "true")
    Boolean facets;

    public SearchParams() {
    }

    public SearchParams(String q, String near, Double radiusKm, UUID schoolId, SearchSort sort, Boolean facets) {
        this.q = q;
        this.near = near;
        this.radiusKm = radiusKm;
        this.schoolId = schoolId;
        this.sort = sort;
        this.facets = facets;
    }

    public SearchRequest parse() {
        SearchText text = SearchText.parse("q", q);
        GeoPoint point = GeoPoint.parse("near", near);
        Double radius = radiusKm;
        if (radius != null) {
            if (point == null) {
                throw ProblemException.badRequest("radiusKm", "needs near=latitude,longitude as its centre");
            }
            if (radius <= 0 || radius > MAX_RADIUS_KM) {
                throw ProblemException.badRequest("radiusKm",
                        "must be more than 0 and at most " + (int) MAX_RADIUS_KM);
            }
        }
        UUID school = schoolId;
        SearchSort order = sort;
        if (order == SearchSort.distance && point == null && school == null) {
            throw ProblemException.badRequest("sort", "distance needs near or schoolId");
        }
        if (order == null || (order == SearchSort.relevance && text == null)) {
            order = text != null ? SearchSort.relevance : SearchSort.name;
        }
        boolean withFacets = Boolean.TRUE.equals(facets);
        return new SearchRequest(text, point, radius, school, order, withFacets);
    }
}
