package io.kaiwu.device.command;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A command sent to a device, and its outcome.
 *
 * @param id the command id, also in the MQTT topic.
 * @param tenant the device's tenant.
 * @param deviceId the device.
 * @param deviceKey the device's key.
 * @param service the service identifier.
 * @param params the input parameters as JSON text.
 * @param state where it stands.
 * @param reply the device's result as JSON text; {@literal null} unless it answered.
 * @param error the device's error, or why it failed; {@literal null} when none.
 * @param issuedBy the user who sent it.
 * @param issuedAt when it was sent.
 * @param finishedAt when it got its outcome; {@literal null} while {@link State#SENT}.
 */
public record DeviceCommand(UUID id, UUID tenant, UUID deviceId, String deviceKey, String service, String params,
		State state, @Nullable String reply, @Nullable String error, String issuedBy, Instant issuedAt,
		@Nullable Instant finishedAt) {

	/** Where a command stands. */
	public enum State {

		/** Sent, no answer yet. */
		SENT,
		/** The device answered ok. */
		REPLIED,
		/** The device answered with an error. */
		FAILED,
		/** No answer within the timeout. */
		TIMED_OUT

	}

	DeviceCommand finish(State outcome, @Nullable String result, @Nullable String failure, Instant at) {
		return new DeviceCommand(this.id, this.tenant, this.deviceId, this.deviceKey, this.service, this.params,
				outcome, result, failure, this.issuedBy, this.issuedAt, at);
	}

	/** What the audit log keeps. */
	Map<String, Object> auditView() {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("device", this.deviceKey);
		view.put("service", this.service);
		view.put("params", this.params);
		view.put("state", this.state.name());
		if (this.reply != null) {
			view.put("result", this.reply);
		}
		if (this.error != null) {
			view.put("error", this.error);
		}
		return view;
	}

}
