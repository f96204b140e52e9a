package io.kaiwu.connectivity.sparkplug;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.kaiwu.connectivity.Connector;
import io.kaiwu.connectivity.ConnectorStatus;
import io.kaiwu.connectivity.mqtt.MqttBroker;
import io.kaiwu.connectivity.mqtt.MqttNamespace;
import io.kaiwu.device.CommandReplies;
import io.kaiwu.device.CommandTransport;
import io.kaiwu.device.DeviceProvisioning;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.shared.TenantId;
import io.kaiwu.telemetry.Quality;
import io.kaiwu.telemetry.Reading;
import io.kaiwu.telemetry.Rejection;
import io.kaiwu.telemetry.TelemetryIngestion;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.eclipse.tahu.message.SparkplugBPayloadDecoder;
import org.eclipse.tahu.message.SparkplugBPayloadEncoder;
import org.eclipse.tahu.message.model.Metric;
import org.eclipse.tahu.message.model.MetricDataType;
import org.eclipse.tahu.message.model.SparkplugBPayload;
import org.eclipse.tahu.model.MetricDataTypeMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Kaiwu as a Sparkplug B host application on its embedded broker. Edge nodes sign in as
 * {@code spb:{group}:{node}} with their secret ({@link ManagingEdgeNodes}); births
 * register or update their devices and thing models in the edge node's tenant; data by
 * alias goes to {@link TelemetryIngestion} with the metrics' time stamps (a QoS 1 message
 * is acknowledged after it is stored); deaths mark devices offline. A gap in {@code seq},
 * data before a birth or an unknown alias makes it ask the node for a rebirth (NCMD
 * {@code Node Control/Rebirth}). It announces itself on the retained
 * {@code spBv1.0/STATE/{hostId}} (Sparkplug 3.0) and sends commands as DCMD.
 */
public class SparkplugHost implements MqttNamespace, Connector, CommandTransport, SmartLifecycle {

	static final String CONNECTOR = "sparkplug";

	private static final Logger log = LoggerFactory.getLogger(SparkplugHost.class);

	private final SparkplugHostSettings settings;

	private final MqttBroker broker;

	private final ManagingEdgeNodes edgeNodes;

	private final DeviceRegistry devices;

	private final DeviceProvisioning provisioning;

	private final ObjectProvider<TelemetryIngestion> ingestion;

	private final ObjectProvider<CommandReplies> replies;

	private final JsonMapper json;

	/** {@code group/node} → the connected (or last connected) edge node. */
	private final Map<String, EdgeNodeSession> sessions = new ConcurrentHashMap<>();

	private final AtomicLong received = new AtomicLong();

	private final AtomicLong rejected = new AtomicLong();

	private final Counter rebirths;

	private volatile boolean running;

	private record LastError(String message, Instant at) {
	}

	private volatile @Nullable LastError lastError;

	SparkplugHost(SparkplugHostSettings settings, MqttBroker broker, ManagingEdgeNodes edgeNodes,
			DeviceRegistry devices, DeviceProvisioning provisioning, ObjectProvider<TelemetryIngestion> ingestion,
			ObjectProvider<CommandReplies> replies, JsonMapper json, MeterRegistry meters) {
		this.settings = settings;
		this.broker = broker;
		this.edgeNodes = edgeNodes;
		this.devices = devices;
		this.provisioning = provisioning;
		this.ingestion = ingestion;
		this.replies = replies;
		this.json = json;
		this.rebirths = Counter.builder("kaiwu.sparkplug.rebirths.requested")
			.description("Sparkplug rebirth requests (NCMD Node Control/Rebirth) sent to edge nodes")
			.register(meters);
		meters.gauge("kaiwu.sparkplug.edge-nodes.online", this.sessions,
				(s) -> s.values().stream().filter(EdgeNodeSession::born).count());
	}

	// ---- lifecycle: STATE ----

	@Override
	public void start() {
		publishState(true);
		this.running = true;
		log.info("Sparkplug host {} online on {}", this.settings.hostId(),
				SparkplugNames.stateTopic(this.settings.hostId()));
	}

