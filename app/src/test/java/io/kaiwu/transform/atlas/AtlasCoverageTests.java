package io.kaiwu.transform.atlas;

import java.util.List;

import io.kaiwu.shared.ScenarioCoverage;
import io.kaiwu.shared.ScenarioCoverage.State;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the reports of several modules on one scenario combine into its coverage. */
class AtlasCoverageTests {

	final Scenario equipment = new ScenarioAtlas().pack(ScenarioAtlas.GENERAL)
		.orElseThrow()
		.scenario("OPS-01")
		.orElseThrow();

	@Test
	void aScenarioNoModuleReportsOnWaitsForItsModule() {
		Coverage coverage = AtlasCoverage.combined(this.equipment, List.of());
		assertThat(coverage.state()).isEqualTo(State.NOT_STARTED);
		assertThat(coverage.reasonKey()).isEqualTo("atlas.coverage.module-missing");
		assertThat(coverage.reasonArgs()).containsExactly("equipment");
		assertThat(coverage.sources()).isEmpty();
	}

	@Test
	void theFurthestModuleGivesTheStateAndTheReason() {
		ScenarioCoverage alarm = new ScenarioCoverage("OPS-01", "alarm", State.CONFIGURED, "a", List.of("1"));
		ScenarioCoverage health = new ScenarioCoverage("OPS-01", "health", State.NOT_STARTED, "h", List.of());
		ScenarioCoverage equipment = new ScenarioCoverage("OPS-01", "equipment", State.LIVE, "e", List.of("2", "3"));
		ScenarioCoverage maintenance = new ScenarioCoverage("OPS-01", "maintenance", State.CONFIGURED, "m", List.of());
		Coverage coverage = AtlasCoverage.combined(this.equipment, List.of(alarm, health, equipment, maintenance));
		assertThat(coverage.state()).isEqualTo(State.LIVE);
		assertThat(coverage.reasonKey()).isEqualTo("e");
		assertThat(coverage.reasonArgs()).containsExactly("2", "3");
		assertThat(coverage.sources()).containsExactly(equipment, alarm, maintenance, health);
	}

	@Test
	void modulesThatHaveNotStartedLeaveTheScenarioNotStartedWithTheirReason() {
		ScenarioCoverage alarm = new ScenarioCoverage("OPS-01", "alarm", State.NOT_STARTED, "a", List.of());
		Coverage coverage = AtlasCoverage.combined(this.equipment, List.of(alarm));
		assertThat(coverage.state()).isEqualTo(State.NOT_STARTED);
		assertThat(coverage.reasonKey()).isEqualTo("a");
	}

}
