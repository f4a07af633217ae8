package org.partnermatch.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the layering honest: thin resources, feature repositories private to their feature, a pure scoring core. */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.partnermatch");

    @Test
    void scoringCoreIsPureJava() {
        classes().that().resideInAPackage("org.partnermatch.matching.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.partnermatch.matching.core..",
                        "org.partnermatch.vocabulary..")
                .check(CLASSES);
    }

    /** The directory — schools, needs, organizations, offerings and what they share — stands on its own. */
    @Test
    void directoryFeaturesNeverDependOnMatchingReportsAllocationOrPages() {
        noClasses().that().resideInAnyPackage("org.partnermatch.school..", "org.partnermatch.need..",
                        "org.partnermatch.organization..", "org.partnermatch.offering..", "org.partnermatch.taxonomy..",
                        "org.partnermatch.region..", "org.partnermatch.vocabulary..", "org.partnermatch.geo..",
                        "org.partnermatch.common..")
                .should().dependOnClassesThat().resideInAnyPackage("org.partnermatch.matching..",
                        "org.partnermatch.report..", "org.partnermatch.allocation..", "org.partnermatch.web..",
                        "org.partnermatch.demo..")
                .because("features point one way: matching, reports, allocation and pages read the directory")
                .check(CLASSES);
    }

    /** Features form no cycles: each depends on others through their services, and never back. */
    @Test
    void featuresAreFreeOfCycles() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching("org.partnermatch.(*)..").should().beFreeOfCycles()
                .check(CLASSES);
    }

    /** Nothing but the demo depends on the demo directory. */
    @Test
    void onlyTheDemoKnowsTheDemo() {
        noClasses().that().resideOutsideOfPackage("org.partnermatch.demo..")
                .and().doNotHaveSimpleName("PartnerMatchMain").and().doNotHaveSimpleName("CdsTraining")
                .should().dependOnClassesThat().resideInAPackage("org.partnermatch.demo..")
                .check(CLASSES);
    }

    @Test
    void resourcesNeverTouchRepositories() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirFeature() {
        for (String feature : new String[] {"school", "need", "organization", "offering", "taxonomy", "audit"}) {
            noClasses().that().resideOutsideOfPackage("org.partnermatch." + feature + "..")
                    .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.partnermatch." + feature + "..")
                            .and(JavaClass.Predicates.simpleNameEndingWith("Repository")))
                    .because("cross-feature calls go through services")
                    .check(CLASSES);
        }
    }

    @Test
    void entitiesNeverGoOnTheWire() {
        methods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Resource")
                .should().notHaveRawReturnType(JavaClass.Predicates.assignableTo(
                        CanBeAnnotated.Predicates.annotatedWith(jakarta.persistence.Entity.class)))
                .check(CLASSES);
        noFields().that().areDeclaredInClassesThat().haveNameMatching(".*Dtos\\$.*")
                .should().haveRawType(CanBeAnnotated.Predicates.annotatedWith(jakarta.persistence.Entity.class))
                .check(CLASSES);
    }

    @Test
    void vocabularyIsPureJava() {
        classes().that().resideInAPackage("org.partnermatch.vocabulary..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.partnermatch.vocabulary..")
                .check(CLASSES);
    }
}
