package io.kaiwu.connectivity.mqtt;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.async.Async;
import com.hivemq.extension.sdk.api.async.TimeoutFallback;
import com.hivemq.extension.sdk.api.auth.PublishAuthorizer;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.auth.SubscriptionAuthorizer;
import com.hivemq.extension.sdk.api.auth.parameter.PublishAuthorizerInput;
import com.hivemq.extension.sdk.api.auth.parameter.PublishAuthorizerOutput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthInput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthOutput;
import com.hivemq.extension.sdk.api.auth.parameter.SubscriptionAuthorizerInput;
import com.hivemq.extension.sdk.api.auth.parameter.SubscriptionAuthorizerOutput;
import com.hivemq.extension.sdk.api.client.parameter.ConnectionInformation;
import com.hivemq.extension.sdk.api.events.client.ClientLifecycleEventListener;
import com.hivemq.extension.sdk.api.events.client.parameters.AuthenticationSuccessfulInput;
import com.hivemq.extension.sdk.api.events.client.parameters.ConnectionStartInput;
import com.hivemq.extension.sdk.api.events.client.parameters.DisconnectEventInput;
import com.hivemq.extension.sdk.api.interceptor.publish.PublishInboundInterceptor;
import com.hivemq.extension.sdk.api.interceptor.publish.parameter.PublishInboundInput;
import com.hivemq.extension.sdk.api.interceptor.publish.parameter.PublishInboundOutput;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.packets.general.MqttVersion;
import com.hivemq.extension.sdk.api.packets.publish.AckReasonCode;
import com.hivemq.extension.sdk.api.packets.subscribe.SubackReasonCode;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.packets.general.Qos;
import com.hivemq.extension.sdk.api.packets.publish.PayloadFormatIndicator;
import com.hivemq.extension.sdk.api.services.Services;
import com.hivemq.extension.sdk.api.services.builder.Builders;
import com.hivemq.extension.sdk.api.services.publish.PublishService;
import com.hivemq.extension.sdk.api.services.session.ClientService;
import io.kaiwu.device.CommandReplies;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.telemetry.TelemetryIngestion;
import io.kaiwu.telemetry.TelemetryPayload;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The broker extension that ties MQTT to Kaiwu's devices: authentication with the device
 * key (user name) and secret (password), the {@link TopicAcl topic rules}, online and
 * offline, and telemetry ingestion. Everything that touches the database runs on Kaiwu's
 * executor, never on the broker's network threads.
 * <p>
 * Telemetry is stored before the broker answers: the publish is held with
 * {@code async(...)} until {@link TelemetryIngestion#ingestGrouped} has stored it, in one
 * transaction with the messages that arrived meanwhile (group commit), so the PUBACK goes
 * out only after the commit. When ingestion fails an MQTT 5 client gets a PUBACK with
 * {@code UNSPECIFIED_ERROR}; an MQTT 3.1.1 client, whose PUBACK cannot carry an error, is
 * disconnected before any acknowledgement, so it sends the message again after
 * reconnecting. Stored telemetry is still delivered to matching subscriptions (devices
 * cannot subscribe to it; a later internal consumer may).
 */
class DeviceGate implements ExtensionMain {

	private static final Logger log = LoggerFactory.getLogger(DeviceGate.class);

	/** Connection attribute holding the authenticated device key. */
	static final String DEVICE_KEY = "kaiwu.device-key";

	static final String CONNECTOR = "mqtt";

	/**
	 * Connection attributes of a client that signed in through a {@link MqttNamespace}.
	 */
	static final String NAMESPACE = "kaiwu.namespace";

	static final String PRINCIPAL = "kaiwu.namespace-principal";

	private final List<MqttNamespace> namespaces;

	/** Namespace clients by client id: their messages are handled in arrival order. */
	private final Map<String, SerialExecutor> serial = new ConcurrentHashMap<>();

	private final DeviceRegistry devices;

	private final ObjectProvider<TelemetryIngestion> ingestion;

	private final Executor executor;

	private final MqttStatistics statistics;

	private final Duration timeout;

	private final ObjectProvider<CommandReplies> replies;

	/** The ingestion once looked up: a lookup in the bean factory costs per message. */
	private volatile @Nullable TelemetryIngestion resolvedIngestion;

	private volatile @Nullable ClientService clients;

	private volatile @Nullable PublishService publishing;

	DeviceGate(DeviceRegistry devices, ObjectProvider<TelemetryIngestion> ingestion,
			ObjectProvider<CommandReplies> replies, Executor executor, MqttStatistics statistics, Duration timeout,
			List<MqttNamespace> namespaces) {
		this.namespaces = List.copyOf(namespaces);
		this.devices = devices;
		this.ingestion = ingestion;
		this.replies = replies;
		this.executor = executor;
		this.statistics = statistics;
		this.timeout = timeout;
	}

	@Override
	public void extensionStart(ExtensionStartInput input, ExtensionStartOutput output) {
		// captured here: Services is static, bound to the broker that starts this
		// extension
		this.clients = Services.clientService();
		this.publishing = Services.publishService();
		SimpleAuthenticator authenticator = this::authenticate;
		ClientLifecycleEventListener lifecycle = new Lifecycle();
		Services.securityRegistry().setAuthenticatorProvider((in) -> authenticator);
		// both are asked once per signed-in client, which they then serve: who signed in
		// is read from the connection once, not for every message
		Services.securityRegistry().setAuthorizerProvider((in) -> {
			Signed signed = Signed.of(in.getConnectionInformation(), this.namespaces);
			return new Authorizers((i, o) -> authorizePublish(signed.orLookUp(i.getConnectionInformation()), i, o),
					(i, o) -> authorizeSubscription(signed.orLookUp(i.getConnectionInformation()), i, o));
		});
		Services.initializerRegistry().setClientInitializer((init, client) -> {
			Signed signed = Signed.of(init.getConnectionInformation(), this.namespaces);
			PublishInboundInterceptor telemetry = (i, o) -> onPublish(signed.orLookUp(i.getConnectionInformation()), i,
					o);
			client.addPublishInboundInterceptor(telemetry);
		});
		Services.eventRegistry().setClientLifecycleEventListener((in) -> lifecycle);
	}

	@Override
	public void extensionStop(ExtensionStopInput input, ExtensionStopOutput output) {
		this.clients = null;
		this.publishing = null;
	}

	/**
	 * Publishes a command to {@code kaiwu/<key>/commands/<id>} with QoS 1.
	 * @throws IllegalStateException when the broker does not run.
	 */
	void publishCommand(String deviceKey, UUID commandId, byte[] payload) {
		PublishService service = this.publishing;
		if (service == null) {
			throw new IllegalStateException("The MQTT broker is not running");
		}
		service.publish(Builders.publish()
			.topic(TopicAcl.commandTopic(deviceKey, commandId.toString()))
			.qos(Qos.AT_LEAST_ONCE)
			.payloadFormatIndicator(PayloadFormatIndicator.UTF_8)
			.contentType("application/json")
			.payload(ByteBuffer.wrap(payload))
			.build());
	}

	/**
	 * Publishes a message of Kaiwu's own (for example a Sparkplug STATE or command).
	 * @throws IllegalStateException when the broker does not run.
	 */
	void publish(String topic, byte[] payload, boolean retain) {
		PublishService service = this.publishing;
		if (service == null) {
			throw new IllegalStateException("The MQTT broker is not running");
		}
		service.publish(Builders.publish()
			.topic(topic)
			.qos(Qos.AT_LEAST_ONCE)
			.retain(retain)
			.payload(ByteBuffer.wrap(payload))
			.build());
	}

	private void authenticate(SimpleAuthInput input, SimpleAuthOutput output) {
		Optional<String> user = input.getConnectPacket().getUserName();
		Optional<ByteBuffer> password = input.getConnectPacket().getPassword();
		if (user.isEmpty() || password.isEmpty()) {
			refuse(output, "a device signs in with its key as user name and its secret as password");
			return;
		}
		String key = user.get();
		String secret = StandardCharsets.UTF_8.decode(password.get().asReadOnlyBuffer()).toString();
		Optional<MqttNamespace> namespace = namespaceClaiming(key);
		if (namespace.isPresent()) {
			authenticateIn(namespace.get(), input, output, key, secret);
			return;
		}
		Async<SimpleAuthOutput> async = output.async(this.timeout, TimeoutFallback.FAILURE,
				ConnackReasonCode.SERVER_UNAVAILABLE, "authentication timed out");
		try {
			this.executor.execute(() -> {
				try {
					if (this.devices.authenticate(key, secret).isPresent()) {
						input.getConnectionInformation().getConnectionAttributeStore().putAsString(DEVICE_KEY, key);
						output.authenticateSuccessfully();
					}
					else {
						refuse(output, "unknown device key or wrong secret");
					}
				}
				catch (RuntimeException ex) {
					log.warn("MQTT authentication of {} failed", key, ex);
					this.statistics.error("authentication failed: " + ex.getMessage());
					output.failAuthentication(ConnackReasonCode.SERVER_UNAVAILABLE, "authentication failed");
				}
				finally {
					async.resume();
				}
			});
		}
		catch (RejectedExecutionException ex) {
			output.failAuthentication(ConnackReasonCode.SERVER_BUSY, "server busy");
			async.resume();
		}
	}

	private void authenticateIn(MqttNamespace namespace, SimpleAuthInput input, SimpleAuthOutput output,
			String username, String secret) {
		String clientId = input.getClientInformation().getClientId();
		byte[] will = input.getConnectPacket()
			.getWillPublish()
			.flatMap((w) -> w.getPayload())
			.map(DeviceGate::bytes)
			.orElse(null);
		Async<SimpleAuthOutput> async = output.async(this.timeout, TimeoutFallback.FAILURE,
				ConnackReasonCode.SERVER_UNAVAILABLE, "authentication timed out");
		try {
			this.executor.execute(() -> {
				try {
					Optional<String> principal = namespace.authenticate(username, secret, clientId, will);
					if (principal.isPresent()) {
						var attributes = input.getConnectionInformation().getConnectionAttributeStore();
						attributes.putAsString(NAMESPACE, Integer.toString(this.namespaces.indexOf(namespace)));
						attributes.putAsString(PRINCIPAL, principal.get());
						output.authenticateSuccessfully();
					}
					else {
						refuse(output, "unknown user name or wrong secret");
					}
				}
				catch (RuntimeException ex) {
					log.warn("MQTT authentication of {} failed", username, ex);
					this.statistics.error("authentication failed: " + ex.getMessage());
					output.failAuthentication(ConnackReasonCode.SERVER_UNAVAILABLE, "authentication failed");
				}
				finally {
					async.resume();
				}
			});
		}
		catch (RejectedExecutionException ex) {
			output.failAuthentication(ConnackReasonCode.SERVER_BUSY, "server busy");
			async.resume();
		}
	}

	private Optional<MqttNamespace> namespaceClaiming(String username) {
		return this.namespaces.stream().filter((n) -> n.claims(username)).findFirst();
	}

	/** The namespace and principal of a client that signed in through one. */
	private Optional<Map.Entry<MqttNamespace, String>> member(ConnectionInformation connection) {
		return Optional.ofNullable(Signed.of(connection, this.namespaces).member());
	}

	private void refuse(SimpleAuthOutput output, String reason) {
		this.statistics.connectionRefused();
		output.failAuthentication(ConnackReasonCode.BAD_USER_NAME_OR_PASSWORD, reason);
	}

	private void authorizePublish(Signed signed, PublishAuthorizerInput input, PublishAuthorizerOutput output) {
		String topic = input.getPublishPacket().getTopic();
		boolean allowed = (signed.member() != null)
				? signed.member().getKey().mayPublish(signed.member().getValue(), topic) : (signed.deviceKey() != null)
						&& (topic.equals(signed.telemetryTopic()) || TopicAcl.mayPublish(signed.deviceKey(), topic));
		if (allowed) {
			output.authorizeSuccessfully();
		}
		else {
			this.statistics.publishRefused();
			output.failAuthorization(AckReasonCode.NOT_AUTHORIZED, "a device publishes only to its own topics");
		}
	}

	private void authorizeSubscription(Signed signed, SubscriptionAuthorizerInput input,
			SubscriptionAuthorizerOutput output) {
		String filter = input.getSubscription().getTopicFilter();
		boolean allowed = (signed.member() != null)
				? signed.member().getKey().maySubscribe(signed.member().getValue(), filter)
				: (signed.deviceKey() != null) && TopicAcl.maySubscribe(signed.deviceKey(), filter);
		if (allowed) {
			output.authorizeSuccessfully();
		}
		else {
			this.statistics.subscriptionRefused();
			output.failAuthorization(SubackReasonCode.NOT_AUTHORIZED,
					"a device subscribes only to kaiwu/<its key>/commands/#");
		}
	}

	private void onPublish(Signed signed, PublishInboundInput input, PublishInboundOutput output) {
		if (signed.member() != null) {
			onNamespacePublish(signed.member().getKey(), signed.member().getValue(), input, output);
			return;
		}
		String device = signed.deviceKey();
		String topic = input.getPublishPacket().getTopic();
		if (device == null) {
			return; // nobody Kaiwu knows: the authorizer refuses it
		}
		if (!topic.equals(signed.telemetryTopic())) {
			TopicAcl.commandReply(topic)
				.filter((r) -> device.equals(r.deviceKey()))
				.ifPresent((reply) -> onReply(reply,
						input.getPublishPacket().getPayload().map(DeviceGate::bytes).orElseGet(() -> new byte[0])));
			return; // a reply, or not telemetry of this device: the authorizer decides
		}
		Optional<String> key = Optional.of(device);
		byte[] payload = input.getPublishPacket().getPayload().map(DeviceGate::bytes).orElseGet(() -> new byte[0]);
		boolean mqtt3 = input.getConnectionInformation().getMqttVersion() != MqttVersion.V_5;
		String clientId = input.getClientInformation().getClientId();
		Async<PublishInboundOutput> async = output.async(this.timeout, TimeoutFallback.FAILURE,
				AckReasonCode.UNSPECIFIED_ERROR, "telemetry was not stored in time");
		try {
			// parsed here, stored by the writer thread with the messages of other devices
			// in one transaction; the PUBACK waits for that commit
			this.executor.execute(() -> ingest(key.get(), payload).whenComplete((done, failure) -> {
				if (failure == null) {
					this.statistics.received();
					async.resume();
					return;
				}
				// disconnecting blocks, and must happen before the answer: not on the
				// writer
				Runnable refusal = () -> {
					try {
						refuse(key.get(), clientId, mqtt3, output, failure);
					}
					finally {
						async.resume();
					}
				};
				try {
					this.executor.execute(refusal);
				}
				catch (RejectedExecutionException ex) {
					refusal.run();
				}
			}));
		}
		catch (RejectedExecutionException ex) {
			this.statistics.failed("ingestion queue full");
			if (mqtt3) {
				disconnect(clientId);
			}
			output.preventPublishDelivery(AckReasonCode.QUOTA_EXCEEDED, "server busy");
			async.resume();
		}
	}

	/**
	 * A publish of a namespace client: handled in arrival order, and acknowledged (QoS 1)
	 * only after the namespace has handled it, as telemetry is.
	 */
	private void onNamespacePublish(MqttNamespace namespace, String principal, PublishInboundInput input,
			PublishInboundOutput output) {
		String topic = input.getPublishPacket().getTopic();
		if (!namespace.mayPublish(principal, topic)) {
			return; // the authorizer refuses it
		}
		byte[] payload = input.getPublishPacket().getPayload().map(DeviceGate::bytes).orElseGet(() -> new byte[0]);
		boolean mqtt3 = input.getConnectionInformation().getMqttVersion() != MqttVersion.V_5;
		String clientId = input.getClientInformation().getClientId();
		Async<PublishInboundOutput> async = output.async(this.timeout, TimeoutFallback.FAILURE,
				AckReasonCode.UNSPECIFIED_ERROR, "the message was not handled in time");
		try {
			serialFor(clientId).execute(() -> {
				try {
					namespace.received(principal, clientId, topic, payload);
				}
				catch (RuntimeException ex) {
					log.warn("MQTT message of {} on {} was not handled", principal, topic, ex);
					this.statistics.failed("message of " + principal + " was not handled: " + ex.getMessage());
					if (mqtt3) {
						disconnect(clientId);
					}
					output.preventPublishDelivery(AckReasonCode.UNSPECIFIED_ERROR, "the message could not be handled");
				}
				finally {
					async.resume();
				}
			});
		}
		catch (RejectedExecutionException ex) {
			this.statistics.failed("ingestion queue full");
			if (mqtt3) {
				disconnect(clientId);
			}
			output.preventPublishDelivery(AckReasonCode.QUOTA_EXCEEDED, "server busy");
			async.resume();
		}
	}

	private SerialExecutor serialFor(String clientId) {
		return this.serial.computeIfAbsent(clientId, (id) -> new SerialExecutor(this.executor));
	}

	/**
	 * A message that was not stored: an error PUBACK, or for MQTT 3.1.1 no PUBACK at all.
	 */
	private void refuse(String key, String clientId, boolean mqtt3, PublishInboundOutput output, Throwable failure) {
		Throwable cause = (failure instanceof CompletionException && failure.getCause() != null) ? failure.getCause()
				: failure;
		boolean busy = cause instanceof RejectedExecutionException;
		if (!busy) {
			log.warn("MQTT telemetry of {} was not stored", key, cause);
		}
		this.statistics.failed("telemetry of " + key + " was not stored: " + cause.getMessage());
		if (mqtt3) {
			disconnect(clientId);
		}
		output.preventPublishDelivery(busy ? AckReasonCode.QUOTA_EXCEEDED : AckReasonCode.UNSPECIFIED_ERROR,
				busy ? "server busy" : "telemetry could not be stored");
	}

	private void onReply(TopicAcl.CommandReply reply, byte[] payload) {
		UUID id;
		try {
			id = UUID.fromString(reply.commandId());
		}
		catch (IllegalArgumentException ex) {
			return; // not a Kaiwu command id: nobody waits for it
		}
		CommandReplies target = this.replies.getIfAvailable();
		if (target == null) {
			return;
		}
		try {
			this.executor.execute(() -> {
				try {
					target.commandReplied(reply.deviceKey(), id, payload);
				}
				catch (RuntimeException ex) {
					log.warn("The reply of {} to command {} was not handled", reply.deviceKey(), id, ex);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			log.warn("The reply of {} to command {} was dropped: executor busy or stopped", reply.deviceKey(), id);
		}
	}

	private CompletableFuture<Void> ingest(String key, byte[] payload) {
		TelemetryIngestion target = this.resolvedIngestion;
		if (target == null) {
			target = this.ingestion.getIfAvailable();
			this.resolvedIngestion = target;
		}
		if (target == null) {
			return CompletableFuture
				.failedFuture(new IllegalStateException("telemetry ingestion is not available in this installation"));
		}
		try {
			TelemetryPayload.Parsed parsed = TelemetryPayload.parse(payload);
			return target.ingestGrouped(key, parsed.readings(), CONNECTOR, parsed.rejected());
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	private void disconnect(String clientId) {
		ClientService service = this.clients;
		if (service == null) {
			return;
		}
		try {
			service.disconnectClient(clientId).get(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			log.warn("Could not disconnect MQTT client {}", clientId, ex);
		}
	}

	private static byte[] bytes(ByteBuffer buffer) {
		ByteBuffer copy = buffer.asReadOnlyBuffer();
		byte[] bytes = new byte[copy.remaining()];
		copy.get(bytes);
		return bytes;
	}

	private static Optional<String> deviceKey(ConnectionInformation connection) {
		return connection.getConnectionAttributeStore().getAsString(DEVICE_KEY);
	}

	/**
	 * Who a client signed in as: a device (its key) or a namespace's principal; neither
	 * for a client Kaiwu does not know.
	 */
	private record Signed(@Nullable String deviceKey, Map.@Nullable Entry<MqttNamespace, String> member,
			@Nullable String telemetryTopic, List<MqttNamespace> namespaces) {

		static Signed of(ConnectionInformation connection, List<MqttNamespace> namespaces) {
			var attributes = connection.getConnectionAttributeStore();
			Optional<String> index = attributes.getAsString(NAMESPACE);
			Optional<String> principal = attributes.getAsString(PRINCIPAL);
			if (index.isPresent() && principal.isPresent()) {
				return new Signed(null, Map.entry(namespaces.get(Integer.parseInt(index.get())), principal.get()), null,
						namespaces);
			}
			String key = attributes.getAsString(DEVICE_KEY).orElse(null);
			return new Signed(key, null, (key != null) ? TopicAcl.telemetryTopic(key) : null, namespaces);
		}

		/** This, or when it was taken before sign-in finished, a fresh look. */
		Signed orLookUp(ConnectionInformation connection) {
			return (this.deviceKey != null || this.member != null) ? this : of(connection, this.namespaces);
		}

	}

	private record Authorizers(PublishAuthorizer publish,
			SubscriptionAuthorizer subscription) implements PublishAuthorizer, SubscriptionAuthorizer {

		@Override
		public void authorizePublish(PublishAuthorizerInput input, PublishAuthorizerOutput output) {
			this.publish.authorizePublish(input, output);
		}

		@Override
		public void authorizeSubscribe(SubscriptionAuthorizerInput input, SubscriptionAuthorizerOutput output) {
			this.subscription.authorizeSubscribe(input, output);
		}

	}

	private final class Lifecycle implements ClientLifecycleEventListener {

		@Override
		public void onMqttConnectionStart(ConnectionStartInput input) {
		}

		@Override
		public void onAuthenticationSuccessful(AuthenticationSuccessfulInput input) {
			deviceKey(input.getConnectionInformation()).ifPresent((key) -> {
				DeviceGate.this.statistics.connected(input.getClientInformation().getClientId(), key);
				runQuietly(() -> DeviceGate.this.devices.markSeen(key, Instant.now()));
			});
		}

		@Override
		public void onDisconnect(DisconnectEventInput input) {
			member(input.getConnectionInformation()).ifPresent((m) -> {
				String clientId = input.getClientInformation().getClientId();
				try {
					serialFor(clientId).execute(() -> {
						try {
							m.getKey().disconnected(m.getValue(), clientId);
						}
						catch (RuntimeException ex) {
							log.warn("MQTT disconnect of {} was not handled", m.getValue(), ex);
						}
						finally {
							DeviceGate.this.serial.remove(clientId);
						}
					});
				}
				catch (RejectedExecutionException ex) {
					DeviceGate.this.serial.remove(clientId);
					log.warn("MQTT disconnect of {} dropped: executor busy or stopped", m.getValue());
				}
			});
			deviceKey(input.getConnectionInformation()).ifPresent((key) -> {
				if (DeviceGate.this.statistics.disconnected(input.getClientInformation().getClientId(), key)) {
					runQuietly(() -> DeviceGate.this.devices.markOffline(key, Instant.now()));
				}
			});
		}

		private void runQuietly(Runnable task) {
			try {
				DeviceGate.this.executor.execute(() -> {
					try {
						task.run();
					}
					catch (RuntimeException ex) {
						log.warn("MQTT device state update failed", ex);
					}
				});
			}
			catch (RejectedExecutionException ex) {
				log.warn("MQTT device state update dropped: executor busy or stopped");
			}
		}

	}

}
