package io.kaiwu.simulator.modbus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import io.kaiwu.simulator.CommandSink;
import io.kaiwu.simulator.Outlet;
import io.kaiwu.simulator.Protocol;
import io.kaiwu.simulator.Sample;
import io.kaiwu.simulator.SimulatedDevice;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's Modbus TCP server (a j2mod slave): unit id 1..n for the devices in the
 * order {@link #start} gets them, each laid out by {@link ModbusLayout}. Port
 * {@code KAIWU_SIM_MODBUS_PORT} (default 5020; 0 picks a free port, see
 * {@link #boundPort()}), bound to 127.0.0.1 unless told otherwise. For tests it can stop
 * and restart on the same port, and answer exceptions for a register range.
 */
public class ModbusOutlet implements Outlet {

	private static final Logger log = LoggerFactory.getLogger(ModbusOutlet.class);

	/** The environment variable with the port. */
	public static final String PORT_VARIABLE = "KAIWU_SIM_MODBUS_PORT";

	/** The port without {@value #PORT_VARIABLE}. */
	public static final int DEFAULT_PORT = 5020;

	private static final int CONNECTION_THREADS = 8;

	private final String bindAddress;

	private final int port;

	private final Map<String, List<ServiceRegisters>> servicesByKind;

	private final Map<String, DeviceImage> images = new LinkedHashMap<>();

	private final Map<String, ModbusLayout> layouts = new LinkedHashMap<>();

	private volatile @Nullable ModbusSlave slave;

	private volatile int boundPort = -1;

	/**
	 * An outlet.
	 * @param bindAddress the address to listen on, for example {@code 127.0.0.1}.
	 * @param port the port; 0 for a free one.
	 * @param servicesByKind per device kind, the services callable over Modbus (the
	 * command block), empty for none.
	 */
	public ModbusOutlet(String bindAddress, int port, Map<String, List<ServiceRegisters>> servicesByKind) {
		this.bindAddress = bindAddress;
		this.port = port;
		this.servicesByKind = Map.copyOf(servicesByKind);
	}

	/** An outlet on 127.0.0.1 and {@value #PORT_VARIABLE} (default 5020). */
	public static ModbusOutlet fromEnvironment(Map<String, List<ServiceRegisters>> servicesByKind) {
		String value = System.getenv(PORT_VARIABLE);
		int port = (value == null || value.isBlank()) ? DEFAULT_PORT : Integer.parseInt(value.trim());
		return new ModbusOutlet("127.0.0.1", port, servicesByKind);
	}

	@Override
	public Protocol protocol() {
		return Protocol.MODBUS_TCP;
	}

	@Override
	public synchronized void start(List<SimulatedDevice> devices, CommandSink commands) throws Exception {
		if (this.slave != null) {
			throw new IllegalStateException("The Modbus outlet runs already");
		}
		if (devices.size() > 247) {
			throw new IllegalArgumentException("Modbus has unit ids for 247 devices, not " + devices.size());
		}
		this.images.clear();
		this.layouts.clear();
		int unitId = 1;
		for (SimulatedDevice device : devices) {
			ModbusLayout layout = ModbusLayout.of(device, unitId++,
					this.servicesByKind.getOrDefault(device.kind(), List.of()));
			this.layouts.put(device.key(), layout);
			this.images.put(device.key(), new DeviceImage(layout, commands));
		}
		this.boundPort = (this.port == 0) ? freePort() : this.port;
		open();
		log.info("Modbus TCP server for {} devices on {}:{}", devices.size(), this.bindAddress, this.boundPort);
	}

	/**
	 * The port the server listens on (the one picked for port 0).
	 * @throws IllegalStateException before {@link #start}.
	 */
	public int boundPort() {
		if (this.boundPort < 0) {
			throw new IllegalStateException("The Modbus outlet has not started");
		}
		return this.boundPort;
	}

	/** The device's layout (unit id, addresses); after {@link #start}. */
	public ModbusLayout layout(String deviceKey) {
		ModbusLayout layout = this.layouts.get(deviceKey);
		if (layout == null) {
			throw new IllegalArgumentException("No Modbus device " + deviceKey);
		}
		return layout;
	}

	/** The Kaiwu register map of a device, as {@link ModbusLayout#registerMap()}. */
	public List<RegisterEntry> registerMap(String deviceKey) {
		return layout(deviceKey).registerMap();
	}

	@Override
	public void publish(List<Sample> samples) {
		for (Sample sample : samples) {
			DeviceImage image = this.images.get(sample.deviceKey());
			if (image != null) {
				try {
					image.update(sample);
				}
				catch (RuntimeException ex) {
					log.warn("Could not write the sample of {} into its registers", sample.deviceKey(), ex);
				}
			}
		}
	}

	/** Stops the server (a fault for tests); the values stay. */
	public synchronized void stopServer() {
		ModbusSlave current = this.slave;
		this.slave = null;
		if (current != null) {
			ModbusSlaveFactory.close(current);
		}
	}

	/** Starts the server again on the same port after {@link #stopServer()}. */
	public synchronized void restartServer() throws ModbusException {
		if (this.slave == null && this.boundPort >= 0) {
			open();
		}
	}

	/** Whether the server listens now. */
	public boolean running() {
		return this.slave != null;
	}

	/**
	 * Makes reads and writes of a register range of one device answer exception 2
	 * (illegal data address), until {@link #clearFault}.
	 */
	public void failRange(String deviceKey, ModbusTable table, int from, int count) {
		image(deviceKey).fail(new DeviceImage.Fault(table, from, count));
	}

	public void clearFault(String deviceKey) {
		image(deviceKey).fail(null);
	}

	private DeviceImage image(String deviceKey) {
		DeviceImage image = this.images.get(deviceKey);
		if (image == null) {
			throw new IllegalArgumentException("No Modbus device " + deviceKey);
		}
		return image;
	}

	private void open() throws ModbusException {
		ModbusSlave created;
		try {
			created = ModbusSlaveFactory.createTCPSlave(InetAddress.getByName(this.bindAddress), this.boundPort,
					CONNECTION_THREADS, false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Unknown bind address " + this.bindAddress, ex);
		}
		this.images.values().forEach((image) -> created.addProcessImage(image.getUnitID(), image));
		try {
			created.open();
		}
		catch (ModbusException ex) {
			ModbusSlaveFactory.close(created);
			throw new ModbusException("Cannot open the Modbus TCP server on " + this.bindAddress + ":" + this.boundPort
					+ " (" + PORT_VARIABLE + "): " + ex.getMessage());
		}
		this.slave = created;
	}

	private int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress(this.bindAddress, 0));
			return socket.getLocalPort();
		}
	}

	@Override
	public synchronized void close() {
		stopServer();
		this.boundPort = -1;
	}

}
