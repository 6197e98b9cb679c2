package org.secondopinion.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The web module sits on top: its pages and resources call the EJB module's boundaries, and may hold
 * the values those hand back (records, enums, annotations, exceptions, entities), but never run the
 * business rules of a control class themselves, nor reach the database.
 */
@AnalyzeClasses(packages = "org.secondopinion", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

    private static final DescribedPredicate<JavaClass> RULE_CLASS_OF_A_CONTROL = new DescribedPredicate<>(
            "a control class of the EJB module that is not a value (record, enum, annotation, exception, interface)") {
        @Override
        public boolean test(JavaClass dependency) {
            JavaClass target = dependency.isArray() ? dependency.getBaseComponentType() : dependency;
            return target.getPackageName().matches("org\\.secondopinion\\.(?!web)[a-z]+\\.control")
                    && !target.isRecord() && !target.isEnum() && !target.isAnnotation() && !target.isInterface()
                    && !target.isAssignableTo(Throwable.class);
        }
    };

    @ArchTest
    static final ArchRule webCallsBoundariesNotRules = noClasses().that().resideInAPackage("org.secondopinion.web..")
            .should().dependOnClassesThat(RULE_CLASS_OF_A_CONTROL);

    /** Pages and resources may recognise a persistence exception (a stale edit), never query or persist. */
    @ArchTest
    static final ArchRule webNeverReachesTheDatabase = noClasses().that().resideInAPackage("org.secondopinion.web..")
            .should().dependOnClassesThat(DescribedPredicate.describe("a JPA type other than an exception",
                    target -> target.getPackageName().startsWith("jakarta.persistence")
                            && !target.isAssignableTo(Throwable.class)));

    @ArchTest
    static final ArchRule theEjbModuleNeverReachesUpToTheWeb = noClasses()
            .that().resideOutsideOfPackage("org.secondopinion.web..")
            .should().dependOnClassesThat().resideInAPackage("org.secondopinion.web..");

    @ArchTest
    static final ArchRule noCyclesBetweenWebAreas = slices().matching("org.secondopinion.web.(*)..")
            .should().beFreeOfCycles();
}
