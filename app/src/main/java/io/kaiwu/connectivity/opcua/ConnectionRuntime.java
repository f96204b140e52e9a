package io.kaiwu.connectivity.opcua;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.kaiwu.connectivity.Connector;
import io.kaiwu.connectivity.ConnectorStatus;
import io.kaiwu.connectivity.OpcUaConnectionDefinition;
import io.kaiwu.device.CommandReplies;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.telemetry.Reading;
import io.kaiwu.telemetry.TelemetryIngestion;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.UaSession;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemServiceOperationResult;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodResult;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

/**
 * One enabled connection at run time: connects, subscribes to the mapped nodes and
 * ingests their changes. A failed attempt is retried after 1, 2, 4 … up to 30 seconds.
 * Once connected, Milo keeps the session: it reconnects on its own and transfers the
 * subscription; when the server lost it (a restart), the subscription is made again.
 * While the session is down the mapped devices are offline.
 */
public final class ConnectionRuntime implements Connector {

	private static final Logger log = LoggerFactory.getLogger(ConnectionRuntime.class);

	static final String CONNECTOR = "opcua";

	private static final long MAX_BACKOFF_MS = 30_000;

	/** What every runtime shares. */
	record Shared(DeviceRegistry devices, ObjectProvider<TelemetryIngestion> ingestion,
			ObjectProvider<CommandReplies> replies, ScheduledExecutorService scheduler, ClientCertificate certificate,
			JsonMapper json) {
	}

	private final OpcUaConnection connection;

	private final Shared shared;

	private final FirstUseTrust trust;

	private final Set<String> deviceKeys;

	private final AtomicLong received = new AtomicLong();

	private final AtomicLong rejected = new AtomicLong();

	private final AtomicLong errors = new AtomicLong();

	private volatile ConnectorStatus.State state;

	private volatile boolean active;

	private volatile boolean closed;

	private volatile @Nullable String lastError;

	private volatile @Nullable Instant lastErrorAt;

	private volatile @Nullable OpcUaClient client;

	private @Nullable ScheduledFuture<?> retry;

	private @Nullable ScheduledFuture<?> heartbeat;

	private int attempts;

	ConnectionRuntime(OpcUaConnection connection, Shared shared) {
		this.connection = connection;
		this.shared = shared;
		this.trust = new FirstUseTrust(connection.definition().name());
		this.deviceKeys = new LinkedHashSet<>();
		connection.definition().mappings().forEach((m) -> this.deviceKeys.add(m.deviceKey()));
		this.state = connection.definition().enabled() ? ConnectorStatus.State.STOPPED : ConnectorStatus.State.DISABLED;
	}

	OpcUaConnection connection() {
		return this.connection;
	}

	@Override
	public String name() {
		return "opcua-" + this.connection.id();
	}

	@Override
	public @Nullable String displayName() {
		return "OPC UA · " + this.connection.definition().name();
	}

	@Override
	public ConnectorStatus status() {
		return new ConnectorStatus(name(), this.state, this.active ? this.deviceKeys.size() : 0, this.received.get(),
				this.rejected.get(), this.lastError, this.lastErrorAt);
	}

	/** Errors since the start (failed attempts, lost sessions, failed ingestion). */
	public long errorCount() {
		return this.errors.get();
	}

	void start() {
		if (this.connection.definition().enabled()) {
			this.shared.scheduler().execute(this::connect);
			this.heartbeat = this.shared.scheduler().scheduleWithFixedDelay(this::heartbeat, 30, 30, TimeUnit.SECONDS);
		}
	}

