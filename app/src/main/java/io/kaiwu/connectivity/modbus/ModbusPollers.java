package io.kaiwu.connectivity.modbus;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.kaiwu.connectivity.Connector;
import io.kaiwu.connectivity.ConnectorSource;
import io.kaiwu.device.CommandReplies;
import io.kaiwu.device.CommandTransport;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.shared.TenantId;
import io.kaiwu.telemetry.TelemetryIngestion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The pollers of all enabled Modbus connections of all tenants, on one small scheduled
 * pool (two threads, however many connections and registers). Starts them with Kaiwu,
 * restarts one when its connection changes. Lists them on the connectors page (each
 * tenant sees its own) and sends commands to devices that have a command mapping on an
 * open connection.
 */
@Component
class ModbusPollers implements SmartLifecycle, ConnectorSource, CommandTransport {

	private static final Logger log = LoggerFactory.getLogger(ModbusPollers.class);

	static final int THREADS = 2;

	private final ModbusConnectionRows rows;

	private final DeviceRegistry devices;

	private final ObjectProvider<TelemetryIngestion> ingestion;

	private final ObjectProvider<CommandReplies> replies;

	private final JsonMapper json;

	private final Map<UUID, ModbusPoller> pollers = new ConcurrentHashMap<>();

	private volatile @Nullable ScheduledThreadPoolExecutor scheduler;

	ModbusPollers(ModbusConnectionRows rows, DeviceRegistry devices, ObjectProvider<TelemetryIngestion> ingestion,
			ObjectProvider<CommandReplies> replies, JsonMapper json) {
		this.rows = rows;
		this.devices = devices;
		this.ingestion = ingestion;
		this.replies = replies;
		this.json = json;
	}

	@Override
	public synchronized void start() {
		if (this.scheduler != null) {
			return;
		}
		AtomicInteger threads = new AtomicInteger();
		ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(THREADS, (runnable) -> {
			Thread thread = new Thread(runnable, "kaiwu-modbus-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		pool.setRemoveOnCancelPolicy(true);
		this.scheduler = pool;
		List<ModbusConnection> enabled = this.rows.allEnabled();
		enabled.forEach(this::apply);
		log.info("Polling {} Modbus TCP connections", enabled.size());
	}

	@Override
	public synchronized void stop() {
		ScheduledThreadPoolExecutor pool = this.scheduler;
		this.scheduler = null;
		this.pollers.values().forEach(ModbusPoller::stop);
		this.pollers.clear();
		if (pool != null) {
			pool.shutdownNow();
			try {
				pool.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

	/** Starts, restarts or stops the poller of a connection after it changed. */
	synchronized void apply(ModbusConnection connection) {
		ModbusPoller old = this.pollers.remove(connection.id());
		if (old != null) {
			old.stop();
		}
		ScheduledThreadPoolExecutor pool = this.scheduler;
		if (pool == null || !connection.enabled()) {
			return;
		}
		ModbusPoller poller = new ModbusPoller(connection, pool, this.devices, this.ingestion.getObject(),
				(key, id, payload) -> this.replies.getObject().commandReplied(key, id, payload), this.json);
		this.pollers.put(connection.id(), poller);
		poller.start();
	}

	/** Stops the poller of a deleted connection. */
	synchronized void remove(UUID connection) {
		ModbusPoller old = this.pollers.remove(connection);
		if (old != null) {
			old.stop();
		}
	}

	/** The poller of a connection, if it runs. */
	Optional<ModbusPoller> poller(UUID connection) {
		return Optional.ofNullable(this.pollers.get(connection));
	}

	/** The pollers of one tenant. */
	@Override
	public List<Connector> connectors(TenantId tenant) {
		return this.pollers.values()
			.stream()
			.filter((p) -> p.connection().tenant().equals(tenant))
			.sorted(java.util.Comparator.comparing(ModbusPoller::name))
			.map(Connector.class::cast)
			.toList();
	}

	@Override
	public List<Connector> connectorsOfAllTenants() {
		return List.copyOf(this.pollers.values());
	}

	@Override
	public boolean canReach(String deviceKey) {
		return this.pollers.values().stream().anyMatch((p) -> p.canReach(deviceKey));
	}

	@Override
	public void send(String deviceKey, UUID commandId, String service, Map<String, Object> params) {
		ModbusPoller poller = this.pollers.values()
			.stream()
			.filter((p) -> p.canReach(deviceKey))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No open Modbus connection reaches " + deviceKey));
		poller.send(deviceKey, commandId, service, params, this.devices.findByKey(deviceKey));
	}

}
