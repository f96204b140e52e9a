package io.kaiwu.device;

import java.util.Map;
import java.util.UUID;

/**
 * A way to send commands (services of the thing model) to devices, implemented by a
 * connectivity module (the MQTT broker). The device module asks every transport whether
 * it can reach a device and sends through the first that can; the device's answer comes
 * back through {@link CommandReplies#commandReplied}.
 */
public interface CommandTransport {

	/**
	 * Whether the device is connected over this transport now and can receive a command.
	 * @param deviceKey the platform-unique key.
	 * @return {@literal true} when a command sent now would reach it.
	 */
	boolean canReach(String deviceKey);

	/**
	 * Sends a command; returns once it is handed to the transport, not when the device
	 * answers.
	 * @param deviceKey the device.
	 * @param commandId the command's id, which the device's reply names.
	 * @param service the service identifier.
	 * @param params the checked input parameters.
	 * @throws IllegalStateException when the command cannot be sent.
	 */
	void send(String deviceKey, UUID commandId, String service, Map<String, Object> params);

}
