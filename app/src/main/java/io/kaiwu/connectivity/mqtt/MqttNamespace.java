package io.kaiwu.connectivity.mqtt;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A part of the embedded broker that is not Kaiwu's own device topics: clients that sign
 * in with a user name this namespace {@link #claims claims} (for example Sparkplug B edge
 * nodes, {@code spb:{group}:{node}}) are authenticated, authorized and served by it
 * instead of the device rules. The broker calls it off its network threads, one message
 * of a client after the other in arrival order, and acknowledges a QoS 1 publish only
 * after {@link #received} returns.
 */
public interface MqttNamespace {

	/** Whether a client with this user name belongs to this namespace. */
	boolean claims(String username);

	/**
	 * Checks a client's credentials.
	 * @param username the user name (one this namespace claims).
	 * @param password the password.
	 * @param clientId the MQTT client identifier.
	 * @param will the payload of the client's will message, {@literal null} without one.
	 * @return the principal (a name this namespace understands), empty to refuse.
	 */
	Optional<String> authenticate(String username, String password, String clientId, byte @Nullable [] will);

	/** Whether the principal may publish to this topic name. */
	boolean mayPublish(String principal, String topic);

	/** Whether the principal may subscribe to this topic filter. */
	boolean maySubscribe(String principal, String filter);

	/**
	 * A publish of the principal, which the authorizer allowed.
	 * @throws RuntimeException when it could not be handled: an MQTT 5 client then gets
	 * an error instead of the acknowledgement, an MQTT 3.1.1 client is disconnected.
	 */
	void received(String principal, String clientId, String topic, byte[] payload);

	/** The client's connection ended (its will, if any, is being published). */
	void disconnected(String principal, String clientId);

}
