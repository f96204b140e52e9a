package io.kaiwu;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/** House rules that module verification does not check. */
@AnalyzeClasses(packages = "io.kaiwu", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	/** Calculation kernels (SPC, OEE, calendars, scoring, solvers) are plain Java. */
	@ArchTest
	static final ArchRule calculationCodeIsFreeOfSpring = noClasses().that()
		.resideInAnyPackage("..spc..", "..oee..", "..calendar..", "..scoring..", "..solver..", "..kernel..",
				"..aggregation..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "jakarta.servlet..")
		.allowEmptyShould(true);

	/** Controllers live only in web packages. */
	@ArchTest
	static final ArchRule controllersLiveInWebPackages = classes().that()
		.areAnnotatedWith(org.springframework.stereotype.Controller.class)
		.or()
		.areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
		.should()
		.resideInAPackage("..web..");

	/** No util or helper grab-bags. */
	@ArchTest
	static final ArchRule noUtilPackages = noClasses().should()
		.resideInAnyPackage("..util..", "..utils..", "..helper..", "..helpers..");

	/** Dependencies come through constructors, never field injection. */
	@ArchTest
	static final ArchRule noFieldInjection = noFields().should()
		.beAnnotatedWith(org.springframework.beans.factory.annotation.Autowired.class);

}
