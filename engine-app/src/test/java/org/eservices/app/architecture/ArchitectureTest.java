package org.eservices.app.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency and naming rules of ARCHITECTURE.md and STYLE.md, checked on every
 * build.
 */
@AnalyzeClasses(packages = { "org.eservices", "db.migration" }, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule portalApiDoesNotKnowTheApp = noClasses().that()
		.resideInAPackage("org.eservices.portal..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.eservices.app..");

	@ArchTest
	static final ArchRule connectorsStandAlone = noClasses().that()
		.resideInAPackage("org.eservices.connectors..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.eservices.portal..", "org.eservices.app..");

	@ArchTest
	static final ArchRule portalApiDoesNotKnowTheConnectors = noClasses().that()
		.resideInAPackage("org.eservices.portal..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.eservices.connectors..");

	/** The contract the portal and the connectors share names variables, nothing more. */
	@ArchTest
	static final ArchRule theContractDependsOnNoModule = noClasses().that()
		.resideInAPackage("org.eservices.contract..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.eservices.portal..", "org.eservices.connectors..", "org.eservices.app..",
				"org.camunda..", "org.springframework..");

	/**
	 * Engine internals only where they must be: the app's engine set-up, the portal's
	 * engine hooks and the FEEL adapter.
	 */
	@ArchTest
	static final ArchRule engineInternalsStayInFewPlaces = noClasses().that()
		.resideOutsideOfPackages("org.eservices.app.engine..", "org.eservices.app.identity..",
				"org.eservices.portal.engine..")
		.and()
		.doNotHaveSimpleName("ScalaFeelEvaluator")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.camunda.bpm.engine.impl..", "org.camunda.bpm.dmn.feel.impl..");

	@ArchTest
	static final ArchRule portalFeaturesAreFreeOfCycles = slices().matching("org.eservices.portal.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule appFeaturesAreFreeOfCycles = slices().matching("org.eservices.app.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule connectorFeaturesAreFreeOfCycles = slices().matching("org.eservices.connectors.(*)..")
		.should()
		.beFreeOfCycles();

	/**
	 * A migration does today what it did when it was written: it uses no class of the
	 * application, whose later changes would change it.
	 */
	@ArchTest
	static final ArchRule migrationsUseNoApplicationClass = noClasses().that()
		.resideInAPackage("db.migration..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.eservices..");

	@ArchTest
	static final ArchRule delegatesAreNamedSo = classes().that()
		.implement(JavaDelegate.class)
		.should()
		.haveSimpleNameEndingWith("Delegate")
		.andShould()
		.beAnnotatedWith(org.springframework.stereotype.Component.class);

	@ArchTest
	static final ArchRule controllersAreNamedSo = classes().that()
		.areAnnotatedWith(RestController.class)
		.should()
		.haveSimpleNameEndingWith("Controller");

}
