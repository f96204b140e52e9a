package io.kaiwu.energy;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The energy calculation kernels are plain Java, like every other kernel: the
 * application's rule lists packages by name, these are listed here.
 */
@AnalyzeClasses(packages = "io.kaiwu.energy", importOptions = ImportOption.DoNotIncludeTests.class)
class EnergyKernelArchitectureTests {

	@ArchTest
	static final ArchRule kernelsAreFreeOfSpring = noClasses().that()
		.resideInAnyPackage("io.kaiwu.energy.metering..", "io.kaiwu.energy.tariff..", "io.kaiwu.energy.carbon..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "io.kaiwu.shared..");

}
