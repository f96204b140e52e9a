package io.kaiwu;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure: no cycles, no reaching into another module's internals, only the
 * declared dependencies. Also writes the module documentation (PlantUML diagrams and
 * module canvases) to {@code docs/modules}, which docs/architecture.md links to; commit
 * it when it changes.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(KaiwuApplication.class);

	@Test
	void verifiesModuleStructure() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
			.writeDocumentation();
	}

}