	/**
	 * Disconnects and stops retrying; marks the devices offline when they were online.
	 */
	synchronized void stop() {
		this.closed = true;
		cancel(this.retry);
		cancel(this.heartbeat);
		OpcUaClient current = this.client;
		this.client = null;
		if (current != null) {
			try {
				current.disconnectAsync().get(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (Exception ex) {
				log.debug("OPC UA connection {} did not disconnect cleanly", name(), ex);
			}
		}
		if (this.active) {
			this.active = false;
			offline();
		}
		this.state = ConnectorStatus.State.STOPPED;
	}

	boolean canReach(String deviceKey) {
		return this.active && this.deviceKeys.contains(deviceKey) && methodOf(deviceKey).isPresent();
	}

	/**
	 * Calls {@code <object>/invoke(service, paramsJson)} on the device's object, whose id
	 * is the device's first mapped string node id without its last {@code /} part.
	 */
	void send(String deviceKey, UUID commandId, String service, Map<String, Object> params) {
		OpcUaClient current = this.client;
		Optional<NodeId[]> target = methodOf(deviceKey);
		if (current == null || !this.active || target.isEmpty()) {
			throw new IllegalStateException("OPC UA connection " + this.connection.definition().name() + " is not up");
		}
		CallMethodRequest request = new CallMethodRequest(target.get()[0], target.get()[1],
				new Variant[] { new Variant(service), new Variant(this.shared.json().writeValueAsString(params)) });
		current.callAsync(List.of(request)).whenComplete((response, ex) -> {
			Map<String, Object> reply = new LinkedHashMap<>();
			if (ex != null) {
				reply.put("ok", false);
				reply.put("error", "OPC UA call failed: " + ex.getMessage());
			}
			else {
				CallMethodResult result = response.getResults()[0];
				Variant[] outputs = result.getOutputArguments();
				if (!result.getStatusCode().isGood() || outputs == null || outputs.length < 2) {
					reply.put("ok", false);
					reply.put("error", "OPC UA call failed: " + result.getStatusCode());
				}
				else if (Boolean.TRUE.equals(outputs[0].getValue())) {
					reply.put("ok", true);
					reply.put("result", Map.of("message", String.valueOf(outputs[1].getValue())));
				}
				else {
					reply.put("ok", false);
					reply.put("error", String.valueOf(outputs[1].getValue()));
				}
			}
			CommandReplies replies = this.shared.replies().getIfAvailable();
			if (replies != null) {
				replies.commandReplied(deviceKey, commandId,
						this.shared.json().writeValueAsString(reply).getBytes(StandardCharsets.UTF_8));
			}
		});
	}

	private Optional<NodeId[]> methodOf(String deviceKey) {
		return this.connection.definition()
			.mappings()
			.stream()
			.filter((m) -> m.deviceKey().equals(deviceKey))
			.map((m) -> NodeId.parseOrNull(m.nodeId()))
			.filter((id) -> id != null && id.getIdentifier() instanceof String s && s.lastIndexOf('/') > 0)
			.findFirst()
			.map((id) -> {
				String s = (String) id.getIdentifier();
				String object = s.substring(0, s.lastIndexOf('/'));
				return new NodeId[] { new NodeId(id.getNamespaceIndex(), object),
						new NodeId(id.getNamespaceIndex(), object + "/invoke") };
			});
	}

	private void connect() {
		if (this.closed) {
			return;
		}
		OpcUaConnectionDefinition d = this.connection.definition();
		OpcUaClient created = null;
		try {
			created = OpcUaClient.create(d.endpointUrl(), this::endpoint, (transport) -> {
			}, (config) -> config.setApplicationName(LocalizedText.english("Kaiwu"))
				.setApplicationUri(ClientCertificate.APPLICATION_URI)
				.setProductUri("urn:kaiwu")
				.setKeyPair(this.shared.certificate().keyPair())
				.setCertificate(this.shared.certificate().certificate())
				.setCertificateChain(
						new java.security.cert.X509Certificate[] { this.shared.certificate().certificate() })
				.setCertificateValidator(this.trust)
				.setIdentityProvider((d.username() == null || d.username().isBlank()) ? AnonymousProvider.INSTANCE
						: new UsernameProvider(d.username(), (d.password() != null) ? d.password() : ""))
				.setRequestTimeout(uint(10_000)));
			created.addSessionActivityListener(new Activity());
			created.connect();
			synchronized (this) {
				if (this.closed) {
					created.disconnectAsync();
					return;
				}
				this.client = created;
			}
			subscribe(created);
			this.attempts = 0;
		}
		catch (Exception ex) {
			error(describe(ex));
			this.state = ConnectorStatus.State.FAILED;
			if (created != null) {
				created.disconnectAsync();
			}
			synchronized (this) {
				this.client = null;
				if (!this.closed) {
					long delay = Math.min(MAX_BACKOFF_MS, 1000L << Math.min(this.attempts++, 5));
					this.retry = this.shared.scheduler().schedule(this::connect, delay, TimeUnit.MILLISECONDS);
				}
			}
		}
	}

	/**
	 * The server's endpoint with the configured policy and mode, at the configured host.
	 */
	private Optional<EndpointDescription> endpoint(List<EndpointDescription> endpoints) {
		OpcUaConnectionDefinition d = this.connection.definition();
		String policy = ("None".equals(d.securityPolicy()) ? SecurityPolicy.None : SecurityPolicy.Basic256Sha256)
			.getUri();
		MessageSecurityMode mode = switch (d.securityMode()) {
			case "Sign" -> MessageSecurityMode.Sign;
			case "SignAndEncrypt" -> MessageSecurityMode.SignAndEncrypt;
			default -> MessageSecurityMode.None;
		};
		return endpoints.stream()
			.filter((e) -> policy.equals(e.getSecurityPolicyUri()) && e.getSecurityMode() == mode)
			.findFirst()
			.map((e) -> EndpointUtil.updateUrl(e, EndpointUtil.getHost(d.endpointUrl()),
					EndpointUtil.getPort(d.endpointUrl())));
	}

	/** Creates the subscription and one monitored item per mapping. */
	private void subscribe(OpcUaClient client) throws UaException {
		List<OpcUaConnectionDefinition.Mapping> mappings = this.connection.definition().mappings();
		if (mappings.isEmpty()) {
			return;
		}
		double fastest = mappings.stream().mapToInt(OpcUaConnectionDefinition.Mapping::samplingMs).min().orElse(1000);
		OpcUaSubscription subscription = new OpcUaSubscription(client, Math.max(50, fastest));
		subscription.setSubscriptionListener(new Listener());
		subscription.create();
		List<OpcUaMonitoredItem> items = new ArrayList<>();
		for (OpcUaConnectionDefinition.Mapping mapping : mappings) {
			OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(NodeId.parse(mapping.nodeId()));
			item.setSamplingInterval(mapping.samplingMs());
			item.setQueueSize(uint(10));
			item.setUserObject(mapping);
			items.add(item);
		}
		subscription.addMonitoredItems(items);
		List<String> refused = new ArrayList<>();
		for (MonitoredItemServiceOperationResult result : subscription.createMonitoredItems()) {
			StatusCode status = result.operationResult().orElse(result.serviceResult());
			if (!result.serviceResult().isGood() || !status.isGood()) {
				refused.add(result.monitoredItem().getReadValueId().getNodeId().toParseableString() + " " + status);
			}
		}
		if (!refused.isEmpty()) {
			error("nodes not monitored: " + String.join(", ", refused));
		}
	}

	/** Makes the subscription again when the server no longer has it. */
	private void resubscribe(OpcUaSubscription lost) {
		this.shared.scheduler().execute(() -> {
			OpcUaClient current = this.client;
			if (this.closed || current == null) {
				return;
			}
			try {
				lost.deleteAsync();
			}
			catch (RuntimeException ex) {
				log.debug("Could not delete a lost subscription", ex);
			}
			try {
				subscribe(current);
				log.info("OPC UA connection {} subscribed again", this.connection.definition().name());
			}
			catch (Exception ex) {
				error("subscribing again failed: " + describe(ex));
				this.shared.scheduler().schedule(() -> resubscribe(lost), 5, TimeUnit.SECONDS);
			}
		});
	}

	private void ingest(List<DataChanges.Change> changes) {
		TelemetryIngestion ingestion = this.shared.ingestion().getIfAvailable();
		if (ingestion == null) {
			return;
		}
		Instant now = Instant.now();
		for (Map.Entry<String, List<Reading>> entry : DataChanges.readings(changes).entrySet()) {
			try {
				ingestion.ingest(entry.getKey(), entry.getValue(), CONNECTOR, List.of());
				this.received.incrementAndGet();
				this.shared.devices().markSeen(entry.getKey(), now);
			}
			catch (RuntimeException ex) {
				this.rejected.incrementAndGet();
				error("telemetry of " + entry.getKey() + " was not stored: " + ex.getMessage());
				log.warn("OPC UA telemetry of {} was not stored", entry.getKey(), ex);
			}
		}
	}

	private void heartbeat() {
		if (this.active) {
			Instant now = Instant.now();
			this.deviceKeys.forEach((key) -> quietly(() -> this.shared.devices().markSeen(key, now)));
		}
	}

	private void offline() {
		Instant now = Instant.now();
		this.deviceKeys.forEach((key) -> quietly(() -> this.shared.devices().markOffline(key, now)));
	}

	private void error(String message) {
		this.errors.incrementAndGet();
		this.lastError = message;
		this.lastErrorAt = Instant.now();
		log.warn("OPC UA connection {}: {}", this.connection.definition().name(), message);
	}

	private static String describe(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return cause.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

	private static void quietly(Runnable task) {
		try {
			task.run();
		}
		catch (RuntimeException ex) {
			log.warn("OPC UA device state update failed", ex);
		}
	}

	private static void cancel(@Nullable ScheduledFuture<?> future) {
		if (future != null) {
			future.cancel(false);
		}
	}

	/** Session up: running, devices seen; session down: devices offline. */
	private final class Activity implements SessionActivityListener {

		@Override
		public void onSessionActive(UaSession session) {
			if (ConnectionRuntime.this.closed) {
				return;
			}
			ConnectionRuntime.this.active = true;
			ConnectionRuntime.this.state = ConnectorStatus.State.RUNNING;
			ConnectionRuntime.this.shared.scheduler().execute(ConnectionRuntime.this::heartbeat);
		}

		@Override
		public void onSessionInactive(UaSession session) {
			boolean was = ConnectionRuntime.this.active;
			ConnectionRuntime.this.active = false;
			if (ConnectionRuntime.this.closed) {
				return;
			}
			ConnectionRuntime.this.state = ConnectorStatus.State.STOPPED;
			error("connection to the server lost; reconnecting");
			if (was) {
				ConnectionRuntime.this.shared.scheduler().execute(ConnectionRuntime.this::offline);
			}
		}

	}

	/** Data changes in, lost subscriptions made again. */
	private final class Listener implements OpcUaSubscription.SubscriptionListener {

		@Override
		public void onDataReceived(OpcUaSubscription subscription, List<OpcUaMonitoredItem> items,
				List<DataValue> values) {
			List<DataChanges.Change> changes = new ArrayList<>();
			for (int i = 0; i < items.size(); i++) {
				Object mapping = items.get(i).getUserObject().orElse(null);
				if (mapping instanceof OpcUaConnectionDefinition.Mapping m) {
					changes.add(new DataChanges.Change(m, values.get(i)));
				}
			}
			ingest(changes);
		}

		@Override
		public void onTransferFailed(OpcUaSubscription subscription, StatusCode status) {
			error("the server lost the subscription (" + status + "); subscribing again");
			resubscribe(subscription);
		}

		@Override
		public void onStatusChanged(OpcUaSubscription subscription, StatusCode status) {
			if (status.isBad()) {
				error("subscription " + status + "; subscribing again");
				resubscribe(subscription);
			}
		}

	}

}
