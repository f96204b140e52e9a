package io.kaiwu.connectivity.modbus;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.InputRegister;
import com.ghgande.j2mod.modbus.procimg.Register;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.util.BitVector;
import io.kaiwu.connectivity.Connector;
import io.kaiwu.connectivity.ConnectorStatus;
import io.kaiwu.device.CommandReplies;
import io.kaiwu.device.DataType;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.telemetry.Quality;
import io.kaiwu.telemetry.Reading;
import io.kaiwu.telemetry.Rejection;
import io.kaiwu.telemetry.TelemetryIngestion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Polls one Modbus TCP connection on the shared scheduler: each poll reads the register
 * map in as few requests as {@link ReadBlock#plan} allows, decodes the values and hands
 * one reading per device, stamped with the poll's start, to ingestion. A block answered
 * with a Modbus exception rejects its properties into the dead-letter list with the
 * exception; the other blocks are stored. A lost or refused connection marks the map's
 * devices offline and is retried after 1 s, doubling to 60 s; a poll that succeeds resets
 * the back-off. Commands are written on the same scheduler.
 */
class ModbusPoller implements Connector {

	private static final Logger log = LoggerFactory.getLogger(ModbusPoller.class);

	static final Duration FIRST_RETRY = Duration.ofSeconds(1);

	static final Duration LONGEST_RETRY = Duration.ofSeconds(60);

	static final String CONNECTOR = "modbus";

	private final ModbusConnection connection;

	private final ScheduledExecutorService scheduler;

	private final DeviceRegistry devices;

	private final TelemetryIngestion ingestion;

	private final CommandReplies replies;

	private final JsonMapper json;

	private final List<ReadBlock> plan;

	private final Set<String> deviceKeys = new LinkedHashSet<>();

	private final AtomicLong received = new AtomicLong();

	private final AtomicLong errors = new AtomicLong();

	private volatile @Nullable ModbusTCPMaster master;

	private volatile boolean stopped;

	private volatile boolean everConnected;

	private volatile @Nullable String lastError;

	private volatile @Nullable Instant lastErrorAt;

	private Duration backoff = FIRST_RETRY;

	private @Nullable ScheduledFuture<?> next;

	ModbusPoller(ModbusConnection connection, ScheduledExecutorService scheduler, DeviceRegistry devices,
			TelemetryIngestion ingestion, CommandReplies replies, JsonMapper json) {
		this.connection = connection;
		this.scheduler = scheduler;
		this.devices = devices;
		this.ingestion = ingestion;
		this.replies = replies;
		this.json = json;
		this.plan = ReadBlock.plan(connection.registers(), connection.unitId());
		connection.registers().forEach((m) -> this.deviceKeys.add(m.deviceKey()));
		connection.commands().forEach((m) -> this.deviceKeys.add(m.deviceKey()));
	}

	ModbusConnection connection() {
		return this.connection;
	}

	/** The read requests of one poll. */
	List<ReadBlock> plan() {
		return this.plan;
	}

	@Override
	public String name() {
		return CONNECTOR + ":" + this.connection.name();
	}

	@Override
	public ConnectorStatus status() {
		boolean connected = this.master != null;
		ConnectorStatus.State state = this.stopped ? ConnectorStatus.State.STOPPED
				: connected ? ConnectorStatus.State.RUNNING
						: (this.lastError != null) ? ConnectorStatus.State.FAILED : ConnectorStatus.State.STOPPED;
		return new ConnectorStatus(name(), state, connected ? 1 : 0, this.received.get(), this.errors.get(),
				this.lastError, this.lastErrorAt);
	}

	/** The server's port. */
	@Override
	public OptionalInt port() {
		return OptionalInt.of(this.connection.port());
	}

	synchronized void start() {
		this.next = this.scheduler.schedule(this::run, 0, TimeUnit.MILLISECONDS);
	}

	void stop() {
		synchronized (this) {
			this.stopped = true;
			if (this.next != null) {
				this.next.cancel(false);
			}
		}
		disconnect();
	}

	/** Whether the connection is open and the device has a command mapping. */
	boolean canReach(String deviceKey) {
		return this.master != null
				&& this.connection.commands().stream().anyMatch((m) -> m.deviceKey().equals(deviceKey));
	}

	private void run() {
		if (this.stopped) {
			return;
		}
		long started = System.nanoTime();
		Duration delay;
		try {
			ModbusTCPMaster current = connect();
			poll(current);
			this.backoff = FIRST_RETRY;
			delay = this.connection.pollInterval().minusNanos(System.nanoTime() - started);
		}
		catch (Exception ex) {
			delay = this.backoff;
			this.backoff = this.backoff.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY
					: this.backoff.multipliedBy(2);
			error(describe(ex) + "; retrying in " + delay.toSeconds() + " s");
			log.debug("Modbus connection {} failed", name(), ex);
			boolean wasConnected = this.master != null;
			disconnect();
			if (wasConnected) {
				markOffline();
			}
		}
		synchronized (this) {
			if (!this.stopped) {
				this.next = this.scheduler.schedule(this::run, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
			}
		}
	}

	private ModbusTCPMaster connect() throws Exception {
		ModbusTCPMaster current = this.master;
		if (current != null) {
			return current;
		}
		ModbusTCPMaster created = new ModbusTCPMaster(this.connection.host(), this.connection.port(),
				(int) this.connection.timeout().toMillis(), false);
		created.setRetries(1);
		created.connect();
		if (this.stopped) {
			created.disconnect();
			throw new IllegalStateException("stopped");
		}
		this.master = created;
		if (this.everConnected) {
			log.info("Modbus connection {} to {}:{} is back", name(), this.connection.host(), this.connection.port());
		}
		this.everConnected = true;
		return created;
	}

	private void disconnect() {
		ModbusTCPMaster current = this.master;
		this.master = null;
		if (current != null) {
			try {
				current.disconnect();
			}
			catch (RuntimeException ex) {
				log.debug("Closing Modbus connection {}", name(), ex);
			}
		}
	}

	private void markOffline() {
		Instant now = Instant.now();
		for (String key : this.deviceKeys) {
			try {
				this.devices.markOffline(key, now);
			}
			catch (RuntimeException ex) {
				log.warn("Could not mark {} offline", key, ex);
			}
		}
	}

	/** One poll: every block read, every device's reading handed to ingestion. */
	private void poll(ModbusTCPMaster master) throws ModbusException {
		Instant at = Instant.now();
		Map<String, Map<String, Object>> values = new LinkedHashMap<>();
		Map<String, List<Rejection>> rejected = new LinkedHashMap<>();
		Map<String, Optional<DeviceSummary>> known = new LinkedHashMap<>();
		for (ReadBlock block : this.plan) {
			Object data;
			try {
				data = read(master, block);
				this.received.incrementAndGet();
			}
			catch (ModbusSlaveException ex) {
				String reason = "Modbus exception " + ex.getType() + " (" + ex.getMessage() + ") reading "
						+ describe(block);
				error(reason);
				for (RegisterMapping m : block.mappings()) {
					rejected.computeIfAbsent(m.deviceKey(), (k) -> new ArrayList<>())
						.add(new Rejection(m.point(), reason));
				}
				continue;
			}
			for (RegisterMapping m : block.mappings()) {
				Optional<DeviceSummary> device = known.computeIfAbsent(m.deviceKey(),
						(k) -> this.devices.findByKey(k).filter((d) -> d.tenant().equals(this.connection.tenant())));
				Optional<PropertyDefinition> property = device.flatMap((d) -> d.thingModel().property(m.point()));
				try {
					Object value = decode(block, data, m, property.map(PropertyDefinition::dataType).orElse(null),
							property.map(PropertyDefinition::enumValues).orElse(List.of()));
					values.computeIfAbsent(m.deviceKey(), (k) -> new LinkedHashMap<>()).put(m.point(), value);
				}
				catch (ArithmeticException | IndexOutOfBoundsException ex) {
					rejected.computeIfAbsent(m.deviceKey(), (k) -> new ArrayList<>())
						.add(new Rejection(m.point(), ex.getMessage() + " at " + describe(m)));
				}
			}
		}
		Set<String> readDevices = new LinkedHashSet<>(values.keySet());
		readDevices.addAll(rejected.keySet());
		for (String key : readDevices) {
			Map<String, Object> deviceValues = values.getOrDefault(key, Map.of());
			List<Reading> readings = deviceValues.isEmpty() ? List.of()
					: List.of(new Reading(at, deviceValues, Quality.GOOD));
			List<Rejection> rejections = rejected.getOrDefault(key, List.of());
			Optional<DeviceSummary> device = known.computeIfAbsent(key,
					(k) -> this.devices.findByKey(k).filter((d) -> d.tenant().equals(this.connection.tenant())));
			if (device.isEmpty()) {
				error("no device " + key + " in this tenant");
				continue;
			}
			try {
				this.ingestion.ingest(key, readings, CONNECTOR, rejections);
			}
			catch (RuntimeException ex) {
				error("storing the values of " + key + " failed: " + ex.getMessage());
				log.warn("Ingesting Modbus values of {} failed", key, ex);
			}
		}
	}

	private static Object read(ModbusTCPMaster master, ReadBlock block) throws ModbusException {
		return switch (block.table()) {
			case COIL -> master.readCoils(block.unitId(), block.start(), block.count());
			case DISCRETE_INPUT -> master.readInputDiscretes(block.unitId(), block.start(), block.count());
			case HOLDING_REGISTER -> words(master.readMultipleRegisters(block.unitId(), block.start(), block.count()));
			case INPUT_REGISTER -> words(master.readInputRegisters(block.unitId(), block.start(), block.count()));
		};
	}

	private static int[] words(InputRegister[] registers) {
		int[] words = new int[registers.length];
		for (int i = 0; i < registers.length; i++) {
			words[i] = registers[i].toUnsignedShort();
		}
		return words;
	}

	/**
	 * A mapping's value out of its block: a boolean for a bit, the enumeration value at
	 * the index for an ENUM property, otherwise raw × scale + offset.
	 */
	static Object decode(ReadBlock block, Object data, RegisterMapping m, @Nullable DataType property,
			List<String> enumValues) {
		int index = m.address() - block.start();
		if (data instanceof BitVector bits) {
			return bits.getBit(index);
		}
		int[] all = (int[]) data;
		int[] words = java.util.Arrays.copyOfRange(all, index, index + m.type().words());
		double value = RegisterCodec.value(words, m.type(), m.order(), m.scale(), m.offset());
		if (property == DataType.ENUM) {
			if (value != Math.rint(value) || value < 0 || value >= enumValues.size()) {
				throw new IndexOutOfBoundsException("enumeration index " + RegisterCodec.raw(words, m.type(), m.order())
						+ " is not one of 0.." + (enumValues.size() - 1) + " " + enumValues);
			}
			return enumValues.get((int) value);
		}
		return value;
	}

	/**
	 * Writes a command's parameters (contiguous holding registers of a unit in one
	 * request), then reports the outcome to {@link CommandReplies}.
	 */
	void send(String deviceKey, UUID commandId, String service, Map<String, Object> params,
			Optional<DeviceSummary> device) {
		List<RegisterMapping> mappings = this.connection.commands()
			.stream()
			.filter((m) -> m.deviceKey().equals(deviceKey) && m.point().startsWith(service + ".")
					&& params.containsKey(m.point().substring(service.length() + 1)))
			.sorted(Comparator.<RegisterMapping>comparingInt((m) -> m.unit(this.connection.unitId()))
				.thenComparing(RegisterMapping::table)
				.thenComparingInt(RegisterMapping::address))
			.toList();
		this.scheduler.execute(() -> {
			Map<String, Object> reply = new LinkedHashMap<>();
			try {
				if (mappings.isEmpty()) {
					throw new IllegalStateException(
							"no Modbus command mapping for service " + service + " of " + deviceKey);
				}
				reply.put("ok", true);
				reply.put("result", Map.of("written", write(mappings, service, params, device)));
			}
			catch (ModbusSlaveException ex) {
				reply.put("ok", false);
				reply.put("error", "Modbus exception " + ex.getType() + " (" + ex.getMessage() + ")");
			}
			catch (Exception ex) {
				reply.put("ok", false);
				reply.put("error", describe(ex));
			}
			this.replies.commandReplied(deviceKey, commandId,
					this.json.writeValueAsString(reply).getBytes(StandardCharsets.UTF_8));
		});
	}

	private int write(List<RegisterMapping> mappings, String service, Map<String, Object> params,
			Optional<DeviceSummary> device) throws ModbusException {
		ModbusTCPMaster current = this.master;
		if (current == null) {
			throw new IllegalStateException("the Modbus connection " + this.connection.name() + " is not open");
		}
		int written = 0;
		int i = 0;
		while (i < mappings.size()) {
			RegisterMapping first = mappings.get(i);
			int unit = first.unit(this.connection.unitId());
			Object value = params.get(parameter(first, service));
			if (first.table() == RegisterTable.COIL) {
				current.writeCoil(unit, first.address(), Boolean.TRUE.equals(value));
				written++;
				i++;
				continue;
			}
			List<Register> run = new ArrayList<>();
			int end = first.address();
			while (i < mappings.size() && mappings.get(i).table() == RegisterTable.HOLDING_REGISTER
					&& mappings.get(i).unit(this.connection.unitId()) == unit && mappings.get(i).address() == end) {
				RegisterMapping m = mappings.get(i);
				for (int word : RegisterCodec.words(number(m, params.get(parameter(m, service)), device), m.type(),
						m.order(), m.scale(), m.offset())) {
					run.add(new SimpleRegister(word));
				}
				end = m.lastAddress() + 1;
				i++;
			}
			current.writeMultipleRegisters(unit, first.address(), run.toArray(new Register[0]));
			written += run.size();
		}
		return written;
	}

	private static String parameter(RegisterMapping m, String service) {
		return m.point().substring(service.length() + 1);
	}

	/** A parameter as a number: an ENUM value as its index. */
	private static double number(RegisterMapping m, @Nullable Object value, Optional<DeviceSummary> device) {
		if (value instanceof Number n) {
			return n.doubleValue();
		}
		if (value instanceof Boolean b) {
			return b ? 1 : 0;
		}
		int dot = m.point().indexOf('.');
		List<String> values = device.flatMap((d) -> d.thingModel().service(m.point().substring(0, dot)))
			.flatMap((s) -> s.inputs()
				.stream()
				.filter((p) -> p.identifier().equals(m.point().substring(dot + 1)))
				.findFirst())
			.map((p) -> p.enumValues())
			.orElse(List.of());
		int index = values.indexOf(String.valueOf(value));
		if (index < 0) {
			throw new IllegalArgumentException("cannot write " + value + " to " + describe(m));
		}
		return index;
	}

	private void error(String message) {
		this.errors.incrementAndGet();
		this.lastError = message;
		this.lastErrorAt = Instant.now();
	}

	private String describe(Exception ex) {
		String message = (ex.getMessage() == null) ? ex.getClass().getSimpleName() : ex.getMessage();
		return this.connection.host() + ":" + this.connection.port() + ": " + message;
	}

	private static String describe(ReadBlock block) {
		return block.table().name().toLowerCase(java.util.Locale.ROOT) + " " + block.start() + ".."
				+ (block.start() + block.count() - 1) + " of unit " + block.unitId();
	}

	private static String describe(RegisterMapping m) {
		return m.table().name().toLowerCase(java.util.Locale.ROOT) + " " + m.address();
	}

}
