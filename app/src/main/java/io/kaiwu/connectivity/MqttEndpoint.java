package io.kaiwu.connectivity;

import java.net.URI;
import java.util.Optional;

/**
 * Where a client on this machine reaches the embedded MQTT broker, for clients inside
 * Kaiwu such as the demo plant.
 */
public interface MqttEndpoint {

	/**
	 * The broker's address for a local client, {@code tcp://127.0.0.1:<port>} when it
	 * listens on every address.
	 * @return the address, empty while the broker does not run.
	 */
	Optional<URI> localUri();

}
