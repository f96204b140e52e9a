package io.kaiwu.masterdata;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The master-data module's own layout rules. */
class MasterdataArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.kaiwu.masterdata");

	@Test
	void theShiftCalendarKernelIsFreeOfSpring() {
		noClasses().that()
			.resideInAPackage("..calendar..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "io.kaiwu.shared..")
			.check(this.classes);
	}

	@Test
	void controllersLiveOnlyInTheWebPackage() {
		classes().that()
			.areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.should()
			.resideInAPackage("..masterdata.web..")
			.check(this.classes);
	}

}
