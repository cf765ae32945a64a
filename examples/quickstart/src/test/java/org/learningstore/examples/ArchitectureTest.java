package org.learningstore.examples;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.learningstore.core.error.RuleViolationException;

/**
 * The module rules of ARCHITECTURE.md, checked over every module's main classes. They live
 * here because the quickstart is the one module that sees all the others.
 */
@AnalyzeClasses(packages = "org.learningstore",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    /** The backends' test-jars (the contract kit, test servers) are test code too. */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule core_depends_only_on_the_jdk = classes()
            .that().resideInAPackage("org.learningstore.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.learningstore.core..");

    @ArchTest
    static final ArchRule json_module_depends_only_on_core_ports_and_jackson = classes()
            .that().resideInAPackage("org.learningstore.json..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.learningstore.json..",
                    "org.learningstore.core.port..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule sqlite_adapter_does_not_depend_on_another_adapter = noClasses()
            .that().resideInAPackage("org.learningstore.sqlite..")
            .should().dependOnClassesThat().resideInAnyPackage("org.learningstore.jpa..", "org.learningstore.postgres..");

    @ArchTest
    static final ArchRule jpa_and_postgres_adapters_do_not_depend_on_the_sqlite_adapter = noClasses()
            .that().resideInAnyPackage("org.learningstore.jpa..", "org.learningstore.postgres..")
            .should().dependOnClassesThat().resideInAPackage("org.learningstore.sqlite..");

    @ArchTest
    static final ArchRule jpa_adapter_does_not_depend_on_postgres = noClasses()
            .that().resideInAPackage("org.learningstore.jpa..")
            .should().dependOnClassesThat().resideInAPackage("org.learningstore.postgres..");

    @ArchTest
    static final ArchRule library_modules_do_not_depend_on_the_examples = noClasses()
            .that().resideInAnyPackage("org.learningstore.core..", "org.learningstore.jpa..",
                    "org.learningstore.postgres..", "org.learningstore.sqlite..")
            .should().dependOnClassesThat().resideInAPackage("org.learningstore.examples..");

    /** A module's {@code internal} packages are its own: another module uses its public API (core's ports, say). */
    @ArchTest
    static final ArchRule no_internal_package_is_used_from_another_module = classes()
            .that().resideInAPackage("org.learningstore..")
            .should(onlyHaveDependenciesWhere(DescribedPredicate.<Dependency>describe(
                    "the target is in no internal package of another module",
                    dependency -> !isInternal(dependency.getTargetClass())
                            || moduleOf(dependency.getOriginClass()).equals(moduleOf(dependency.getTargetClass())))));

    private static final DescribedPredicate<JavaClass> CORE_FACADE = resideInAPackage("org.learningstore.core")
            .as("core's facade package");
    private static final DescribedPredicate<JavaClass> CORE_SERVICES = resideInAPackage("org.learningstore.core.internal..")
            .and(not(resideInAPackage("org.learningstore.core.internal.check..")))
            .as("core's services (internal, but for its input checks)");
    private static final DescribedPredicate<JavaClass> CORE_PORTS = resideInAPackage("org.learningstore.core.port..")
            .as("core's ports");
    /** The domain records, enums and errors, with the input checks they run when built. */
    private static final DescribedPredicate<JavaClass> CORE_RECORDS = resideInAPackage("org.learningstore.core..")
            .and(not(CORE_FACADE)).and(not(CORE_SERVICES)).and(not(CORE_PORTS))
            .as("core's other packages");

    /** Inside core, from the top: the facade, the services (rules), the ports, the records. Nothing depends on a layer above it. */
    @ArchTest
    static final ArchRule core_layers_records_and_ports_below_services = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Facade").definedBy(CORE_FACADE)
            .layer("Services").definedBy(CORE_SERVICES)
            .layer("Ports").definedBy(CORE_PORTS)
            .layer("Records").definedBy(CORE_RECORDS)
            .whereLayer("Facade").mayNotBeAccessedByAnyLayer()
            .whereLayer("Services").mayOnlyBeAccessedByLayers("Facade")
            .whereLayer("Ports").mayOnlyBeAccessedByLayers("Facade", "Services");

    /** Adapters report facts (a guard not met, a key taken); which rule that breaks is for core to say. */
    @ArchTest
    static final ArchRule rule_violations_are_raised_only_in_core = noClasses()
            .that().resideOutsideOfPackage("org.learningstore.core..")
            .should().callConstructorWhere(target(owner(assignableTo(RuleViolationException.class))));

    @ArchTest
    static final ArchRule no_package_cycles = slices()
            .matching("org.learningstore.(**)")
            .should().beFreeOfCycles();

    private static boolean isInternal(JavaClass type) {
        return type.getPackageName().contains(".internal");
    }

    /** The module of a library class: core, jpa, postgres, sqlite or examples. */
    private static String moduleOf(JavaClass type) {
        String name = type.getPackageName();
        String tail = name.startsWith("org.learningstore.") ? name.substring("org.learningstore.".length()) : name;
        int dot = tail.indexOf('.');
        return dot < 0 ? tail : tail.substring(0, dot);
    }
}
