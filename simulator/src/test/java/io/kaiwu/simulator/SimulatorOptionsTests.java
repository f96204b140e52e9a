package io.kaiwu.simulator;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The standalone simulator reads its options from arguments, then the environment. */
class SimulatorOptionsTests {

	@Test
	void defaultsAreTheLocalBrokerRealTimeAndTheStandardPorts() {
		SimulatorOptions options = SimulatorOptions.parse(List.of(), Map.of());
		assertThat(options.broker()).isEqualTo(URI.create("tcp://127.0.0.1:1883"));
		assertThat(options.seed()).isEqualTo(1);
		assertThat(options.acceleration()).isEqualTo(1.0);
		assertThat(options.period()).isEqualTo(Duration.ofSeconds(1));
		assertThat(options.opcUaPort()).isEqualTo(4840);
		assertThat(options.modbusPort()).isEqualTo(5020);
		assertThat(options.scheduledFaults()).isTrue();
		assertThat(options.secrets()).isEmpty();
	}

	@Test
	void argumentsWinOverTheEnvironment(@TempDir Path dir) throws Exception {
		Path secrets = dir.resolve("secrets.csv");
		Files.writeString(secrets, "deviceKey,secret\n# from Kaiwu\ndemo-cnc-01, s3cr3t\n\ndemo-cnc-02,other\n");
		SimulatorOptions options = SimulatorOptions.parse(
				List.of("--seed=42", "--acceleration=60", "--start=2026-11-23T00:00:00Z", "--secrets=" + secrets),
				Map.of("KAIWU_SIM_SEED", "7", "KAIWU_SIM_OPCUA_PORT", "14840", "KAIWU_SIM_MODBUS_PORT", "15020",
						"KAIWU_SIM_BROKER", "tcp://broker:11883", "KAIWU_SIM_PERIOD", "0.5"));
		assertThat(options.seed()).isEqualTo(42);
		assertThat(options.acceleration()).isEqualTo(60.0);
		assertThat(options.start()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
		assertThat(options.period()).isEqualTo(Duration.ofMillis(500));
		assertThat(options.outletSettings().opcUaPort()).isEqualTo(14840);
		assertThat(options.outletSettings().modbusPort()).isEqualTo(15020);
		assertThat(options.outletSettings().mqttBroker()).isEqualTo(URI.create("tcp://broker:11883"));
		assertThat(options.secrets())
			.containsExactlyInAnyOrderEntriesOf(Map.of("demo-cnc-01", "s3cr3t", "demo-cnc-02", "other"));
	}

	@Test
	void anUnusableOptionIsNamed(@TempDir Path dir) throws Exception {
		assertThatIllegalArgumentException().isThrownBy(() -> SimulatorOptions.parse(List.of("--seed=many"), Map.of()))
			.withMessageContaining("--seed")
			.withMessageContaining("KAIWU_SIM_SEED");
		assertThatIllegalArgumentException().isThrownBy(() -> SimulatorOptions.parse(List.of("seed"), Map.of()))
			.withMessageContaining("--name=value");
		Path broken = dir.resolve("broken.csv");
		Files.writeString(broken, "demo-cnc-01\n");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SimulatorOptions.parse(List.of("--secrets=" + broken), Map.of()))
			.withMessageContaining("line 1");
	}

}
