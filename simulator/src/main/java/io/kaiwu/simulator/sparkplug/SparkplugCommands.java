package io.kaiwu.simulator.sparkplug;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.simulator.CommandSink;
import org.eclipse.tahu.message.model.Metric;
import org.eclipse.tahu.message.model.MetricDataType;
import org.eclipse.tahu.message.model.SparkplugBPayload;

/**
 * Kaiwu's convention for commands over Sparkplug (docs/sparkplug.md). A DCMD carries
 * {@code Kaiwu/Service} (String, the service identifier), {@code Kaiwu/CommandId}
 * (String) and one metric per parameter, named as the parameter. The device answers with
 * a DDATA of the three reply metrics, declared in its DBIRTH: {@code Kaiwu/CommandId},
 * {@code Kaiwu/CommandOk} (Boolean) and {@code Kaiwu/CommandMessage} (String).
 */
final class SparkplugCommands {

	static final String SERVICE = "Kaiwu/Service";

	static final String COMMAND_ID = "Kaiwu/CommandId";

	static final String OK = "Kaiwu/CommandOk";

	static final String MESSAGE = "Kaiwu/CommandMessage";

	static final List<String> REPLY_METRICS = List.of(COMMAND_ID, OK, MESSAGE);

	private final CommandSink sink;

	SparkplugCommands(CommandSink sink) {
		this.sink = sink;
	}

	static MetricDataType replyType(String metric) {
		return OK.equals(metric) ? MetricDataType.Boolean : MetricDataType.String;
	}

	/**
	 * Runs the command a DCMD carries.
	 * @return the reply metrics by name; empty when the DCMD names no service.
	 */
	Map<String, Object> run(String deviceKey, SparkplugBPayload command) {
		String service = null;
		String id = "";
		Map<String, Object> params = new LinkedHashMap<>();
		for (Metric metric : command.getMetrics()) {
			String name = metric.getName();
			if (name == null) {
				continue;
			}
			if (SERVICE.equals(name)) {
				service = String.valueOf(metric.getValue());
			}
			else if (COMMAND_ID.equals(name)) {
				id = String.valueOf(metric.getValue());
			}
			else if (metric.getValue() != null) {
				params.put(name, metric.getValue());
			}
		}
		if (service == null) {
			return Map.of();
		}
		CommandSink.CommandOutcome outcome;
		try {
			outcome = this.sink.apply(deviceKey, service, params);
		}
		catch (RuntimeException ex) {
			outcome = new CommandSink.CommandOutcome(false, String.valueOf(ex.getMessage()));
		}
		Map<String, Object> reply = new LinkedHashMap<>();
		reply.put(COMMAND_ID, id);
		reply.put(OK, outcome.ok());
		reply.put(MESSAGE, outcome.message());
		return reply;
	}

}
