package io.kaiwu.demoplant;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import io.kaiwu.connectivity.MqttEndpoint;
import io.kaiwu.connectivity.SparkplugEdgeNodes;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.simulator.OutletSettings;
import io.kaiwu.simulator.Outlets;
import io.kaiwu.simulator.Protocol;
import io.kaiwu.simulator.SimulatedDevice;
import io.kaiwu.simulator.Simulator;
import io.kaiwu.simulator.VirtualFactory;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * Runs the virtual factory against this Kaiwu: after start-up (when the demo tenant has
 * been seeded) with the settings of {@code kaiwu.demo-plant}, or on demand with
 * {@link #start}. Only one plant runs at a time; it stops before the broker does.
 */
public class DemoPlant {

	private static final Logger log = LoggerFactory.getLogger(DemoPlant.class);

	private final DemoPlantSettings settings;

	private final DeviceRegistry devices;

	private final ObjectProvider<MqttEndpoint> broker;

	private final DemoConnections connections;

	private @Nullable Simulator running;

	DemoPlant(DemoPlantSettings settings, DeviceRegistry devices, ObjectProvider<MqttEndpoint> broker,
			DemoConnections connections) {
		this.settings = settings;
		this.devices = devices;
		this.broker = broker;
		this.connections = connections;
	}

	@EventListener(ApplicationReadyEvent.class)
	void startAfterStartUp() {
		if (!this.settings.enabled()) {
			return;
		}
		VirtualFactory plant = VirtualFactory.demoPlant(this.settings.seed(),
				Instant.now().truncatedTo(ChronoUnit.SECONDS));
		try {
			start(plant, Outlets.standard(), this.settings.period(), this.settings.acceleration());
		}
		catch (Exception | LinkageError ex) {
			// the demo plant is a demo: Kaiwu runs on without it
			log.warn("The demo plant did not start: {}", ex.getMessage(), ex);
		}
	}

	/**
	 * Gives the plant's devices that Kaiwu knows fresh secrets and starts the plant with
	 * these outlets against the embedded broker.
	 * @param plant the plant, for example {@code VirtualFactory.demoPlant(seed, now)}.
	 * @param outlets the outlets to expose it through.
	 * @param period real time between ticks.
	 * @param acceleration plant time per real time.
	 * @return the running simulator.
	 * @throws IllegalStateException when a plant runs already or the broker does not run.
	 * @throws Exception when an outlet cannot start.
	 */
	public Simulator start(VirtualFactory plant, Outlets outlets, Duration period, double acceleration)
			throws Exception {
		return start(plant, outlets, period, acceleration, this.settings.opcUaPort(), this.settings.modbusPort());
	}

	/**
	 * Like {@link #start(VirtualFactory, Outlets, Duration, double)}, with the ports of
	 * the simulator's OPC UA and Modbus TCP servers (0 for free ones). The demo tenant is
	 * connected to them, and its Sparkplug B gateway registered, as an engineer would do
	 * on the connectors pages.
	 */
	public synchronized Simulator start(VirtualFactory plant, Outlets outlets, Duration period, double acceleration,
			int opcUaPort, int modbusPort) throws Exception {
		if (this.running != null) {
			throw new IllegalStateException("The demo plant runs already");
		}
		MqttEndpoint endpoint = this.broker.getIfAvailable();
		URI mqtt = (endpoint == null) ? null : endpoint.localUri().orElse(null);
		if (mqtt == null) {
			throw new IllegalStateException("The embedded MQTT broker does not run (kaiwu.mqtt.enabled)");
		}
		Map<String, String> secrets = new LinkedHashMap<>();
		int unknown = 0;
		for (SimulatedDevice device : plant.devices()) {
			if (device.protocol() != Protocol.MQTT_JSON || !outlets.has(device.protocol())) {
				continue; // the other protocols reach Kaiwu through connections, not
							// device secrets
			}
			String secret = this.devices.issueSecret(device.key()).orElse(null);
			if (secret == null) {
				unknown++;
			}
			else {
				secrets.put(device.key(), secret);
			}
		}
		if (unknown > 0) {
			log.info("{} devices of the demo plant are not registered in Kaiwu and stay silent", unknown);
		}
		SparkplugEdgeNodes.Credentials gateway = outlets.has(Protocol.SPARKPLUG_B)
				? this.connections.gateway(plant.devices()).orElse(null) : null;
		OutletSettings outletSettings = new OutletSettings(mqtt, opcUaPort, modbusPort, secrets,
				(gateway != null) ? gateway.username() : "", (gateway != null) ? gateway.password() : "");
		Simulator simulator = Simulator.start(plant, outlets, outletSettings, period, acceleration);
		try {
			this.connections.connect(plant.devices(), simulator);
		}
		catch (RuntimeException ex) {
			simulator.close();
			throw ex;
		}
		this.running = simulator;
		return simulator;
	}

	/** The running simulator, or {@literal null}. */
	public synchronized @Nullable Simulator running() {
		return this.running;
	}

	/** Stops the plant, if one runs. */
	@PreDestroy
	public synchronized void stop() {
		Simulator simulator = this.running;
		this.running = null;
		if (simulator != null) {
			simulator.close();
		}
	}

	/** Before the broker stops with the other lifecycle beans. */
	@EventListener(ContextClosedEvent.class)
	void stopOnShutdown() {
		stop();
	}

}
