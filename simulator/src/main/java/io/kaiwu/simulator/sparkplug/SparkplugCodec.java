package io.kaiwu.simulator.sparkplug;

import io.kaiwu.simulator.ValueType;
import org.eclipse.tahu.message.SparkplugBPayloadDecoder;
import org.eclipse.tahu.message.SparkplugBPayloadEncoder;
import org.eclipse.tahu.message.model.MetricDataType;
import org.eclipse.tahu.message.model.SparkplugBPayload;

/** Tahu's protobuf encoding of Sparkplug B payloads, and the simulator's value types. */
final class SparkplugCodec {

	private SparkplugCodec() {
	}

	static byte[] encode(SparkplugBPayload payload) {
		try {
			return new SparkplugBPayloadEncoder().getBytes(payload, false);
		}
		catch (Exception ex) {
			throw new IllegalArgumentException("Sparkplug payload not encodable: " + ex.getMessage(), ex);
		}
	}

	static SparkplugBPayload decode(byte[] bytes) throws Exception {
		return new SparkplugBPayloadDecoder().buildFromByteArray(bytes, null);
	}

	static MetricDataType type(ValueType type) {
		return switch (type) {
			case DOUBLE -> MetricDataType.Double;
			case LONG -> MetricDataType.Int64;
			case BOOLEAN -> MetricDataType.Boolean;
			case TEXT -> MetricDataType.String;
		};
	}

}
