package org.learningstore.examples;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

    @ArchTest
    static final ArchRule adapters_use_core_through_its_ports_not_its_internals = noClasses()
            .that().resideOutsideOfPackage("org.learningstore.core..")
            .should().dependOnClassesThat().resideInAPackage("org.learningstore.core.internal..");

    /** Adapters report facts (a guard not met, a key taken); which rule that breaks is for core to say. */
    @ArchTest
    static final ArchRule rule_violations_are_raised_only_in_core = noClasses()
            .that().resideOutsideOfPackage("org.learningstore.core..")
            .should().callConstructorWhere(target(owner(assignableTo(RuleViolationException.class))));

    @ArchTest
    static final ArchRule no_package_cycles = slices()
            .matching("org.learningstore.(**)")
            .should().beFreeOfCycles();
}
