package io.kaiwu.simulator.sparkplug;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import io.kaiwu.simulator.CommandSink;
import org.eclipse.tahu.message.model.Metric;
import org.eclipse.tahu.message.model.MetricDataType;
import org.eclipse.tahu.message.model.SparkplugBPayload;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SparkplugCommandsTests {

	private static Metric metric(String name, MetricDataType type, Object value) throws Exception {
		return new Metric.MetricBuilder(name, type, value).createMetric();
	}

	@Test
	void aDcmdRunsTheServiceWithItsParametersAndTheReplyNamesTheCommand() throws Exception {
		List<String> applied = new ArrayList<>();
		SparkplugCommands commands = new SparkplugCommands((device, service, params) -> {
			applied.add(device + " " + service + " " + params);
			return new CommandSink.CommandOutcome(true, "done");
		});
		SparkplugBPayload dcmd = new SparkplugBPayload(new Date(),
				List.of(metric("Kaiwu/Service", MetricDataType.String, "setSpeed"),
						metric("Kaiwu/CommandId", MetricDataType.String, "c-1"),
						metric("value", MetricDataType.Int32, 42)));
		// through the wire format, as the outlet receives it
		SparkplugBPayload received = SparkplugCodec.decode(SparkplugCodec.encode(dcmd));

		Map<String, Object> reply = commands.run("press-1", received);

		assertThat(applied).containsExactly("press-1 setSpeed {value=42}");
		assertThat(reply).containsExactly(Map.entry("Kaiwu/CommandId", "c-1"), Map.entry("Kaiwu/CommandOk", true),
				Map.entry("Kaiwu/CommandMessage", "done"));
	}

	@Test
	void aFailingPlantAnswersNotOkAndADcmdWithoutAServiceIsIgnored() throws Exception {
		SparkplugCommands commands = new SparkplugCommands((device, service, params) -> {
			throw new IllegalStateException("motor jammed");
		});
		Map<String, Object> reply = commands.run("press-1",
				new SparkplugBPayload(new Date(), List.of(metric("Kaiwu/Service", MetricDataType.String, "start"))));
		assertThat(reply).containsEntry("Kaiwu/CommandOk", false).containsEntry("Kaiwu/CommandMessage", "motor jammed");
		assertThat(commands.run("press-1",
				new SparkplugBPayload(new Date(), List.of(metric("value", MetricDataType.Int32, 1)))))
			.isEmpty();
	}

}
