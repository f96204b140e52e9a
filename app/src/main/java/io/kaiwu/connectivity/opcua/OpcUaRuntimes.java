package io.kaiwu.connectivity.opcua;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
 * The runtimes of all tenants' OPC UA connections: started with Kaiwu (after the web
 * server is up), restarted when a connection is saved, stopped when it is deleted. Also
 * the {@link CommandTransport} for devices mapped to a connected connection, and the
 * {@link ConnectorSource} of the connectors page.
 */
@Component
public class OpcUaRuntimes implements SmartLifecycle, ConnectorSource, CommandTransport {

	private static final Logger log = LoggerFactory.getLogger(OpcUaRuntimes.class);

	private final OpcUaConnectionRows rows;

	private final DeviceRegistry devices;

	private final ObjectProvider<TelemetryIngestion> ingestion;

	private final ObjectProvider<CommandReplies> replies;

	private final JsonMapper json;

	private final Map<UUID, ConnectionRuntime> runtimes = new ConcurrentHashMap<>();

	private volatile ConnectionRuntime.@Nullable Shared shared;

	private volatile @Nullable ScheduledExecutorService scheduler;

	OpcUaRuntimes(OpcUaConnectionRows rows, DeviceRegistry devices, ObjectProvider<TelemetryIngestion> ingestion,
			ObjectProvider<CommandReplies> replies, JsonMapper json) {
		this.rows = rows;
		this.devices = devices;
		this.ingestion = ingestion;
		this.replies = replies;
		this.json = json;
	}

	@Override
	public synchronized void start() {
		AtomicInteger threads = new AtomicInteger();
		ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, (task) -> {
			Thread thread = new Thread(task, "kaiwu-opcua-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.scheduler = scheduler;
		this.shared = new ConnectionRuntime.Shared(this.devices, this.ingestion, this.replies, scheduler,
				ClientCertificate.generate(), this.json);
		for (OpcUaConnection connection : this.rows.all()) {
			launch(connection);
		}
	}

	@Override
	public synchronized void stop() {
		this.runtimes.values().forEach(ConnectionRuntime::stop);
		this.runtimes.clear();
		this.shared = null;
		ScheduledExecutorService scheduler = this.scheduler;
		if (scheduler != null) {
			scheduler.shutdownNow();
		}
		this.scheduler = null;
	}

	@Override
	public boolean isRunning() {
		return this.shared != null;
	}

	@Override
	public int getPhase() {
		// after the web server, before nothing else: connections need the database only
		return SmartLifecycle.DEFAULT_PHASE - 512;
	}

	/**
	 * Starts, restarts or stops the runtime of a connection after it was saved or
	 * deleted.
	 */
	synchronized void reload(UUID id) {
		ConnectionRuntime old = this.runtimes.remove(id);
		if (old != null) {
			old.stop();
		}
		if (this.shared != null) {
			this.rows.findById(id).ifPresent(this::launch);
		}
	}

	/** The runtime of a connection, empty when it has none (not yet loaded). */
	public Optional<ConnectionRuntime> runtime(UUID id) {
		return Optional.ofNullable(this.runtimes.get(id));
	}

	private void launch(OpcUaConnection connection) {
		ConnectionRuntime.Shared current = this.shared;
		if (current == null) {
			return;
		}
		ConnectionRuntime runtime = new ConnectionRuntime(connection, current);
		this.runtimes.put(connection.id(), runtime);
		try {
			runtime.start();
		}
		catch (RuntimeException ex) {
			log.warn("OPC UA connection {} could not start", connection.definition().name(), ex);
		}
	}

	@Override
	public List<Connector> connectors(TenantId tenant) {
		return this.runtimes.values()
			.stream()
			.filter((r) -> r.connection().tenant().equals(tenant.value()))
			.sorted(java.util.Comparator.comparing((ConnectionRuntime r) -> r.connection().definition().name()))
			.map(Connector.class::cast)
			.toList();
	}

	@Override
	public List<Connector> connectorsOfAllTenants() {
		return List.copyOf(this.runtimes.values());
	}

	@Override
	public boolean canReach(String deviceKey) {
		return this.runtimes.values().stream().anyMatch((r) -> r.canReach(deviceKey));
	}

	@Override
	public void send(String deviceKey, UUID commandId, String service, Map<String, Object> params) {
		this.runtimes.values()
			.stream()
			.filter((r) -> r.canReach(deviceKey))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No OPC UA connection reaches " + deviceKey))
			.send(deviceKey, commandId, service, params);
	}

}
