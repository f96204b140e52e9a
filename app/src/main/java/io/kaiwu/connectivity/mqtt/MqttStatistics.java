package io.kaiwu.connectivity.mqtt;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.kaiwu.connectivity.ConnectorStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

/**
 * The broker's counters, as Micrometer meters ({@code kaiwu.mqtt.*}) and as the
 * {@link ConnectorStatus} snapshot.
 */
class MqttStatistics {

	private final Map<String, String> connected = new ConcurrentHashMap<>();

	private final Counter refusedConnections;

	private final Counter refusedPublishes;

	private final Counter refusedSubscriptions;

	private final Counter received;

	private final Counter failed;

	private record LastError(String message, Instant at) {
	}

	private volatile @Nullable LastError lastError;

	MqttStatistics(MeterRegistry meters) {
		this.refusedConnections = Counter.builder("kaiwu.mqtt.connections.refused")
			.description("MQTT connections refused: unknown device key or wrong secret")
			.register(meters);
		this.refusedPublishes = Counter.builder("kaiwu.mqtt.authorization.refused")
			.tag("action", "publish")
			.description("MQTT publishes or subscriptions refused by the topic rules")
			.register(meters);
		this.refusedSubscriptions = Counter.builder("kaiwu.mqtt.authorization.refused")
			.tag("action", "subscribe")
			.description("MQTT publishes or subscriptions refused by the topic rules")
			.register(meters);
		this.received = Counter.builder("kaiwu.mqtt.messages.received")
			.description("MQTT telemetry messages handed to ingestion")
			.register(meters);
		this.failed = Counter.builder("kaiwu.mqtt.messages.failed")
			.description("MQTT telemetry messages whose ingestion failed (not acknowledged as a success)")
			.register(meters);
		Gauge.builder("kaiwu.mqtt.connections", this.connected, Map::size)
			.description("Devices connected to the MQTT broker")
			.register(meters);
	}

	void connected(String clientId, String deviceKey) {
		this.connected.put(clientId, deviceKey);
	}

	boolean disconnected(String clientId, String deviceKey) {
		return this.connected.remove(clientId, deviceKey);
	}

	/** The keys of the devices connected now. */
	Set<String> connectedDevices() {
		return Set.copyOf(this.connected.values());
	}

	void connectionRefused() {
		this.refusedConnections.increment();
	}

	void publishRefused() {
		this.refusedPublishes.increment();
	}

	void subscriptionRefused() {
		this.refusedSubscriptions.increment();
	}

	void received() {
		this.received.increment();
	}

	void failed(String error) {
		this.failed.increment();
		error(error);
	}

	void error(String error) {
		this.lastError = new LastError(error, Instant.now());
	}

	ConnectorStatus status(String name, ConnectorStatus.State state) {
		LastError last = this.lastError;
		long rejected = (long) (this.refusedPublishes.count() + this.refusedSubscriptions.count()
				+ this.failed.count());
		return new ConnectorStatus(name, state, this.connected.size(), (long) this.received.count(), rejected,
				(last != null) ? last.message() : null, (last != null) ? last.at() : null);
	}

}
