package org.secondopinion.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape of the EJB module, held by ArchUnit (see the README's map):
 * <ul>
 * <li>components in layers: platform at the bottom, audit on it, identity on both, the directory of
 * specialists above them, and the business components (referral, legal, feeschedule, estimate) on top;</li>
 * <li>no cycles between components;</li>
 * <li>inside a component, entity below control below boundary;</li>
 * <li>one business component reaches another only through that one's boundary (estimate may also hold
 * feeschedule's entities and values: the schedule an estimate is priced from, the prices of a code);</li>
 * <li>billing's two parts depend one way: estimate on feeschedule, never the reverse.</li>
 * </ul>
 */
@AnalyzeClasses(packages = "org.secondopinion", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String PLATFORM = "org.secondopinion.platform..";
    private static final String AUDIT = "org.secondopinion.audit..";
    private static final String IDENTITY = "org.secondopinion.identity..";
    private static final String DIRECTORY = "org.secondopinion.directory..";
    private static final String REFERRAL = "org.secondopinion.referral..";
    private static final String LEGAL = "org.secondopinion.legal..";
    private static final String FEESCHEDULE = "org.secondopinion.feeschedule..";
    private static final String ESTIMATE = "org.secondopinion.estimate..";

    @ArchTest
    static final ArchRule componentsInLayers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("platform").definedBy(PLATFORM)
            .layer("audit").definedBy(AUDIT)
            .layer("identity").definedBy(IDENTITY)
            .layer("directory").definedBy(DIRECTORY)
            .layer("business").definedBy(REFERRAL, LEGAL, FEESCHEDULE, ESTIMATE)
            .whereLayer("business").mayNotBeAccessedByAnyLayer()
            .whereLayer("directory").mayOnlyBeAccessedByLayers("business")
            .whereLayer("identity").mayOnlyBeAccessedByLayers("directory", "business")
            .whereLayer("audit").mayOnlyBeAccessedByLayers("identity", "directory", "business")
            .whereLayer("platform").mayOnlyBeAccessedByLayers("audit", "identity", "directory", "business");

    @ArchTest
    static final ArchRule noCyclesBetweenComponents = slices().matching("org.secondopinion.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controlNeverReachesUpToTheBoundary = noClasses().that().resideInAPackage("..control..")
            .should().dependOnClassesThat().resideInAPackage("..boundary..");

    /** Entities hold the data and its own invariants: they import neither control nor boundary types. */
    @ArchTest
    static final ArchRule entitiesImportNeitherControlNorBoundary = noClasses()
            .that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAnyPackage("..control..", "..boundary..");

    @ArchTest
    static final ArchRule businessComponentsMeetOnlyThroughBoundaries = classes()
            .that().resideInAnyPackage(REFERRAL, LEGAL, FEESCHEDULE, ESTIMATE)
            .should(new OtherBusinessComponentBeyondItsBoundary());

    @ArchTest
    static final ArchRule feeSchedulesKnowNothingOfEstimates = noClasses().that().resideInAPackage(FEESCHEDULE)
            .should().dependOnClassesThat().resideInAPackage(ESTIMATE)
            .because("estimates are priced from fee schedules, never the reverse");

    /** The current time comes from the injected {@link java.time.Clock} (platform.boundary.Clocks), never from now(). */
    @ArchTest
    static final ArchRule timeComesFromTheInjectedClock = noClasses().should()
            .callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .orShould().callMethod(java.time.OffsetDateTime.class, "now")
            .orShould().callMethod(java.time.LocalTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("rules and timers take their time from the injected Clock, so tests can set the date");

    @ArchTest
    static final ArchRule boundariesAreTheOnlyEjbs = classes()
            .that().areAnnotatedWith(jakarta.ejb.Stateless.class)
            .or().areAnnotatedWith(jakarta.ejb.Singleton.class)
            .should().resideInAPackage("..boundary..");
}
