package io.kaiwu.device;

import java.util.UUID;

/**
 * Where a {@link CommandTransport} delivers a device's answer to a command.
 */
public interface CommandReplies {

	/**
	 * A device answered a command. The payload is JSON {@code {"ok": true|false,
	 * "result": {...}, "error": "..."}}. Answers to unknown commands, to another device's
	 * commands or after the command timed out are ignored.
	 * @param deviceKey the device that answered (as authenticated by the transport).
	 * @param commandId the command id from the reply topic.
	 * @param payload the reply as sent.
	 */
	void commandReplied(String deviceKey, UUID commandId, byte[] payload);

}