	@Override
	public void stop() {
		this.running = false;
		try {
			publishState(false);
		}
		catch (RuntimeException ex) {
			log.debug("Sparkplug STATE offline not published: {}", ex.getMessage());
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Sparkplug 3.0: {@code {"online":true|false,"timestamp":<ms>}}, retained, QoS 1. */
	private void publishState(boolean online) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("online", online);
		state.put("timestamp", System.currentTimeMillis());
		this.broker.publish(SparkplugNames.stateTopic(this.settings.hostId()), this.json.writeValueAsBytes(state),
				true);
	}

	// ---- the broker namespace ----

	@Override
	public boolean claims(String username) {
		return username.startsWith(SparkplugNames.USERNAME_PREFIX);
	}

	@Override
	public Optional<String> authenticate(String username, String password, String clientId, byte @Nullable [] will) {
		Optional<EdgeNode> node = this.edgeNodes.authenticate(username, password);
		node.ifPresent((n) -> {
			EdgeNodeSession session = this.sessions.computeIfAbsent(principal(n), (k) -> new EdgeNodeSession(n));
			synchronized (session) {
				session.registration(n);
				session.will(clientId, (will != null) ? bdSeq(decodeQuietly(will, null)) : null);
			}
		});
		if (node.isEmpty()) {
			error("edge node " + username + " refused: unknown or wrong secret");
		}
		return node.map(SparkplugHost::principal);
	}

	@Override
	public boolean mayPublish(String principal, String topic) {
		String[] ids = principal.split("/", 2);
		return SparkplugNames.mayPublish(ids[0], ids[1], topic);
	}

	@Override
	public boolean maySubscribe(String principal, String filter) {
		String[] ids = principal.split("/", 2);
		return SparkplugNames.maySubscribe(ids[0], ids[1], filter);
	}

	@Override
	public void received(String principal, String clientId, String topic, byte[] payload) {
		EdgeNodeSession session = this.sessions.get(principal);
		Optional<SparkplugNames.Topic> parsed = SparkplugNames.parse(topic);
		if (session == null || parsed.isEmpty()) {
			throw new IllegalStateException("no Sparkplug session for " + principal);
		}
		SparkplugNames.Topic t = parsed.get();
		this.received.incrementAndGet();
		synchronized (session) {
			session.received();
			switch (t.type()) {
				case "NBIRTH" -> nodeBirth(session, payload);
				case "DBIRTH" -> deviceBirth(session, t, payload);
				case "NDATA", "DDATA" -> data(session, t, payload);
				case "DDEATH" -> deviceDeath(session, t, payload);
				case "NDEATH" -> nodeDeath(session, bdSeq(decodeQuietly(payload, null)));
				default -> {
				}
			}
		}
	}

	@Override
	public void disconnected(String principal, String clientId) {
		EdgeNodeSession session = this.sessions.get(principal);
		if (session == null) {
			return;
		}
		synchronized (session) {
			Long will = session.removeWill(clientId);
			if (will != null) {
				// the broker publishes the will now: the same as an NDEATH with its bdSeq
				nodeDeath(session, will);
			}
		}
	}

	private void nodeBirth(EdgeNodeSession session, byte[] bytes) {
		SparkplugBPayload payload = decodeQuietly(bytes, null);
		EdgeNode node = session.registration();
		if (payload == null) {
			reject("NBIRTH of " + principal(node) + " is not a Sparkplug B payload");
			requestRebirth(session);
			return;
		}
		Long bdSeq = bdSeq(payload);
		session.died();
		session.sequence().birth(payload.getSeq());
		session.born((bdSeq != null) ? bdSeq : -1);
		AliasTable table = AliasTable.of(payload.getMetrics());
		session.births().put(EdgeNodeSession.NODE, table);
		if (!table.properties().isEmpty()) {
			provision(session, null, table);
		}
	}

	private void deviceBirth(EdgeNodeSession session, SparkplugNames.Topic topic, byte[] bytes) {
		SparkplugBPayload payload = decodeQuietly(bytes, null);
		if (payload == null || !session.born()) {
			reject(((payload == null) ? "unreadable DBIRTH from " : "DBIRTH before NBIRTH from ") + topic.deviceId());
			requestRebirth(session);
			return;
		}
		if (!session.sequence().accept(payload.getSeq())) {
			gap(session, topic, payload.getSeq());
		}
		AliasTable table = AliasTable.of(payload.getMetrics());
		String deviceId = topic.deviceId();
		session.births().put(deviceId, table);
		provision(session, deviceId, table);
	}

	private void provision(EdgeNodeSession session, @Nullable String deviceId, AliasTable table) {
		EdgeNode node = session.registration();
		String key = bindKey(node, deviceId);
		session.bind(deviceId, key);
		if (!table.skipped().isEmpty()) {
			error(key + ": metrics of a type Kaiwu does not store were left out: " + table.skipped());
		}
		try {
			this.provisioning.provision(new DeviceProvisioning.Announcement(TenantId.of(node.tenant()),
					node.plantNodeId(), key, (deviceId != null) ? deviceId : node.edgeNodeId(), typeCode(key),
					"Sparkplug " + key, table.properties()));
			this.devices.markSeen(key, Instant.now());
		}
		catch (IllegalArgumentException ex) {
			session.births().remove((deviceId != null) ? deviceId : EdgeNodeSession.NODE);
			reject("birth of " + key + " refused: " + ex.getMessage());
		}
	}

	/**
	 * The Kaiwu key of a device an edge node announces: a device registered beforehand in
	 * the edge node's tenant under the Sparkplug device id itself is that device (people
	 * can pre-register devices with their own names and thing models); otherwise
	 * {@code {group}.{node}.{device}}.
	 */
	private String bindKey(EdgeNode node, @Nullable String deviceId) {
		if (deviceId != null) {
			Optional<DeviceSummary> registered = this.devices.findByKey(deviceId);
			if (registered.isPresent() && registered.get().tenant().value().equals(node.tenant())) {
				return deviceId;
			}
		}
		return SparkplugNames.deviceKey(node.groupId(), node.edgeNodeId(), deviceId);
	}

	private void data(EdgeNodeSession session, SparkplugNames.Topic topic, byte[] bytes) {
		EdgeNode node = session.registration();
		String deviceId = topic.nodeLevel() ? EdgeNodeSession.NODE : topic.deviceId();
		String key = session.keyOf(topic.deviceId());
		AliasTable table = session.born() ? session.births().get(deviceId) : null;
		SparkplugBPayload payload = decodeQuietly(bytes, (table != null) ? table.dataTypes() : null);
		if (table == null) {
			if (payload != null) {
				session.sequence().accept(payload.getSeq());
			}
			deadLetter(key, "payload", topic.type() + " before the birth of " + key + "; rebirth requested");
			requestRebirth(session);
			return;
		}
		if (payload == null) {
			deadLetter(key, "payload", "not a Sparkplug B payload");
			return;
		}
		if (!session.sequence().accept(payload.getSeq())) {
			gap(session, topic, payload.getSeq());
		}
		Date messageTime = (payload.getTimestamp() != null) ? payload.getTimestamp() : new Date();
		Map<Instant, Map<String, Object>> byTime = new LinkedHashMap<>();
		Map<String, Object> reply = new LinkedHashMap<>();
		List<Rejection> rejections = new ArrayList<>();
		boolean unknownAlias = false;
		for (Metric metric : payload.getMetrics()) {
			Optional<DeclaredMetric> declared = table.resolve(metric);
			if (declared.isEmpty()) {
				unknownAlias = true;
				rejections.add(new Rejection(
						metric.hasAlias() ? "alias " + metric.getAlias() : String.valueOf(metric.getName()),
						"unknown alias or metric: not declared in the birth of " + key + "; rebirth requested"));
				continue;
			}
			DeclaredMetric m = declared.get();
			if (m.name().startsWith("Kaiwu/Command")) {
				reply.put(m.name(), metric.getValue());
				continue;
			}
			if (m.property() == null || metric.getValue() == null) {
				continue;
			}
			Date at = (metric.getTimestamp() != null) ? metric.getTimestamp() : messageTime;
			byTime.computeIfAbsent(at.toInstant(), (i) -> new LinkedHashMap<>())
				.put(m.property(), value(metric.getValue()));
		}
		List<Reading> readings = new ArrayList<>();
		byTime.forEach((at, values) -> readings.add(new Reading(at, values, Quality.GOOD)));
		if (!readings.isEmpty() || !rejections.isEmpty()) {
			ingestion().ingest(key, readings, CONNECTOR, rejections);
		}
		else {
			this.devices.markSeen(key, Instant.now());
		}
		if (unknownAlias) {
			this.rejected.incrementAndGet();
			requestRebirth(session);
		}
		if (!reply.isEmpty()) {
			commandReplied(key, reply);
		}
	}

	private void deviceDeath(EdgeNodeSession session, SparkplugNames.Topic topic, byte[] bytes) {
		SparkplugBPayload payload = decodeQuietly(bytes, null);
		if (payload != null && session.born() && !session.sequence().accept(payload.getSeq())) {
			gap(session, topic, payload.getSeq());
		}
		session.births().remove(topic.deviceId());
		this.devices.markOffline(session.keyOf(topic.deviceId()), Instant.now());
	}

	/** An NDEATH (or the will) counts only when its bdSeq is that of the last NBIRTH. */
	private void nodeDeath(EdgeNodeSession session, @Nullable Long bdSeq) {
		if (!session.born() || bdSeq == null || bdSeq != session.birthBdSeq()) {
			return; // a stale death certificate of an earlier connection
		}
		Instant now = Instant.now();
		for (String deviceId : session.births().keySet()) {
			this.devices.markOffline(session.keyOf(EdgeNodeSession.NODE.equals(deviceId) ? null : deviceId), now);
		}
		session.died();
	}

	private void gap(EdgeNodeSession session, SparkplugNames.Topic topic, @Nullable Long seq) {
		error("seq gap from " + principal(session.registration()) + " at " + topic.type() + " (seq " + seq
				+ "); rebirth requested");
		requestRebirth(session);
	}

	/**
	 * NCMD {@code Node Control/Rebirth = true}; at most one every two seconds per node.
	 */
	private void requestRebirth(EdgeNodeSession session) {
		if (!session.mayRequestRebirth(Instant.now())) {
			return;
		}
		EdgeNode node = session.registration();
		try {
			Metric rebirth = new Metric.MetricBuilder(MetricNames.REBIRTH, MetricDataType.Boolean, true)
				.timestamp(new Date())
				.createMetric();
			SparkplugBPayload payload = new SparkplugBPayload(new Date(), List.of(rebirth));
			this.broker.publish(SparkplugNames.nodeTopic(node.groupId(), "NCMD", node.edgeNodeId()), encode(payload),
					false);
			this.rebirths.increment();
		}
		catch (Exception ex) {
			error("rebirth request to " + principal(node) + " failed: " + ex.getMessage());
		}
	}

	/**
	 * Marks every device born on a connected edge node seen, every 30 seconds: Sparkplug
	 * reports by exception, so a quiet device is still there until its DDEATH or NDEATH,
	 * and the offline sweep ({@code kaiwu.device.offline-after}) must leave it online.
	 * @return how many devices were marked seen.
	 */
	@Scheduled(fixedDelay = 30, initialDelay = 30, timeUnit = TimeUnit.SECONDS)
	public int heartbeat() {
		List<String> keys = new ArrayList<>();
		for (EdgeNodeSession session : this.sessions.values()) {
			synchronized (session) {
				if (!session.born()) {
					continue;
				}
				for (String deviceId : session.births().keySet()) {
					keys.add(session.keyOf(EdgeNodeSession.NODE.equals(deviceId) ? null : deviceId));
				}
			}
		}
		Instant now = Instant.now();
		int seen = 0;
		for (String key : keys) {
			try {
				if (this.devices.markSeen(key, now)) {
					seen++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not mark the Sparkplug device {} seen", key, ex);
			}
		}
		return seen;
	}

	// ---- commands ----

	@Override
	public boolean canReach(String deviceKey) {
		return findDevice(deviceKey).isPresent();
	}

	@Override
	public void send(String deviceKey, UUID commandId, String service, Map<String, Object> params) {
		Map.Entry<EdgeNodeSession, String> target = findDevice(deviceKey)
			.orElseThrow(() -> new IllegalStateException(deviceKey + " is not born on a connected edge node"));
		EdgeNode node = target.getKey().registration();
		try {
			List<Metric> metrics = new ArrayList<>();
			metrics.add(new Metric.MetricBuilder(MetricNames.SERVICE, MetricDataType.String, service).createMetric());
			metrics.add(new Metric.MetricBuilder(MetricNames.COMMAND_ID, MetricDataType.String, commandId.toString())
				.createMetric());
			for (Map.Entry<String, Object> param : params.entrySet()) {
				metrics.add(parameter(param.getKey(), param.getValue()));
			}
			String topic = SparkplugNames.nodeTopic(node.groupId(), "DCMD", node.edgeNodeId()) + "/"
					+ target.getValue();
			this.broker.publish(topic, encode(new SparkplugBPayload(new Date(), metrics)), false);
		}
		catch (IllegalStateException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("DCMD to " + deviceKey + " not sent: " + ex.getMessage(), ex);
		}
	}

	private Optional<Map.Entry<EdgeNodeSession, String>> findDevice(String deviceKey) {
		if (!this.running) {
			return Optional.empty();
		}
		for (EdgeNodeSession session : this.sessions.values()) {
			synchronized (session) {
				Optional<String> deviceId = session.deviceIdOf(deviceKey);
				if (session.born() && deviceId.isPresent() && !EdgeNodeSession.NODE.equals(deviceId.get())
						&& session.births().containsKey(deviceId.get())) {
					return Optional.of(Map.entry(session, deviceId.get()));
				}
			}
		}
		return Optional.empty();
	}

	private static Metric parameter(String name, Object value) throws Exception {
		MetricDataType type;
		Object sent = value;
		if (value instanceof Boolean) {
			type = MetricDataType.Boolean;
		}
		else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
			type = MetricDataType.Int32;
			sent = ((Number) value).intValue();
		}
		else if (value instanceof Long) {
			type = MetricDataType.Int64;
		}
		else if (value instanceof Number number) {
			type = MetricDataType.Double;
			sent = number.doubleValue();
		}
		else {
			type = MetricDataType.String;
			sent = String.valueOf(value);
		}
		return new Metric.MetricBuilder(name, type, sent).createMetric();
	}

	/** The reply metrics of a DDATA as Kaiwu's reply JSON. */
	private void commandReplied(String deviceKey, Map<String, Object> reply) {
		CommandReplies target = this.replies.getIfAvailable();
		Object id = reply.get(MetricNames.COMMAND_ID);
		if (target == null || id == null) {
			return;
		}
		UUID commandId;
		try {
			commandId = UUID.fromString(String.valueOf(id));
		}
		catch (IllegalArgumentException ex) {
			return; // not a Kaiwu command: nobody waits for it
		}
		boolean ok = Boolean.TRUE.equals(reply.get(MetricNames.COMMAND_OK));
		Object message = reply.get(MetricNames.COMMAND_MESSAGE);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("ok", ok);
		if (ok) {
			answer.put("result", Map.of("message", String.valueOf((message != null) ? message : "")));
		}
		else {
			answer.put("error", String.valueOf((message != null) ? message : "refused by the device"));
		}
		target.commandReplied(deviceKey, commandId, this.json.writeValueAsBytes(answer));
	}

	// ---- status ----

	@Override
	public String name() {
		return CONNECTOR;
	}

	@Override
	public ConnectorStatus status() {
		LastError last = this.lastError;
		int online = (int) this.sessions.values().stream().filter(EdgeNodeSession::born).count();
		ConnectorStatus.State state = this.running ? ConnectorStatus.State.RUNNING : ConnectorStatus.State.STOPPED;
		return new ConnectorStatus(CONNECTOR, state, online, this.received.get(), this.rejected.get(),
				(last != null) ? last.message() : null, (last != null) ? last.at() : null);
	}

	@Override
	public java.util.OptionalInt port() {
		return this.broker.port();
	}

	/**
	 * What the host knows of an edge node now.
	 *
	 * @param online whether it is born (NBIRTH received, no NDEATH since).
	 * @param devices devices born on it now.
	 * @param messages messages received from it since Kaiwu started.
	 * @param rebirthRequests rebirth requests sent to it since Kaiwu started.
	 */
	public record NodeState(boolean online, int devices, long messages, long rebirthRequests) {
	}

	public NodeState state(EdgeNode node) {
		EdgeNodeSession session = this.sessions.get(principal(node));
		if (session == null) {
			return new NodeState(false, 0, 0, 0);
		}
		synchronized (session) {
			int born = (int) session.births().keySet().stream().filter((k) -> !EdgeNodeSession.NODE.equals(k)).count();
			return new NodeState(session.born(), born, session.messages(), session.rebirthRequests());
		}
	}

	/**
	 * Messages received since Kaiwu started from each edge node the host has a session
	 * for, by the edge node's id.
	 */
	public Map<UUID, Long> messagesByEdgeNode() {
		Map<UUID, Long> counts = new HashMap<>();
		for (EdgeNodeSession session : this.sessions.values()) {
			synchronized (session) {
				counts.put(session.registration().id(), session.messages());
			}
		}
		return counts;
	}

	/** The host application id of the STATE topic. */
	public String hostId() {
		return this.settings.hostId();
	}

	/** The retained STATE topic, {@code spBv1.0/STATE/{hostId}}. */
	public String stateTopic() {
		return SparkplugNames.stateTopic(this.settings.hostId());
	}

	// ---- helpers ----

	private TelemetryIngestion ingestion() {
		TelemetryIngestion target = this.ingestion.getIfAvailable();
		if (target == null) {
			throw new IllegalStateException("telemetry ingestion is not available in this installation");
		}
		return target;
	}

	/** A dead letter for a registered device; for an unknown one only the count. */
	private void deadLetter(String key, String what, String reason) {
		this.rejected.incrementAndGet();
		error(key + ": " + reason);
		if (this.devices.findByKey(key).isPresent()) {
			ingestion().ingest(key, List.of(), CONNECTOR, List.of(new Rejection(what, reason)));
		}
	}

	private void reject(String reason) {
		this.rejected.incrementAndGet();
		error(reason);
	}

	private void error(String message) {
		this.lastError = new LastError(message, Instant.now());
		log.debug("Sparkplug: {}", message);
	}

	static String principal(EdgeNode node) {
		return node.groupId() + "/" + node.edgeNodeId();
	}

	/**
	 * The type code of an announced device: its key, or a digest of it past 50
	 * characters.
	 */
	static String typeCode(String deviceKey) {
		if (deviceKey.length() <= 50) {
			return deviceKey;
		}
		return "spb-" + EdgeNodeSecrets.hash(deviceKey).substring(0, 40);
	}

	private static @Nullable SparkplugBPayload decodeQuietly(byte[] bytes, @Nullable MetricDataTypeMap types) {
		try {
			return new SparkplugBPayloadDecoder().buildFromByteArray(bytes, types);
		}
		catch (Exception ex) {
			return null;
		}
	}

	private static byte[] encode(SparkplugBPayload payload) throws java.io.IOException {
		return new SparkplugBPayloadEncoder().getBytes(payload, false);
	}

	private static @Nullable Long bdSeq(@Nullable SparkplugBPayload payload) {
		if (payload == null) {
			return null;
		}
		for (Metric metric : payload.getMetrics()) {
			if (MetricNames.BD_SEQ.equals(metric.getName()) && metric.getValue() instanceof Number number) {
				return number.longValue();
			}
		}
		return null;
	}

	/** A metric value as telemetry takes it: numbers, booleans, strings. */
	private static Object value(Object value) {
		if (value instanceof Date date) {
			return date.getTime();
		}
		if (value instanceof Float f) {
			return Double.valueOf(f.toString());
		}
		if (value instanceof java.math.BigInteger big) {
			return new java.math.BigDecimal(big);
		}
		if (value instanceof Number || value instanceof Boolean || value instanceof String) {
			return value;
		}
		return String.valueOf(value);
	}

}
