package io.kaiwu.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.kaiwu.simulator.modbus.ModbusOutlet;
import io.kaiwu.simulator.modbus.RegisterEntry;
import io.kaiwu.simulator.opcua.OpcUaOutlet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running virtual factory: every {@code period} of real time it ticks the plant by
 * {@code period × acceleration} of plant time and hands each outlet its devices' samples.
 * Ticks are of fixed size, so a run of a seed is the same however the scheduler jitters.
 * Run it on its own with {@link SimulatorMain}; Kaiwu's demo embeds it.
 */
public final class Simulator implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Simulator.class);

	private final VirtualFactory plant;

	private final Map<Protocol, Outlet> outlets;

	private final ScheduledExecutorService clock;

	private final Map<String, Protocol> protocols = new HashMap<>();

	private Simulator(VirtualFactory plant, Map<Protocol, Outlet> outlets, ScheduledExecutorService clock) {
		this.plant = plant;
		this.outlets = outlets;
		this.clock = clock;
		for (SimulatedDevice device : plant.devices()) {
			this.protocols.put(device.key(), device.protocol());
		}
	}

	/**
	 * Starts the outlets for the plant's protocols and the plant clock.
	 * @param plant the plant.
	 * @param outlets which outlets carry which protocol.
	 * @param settings what the outlets need.
	 * @param period real time between ticks (1 s by default).
	 * @param acceleration plant time per real time (60 means a real second is a plant
	 * minute).
	 * @throws Exception when an outlet cannot start; the ones started are closed again.
	 */
	public static Simulator start(VirtualFactory plant, Outlets outlets, OutletSettings settings, Duration period,
			double acceleration) throws Exception {
		if (period.isNegative() || period.isZero() || !(acceleration > 0)) {
			throw new IllegalArgumentException("The period and the acceleration must be positive");
		}
		Duration step = Duration.ofNanos(Math.round(period.toNanos() * acceleration));
		Map<Protocol, List<SimulatedDevice>> byProtocol = new EnumMap<>(Protocol.class);
		for (SimulatedDevice device : plant.devices()) {
			byProtocol.computeIfAbsent(device.protocol(), (p) -> new ArrayList<>()).add(device);
		}
		Map<Protocol, Outlet> started = new EnumMap<>(Protocol.class);
		try {
			for (Map.Entry<Protocol, List<SimulatedDevice>> group : byProtocol.entrySet()) {
				Outlet outlet = outlets.create(group.getKey(), settings).orElse(null);
				if (outlet == null) {
					log.info("{} devices of {} are simulated but have no outlet", group.getValue().size(),
							group.getKey());
					continue;
				}
				started.put(group.getKey(), outlet);
				outlet.start(group.getValue(), plant);
			}
		}
		catch (Exception ex) {
			started.values().forEach(Outlet::close);
			throw ex;
		}
		ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "kaiwu-sim-clock");
			thread.setDaemon(true);
			return thread;
		});
		Simulator simulator = new Simulator(plant, started, clock);
		clock.scheduleAtFixedRate(() -> simulator.tick(step), period.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
		log.info("Virtual factory running: seed {}, plant time {}, {} devices, {}× acceleration, outlets {}",
				plant.seed(), plant.now(), plant.devices().size(), acceleration, started.keySet());
		return simulator;
	}

	/**
	 * The running outlet of a protocol, for example to read the Modbus register layout.
	 */
	public Optional<Outlet> outlet(Protocol protocol) {
		return Optional.ofNullable(this.outlets.get(protocol));
	}

	/** The endpoint URL of the running OPC UA server, empty without one. */
	public Optional<String> opcUaEndpoint() {
		return outlet(Protocol.OPC_UA).filter(OpcUaOutlet.class::isInstance)
			.map((o) -> ((OpcUaOutlet) o).endpointUrl());
	}

	/**
	 * The OPC UA node id (text form) of a device's property in the simulator's server.
	 */
	public static String opcUaNodeId(String deviceKey, String property) {
		return "ns=" + OpcUaOutlet.NAMESPACE_INDEX + ";s=" + OpcUaOutlet.nodeKey(deviceKey, property);
	}

	/** The port of the running Modbus TCP server, empty without one. */
	public OptionalInt modbusPort() {
		return outlet(Protocol.MODBUS_TCP).filter(ModbusOutlet.class::isInstance)
			.map((o) -> OptionalInt.of(((ModbusOutlet) o).boundPort()))
			.orElse(OptionalInt.empty());
	}

	/**
	 * A device's register map in the running Modbus TCP server, as the CSV lines of a
	 * Kaiwu register map (docs/modbus.md); empty without a server or for a device it does
	 * not serve.
	 */
	public List<String> modbusRegisterLines(String deviceKey) {
		return outlet(Protocol.MODBUS_TCP).filter(ModbusOutlet.class::isInstance)
			.map((o) -> ((ModbusOutlet) o).registerMap(deviceKey).stream().map(RegisterEntry::csv).toList())
			.orElse(List.of());
	}

	/** The plant, for triggering faults or reading its clock. */
	public VirtualFactory plant() {
		return this.plant;
	}

	private void tick(Duration step) {
		try {
			List<Sample> samples = this.plant.tick(step);
			for (Map.Entry<Protocol, Outlet> outlet : this.outlets.entrySet()) {
				List<Sample> mine = samples.stream()
					.filter((s) -> this.protocols.get(s.deviceKey()) == outlet.getKey())
					.toList();
				try {
					outlet.getValue().publish(mine);
				}
				catch (RuntimeException ex) {
					log.warn("The {} outlet failed to publish", outlet.getKey(), ex);
				}
			}
		}
		catch (RuntimeException ex) {
			log.error("A tick of the virtual factory failed", ex);
		}
	}

	/** Stops the clock and closes every outlet. */
	@Override
	public void close() {
		this.clock.shutdownNow();
		try {
			this.clock.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		for (Outlet outlet : this.outlets.values()) {
			try {
				outlet.close();
			}
			catch (RuntimeException ex) {
				log.warn("The {} outlet did not close cleanly", outlet.protocol(), ex);
			}
		}
		log.info("Virtual factory stopped at plant time {}", this.plant.now());
	}

}
