package org.partnermatch.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

    private final Taxonomy taxonomy = Fixtures.TAXONOMY;

    @Test
    void sameCodeIsExact() {
        assertThat(taxonomy.relation("math", "math")).isEqualTo(CategoryRelation.EXACT);
    }

    @Test
    void offeringInTheParentCategoryMatchesAsParentOrChild() {
        assertThat(taxonomy.relation("math", "academic")).isEqualTo(CategoryRelation.PARENT_OR_CHILD);
    }

    @Test
    void offeringInAChildCategoryMatchesAsParentOrChild() {
        assertThat(taxonomy.relation("academic", "math")).isEqualTo(CategoryRelation.PARENT_OR_CHILD);
    }

    @Test
    void siblingsAreAWeakerMatch() {
        CategoryRelation r = taxonomy.relation("math", "reading");
        assertThat(r).isEqualTo(CategoryRelation.SIBLING);
        assertThat(r.isMatch()).isTrue();
        assertThat(r.specificity()).isEqualTo(0.25);
        assertThat(CategoryRelation.EXACT.betterThan(CategoryRelation.PARENT_OR_CHILD)).isTrue();
        assertThat(CategoryRelation.PARENT_OR_CHILD.betterThan(CategoryRelation.SIBLING)).isTrue();
        assertThat(CategoryRelation.SIBLING.betterThan(CategoryRelation.NONE)).isTrue();
    }

    @Test
    void matchingCodesListItselfParentChildrenAndSiblingsButNoOtherParentsChildren() {
        assertThat(taxonomy.matchingCodes("math")).containsEntry("math", CategoryRelation.EXACT)
                .containsEntry("academic", CategoryRelation.PARENT_OR_CHILD)
                .containsEntry("reading", CategoryRelation.SIBLING)
                .doesNotContainKeys("clothing", "basic_needs", "food");
        // a root has children but no siblings: other roots are unrelated
        assertThat(taxonomy.matchingCodes("academic")).containsOnlyKeys("academic", "math", "reading");
    }

    @Test
    void unrelatedCategoriesAreNone() {
        assertThat(taxonomy.relation("math", "clothing")).isEqualTo(CategoryRelation.NONE);
        assertThat(taxonomy.relation("math", "basic_needs")).isEqualTo(CategoryRelation.NONE);
        assertThat(taxonomy.relation("academic", "basic_needs")).isEqualTo(CategoryRelation.NONE);
    }

    @Test
    void specificityIsOneForExactHalfForParentOrChildAndAQuarterForSiblings() {
        assertThat(CategoryRelation.EXACT.specificity()).isEqualTo(1.0);
        assertThat(CategoryRelation.PARENT_OR_CHILD.specificity()).isEqualTo(0.5);
        assertThat(CategoryRelation.SIBLING.specificity()).isEqualTo(0.25);
        assertThat(CategoryRelation.NONE.isMatch()).isFalse();
    }

    @Test
    void codesAreCaseInsensitive() {
        assertThat(taxonomy.relation("MATH", "Academic")).isEqualTo(CategoryRelation.PARENT_OR_CHILD);
        assertThat(taxonomy.parent("Math")).contains("academic");
    }

    @Test
    void namesFallBackToTheCode() {
        assertThat(taxonomy.name("math")).isEqualTo("Math tutoring");
        assertThat(taxonomy.name("stem")).isEqualTo("stem");
    }

    @Test
    void rootsMayBeListedWithANullParent() {
        Map<String, String> parents = new HashMap<>();
        parents.put("academic", null);
        parents.put("math", "academic");
        Taxonomy t = Taxonomy.of(parents);
        assertThat(t.parent("academic")).isEmpty();
        assertThat(t.relation("academic", "math")).isEqualTo(CategoryRelation.PARENT_OR_CHILD);
    }

    @Test
    void rejectsMoreThanTwoLevels() {
        assertThatThrownBy(() -> Taxonomy.of(Map.of("algebra", "math", "math", "academic")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two levels");
    }

    @Test
    void rejectsACategoryThatIsItsOwnParent() {
        assertThatThrownBy(() -> Taxonomy.of(Map.of("math", "math")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("own parent");
    }

    @Test
    void emptyTaxonomyMatchesOnlyIdenticalCodes() {
        assertThat(Taxonomy.empty().relation("math", "math")).isEqualTo(CategoryRelation.EXACT);
        assertThat(Taxonomy.empty().relation("math", "academic")).isEqualTo(CategoryRelation.NONE);
    }

    @Test
    void withNamesKeepsTheStructure() {
        Taxonomy named = Taxonomy.of(Map.of("math", "academic")).withNames(Map.of("math", "Mathematics"));
        assertThat(named.name("math")).isEqualTo("Mathematics");
        assertThat(named.relation("math", "academic")).isEqualTo(CategoryRelation.PARENT_OR_CHILD);
    }
}
