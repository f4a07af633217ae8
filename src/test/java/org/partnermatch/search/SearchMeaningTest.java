package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnermatch.search.DemoSearchTest.DEMO;
import static org.partnermatch.search.DemoSearchTest.OPERATION_SCHOOL_BELL;
import static org.partnermatch.search.DemoSearchTest.TOTEM_STAR;
import static org.partnermatch.search.DemoSearchTest.demoHits;
import static org.partnermatch.search.DemoSearchTest.organizations;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnermatch.search.DemoSearchTest.Hit;

/**
 * The searches of issue 19 that found nothing or the wrong things under every-word full text, on the demo directory:
 * communities served and leadership are searched, synonyms and Spanish apply, partial matches follow the full ones,
 * and a parent category no longer drags in its other children.
 */
@QuarkusTest
class SearchMeaningTest {

    static final String MUST = DEMO + "000000000008";
    static final String ARTS_CORPS = DEMO + "000000000023";
    static final String COYOTE_CENTRAL = DEMO + "000000000014";

    @Test
    void mentorBlackBoysFindsABlackLedMentoringOrganization() {
        // "boys" is only in MUST's communities served; "black" in its leadership, description and communities
        assertThat(demoHits("organizations", "mentor black boys").get(0).organizationId()).isEqualTo(MUST);
        assertThat(demoHits("offerings", "mentor black boys").get(0).organizationId()).isEqualTo(MUST);
        assertThat(demoHits("organizations", "black boys").get(0).organizationId()).isEqualTo(MUST);
        // "african american" is a synonym of "black": found as a phrase of two words
        assertThat(organizations(demoHits("organizations", "african american boys"))).contains(MUST);
    }

    @Test
    void jacketsFindsClothing() {
        List<Hit> offerings = demoHits("offerings", "jackets");
        assertThat(offerings).isNotEmpty();
        assertThat(organizations(offerings).subList(0, 3)).contains(OPERATION_SCHOOL_BELL);
        // suspended organizations are never public, whatever they offer
        assertThat(demoHits("organizations", "coats")).extracting(Hit::name)
                .doesNotContain("Neighborhood Coats Collective");
    }

    @Test
    void spanishHomeworkHelpFindsHomeworkHelp() {
        List<Hit> offerings = demoHits("offerings", "ayuda con tareas");
        assertThat(offerings).isNotEmpty();
        assertThat(offerings.subList(0, 3)).allSatisfy(hit ->
                assertThat(hit.name().toLowerCase()).contains("homework"));
        // the synonyms' words are what the highlight marks
        assertThat(offerings.get(0).terms()).contains("homework");
        assertThat(demoHits("organizations", "tareas")).isNotEmpty();
    }

    @Test
    void musicIsNotVisualArtsThroughTheParentCategory() {
        List<Hit> music = demoHits("offerings", "music");
        assertThat(music).isNotEmpty();
        assertThat(organizations(music)).containsOnly(TOTEM_STAR);
        assertThat(organizations(demoHits("organizations", "music"))).doesNotContain(ARTS_CORPS, COYOTE_CENTRAL);
    }

    @Test
    void aWordNothingHoldsLeavesTheOthersToFind() {
        // no record holds "xylophones" (nor a word a typo away from it): those with the other two words are found
        List<Hit> hits = demoHits("offerings", "math tutoring xylophones");
        assertThat(hits).isNotEmpty();
        List<Hit> full = demoHits("offerings", "math tutoring");
        // (two of three words are more than half: a hit with one of them is not enough)
        assertThat(hits).extracting(Hit::name).containsExactlyInAnyOrderElementsOf(
                full.stream().map(Hit::name).toList());
        assertThat(hits).extracting(Hit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }
}
