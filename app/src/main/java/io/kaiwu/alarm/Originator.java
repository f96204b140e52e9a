package io.kaiwu.alarm;

import java.util.Objects;
import java.util.UUID;

/**
 * What an alarm is about: a device, or whatever another module watches (an inspection
 * characteristic, a discharge point).
 *
 * @param kind what sort of thing, for example {@code device} or
 * {@code inspection-characteristic}; lower-case letters, digits and dashes.
 * @param id the thing's id in its module.
 */
public record Originator(String kind, String id) {

	public static final String DEVICE = "device";

	public Originator {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(id, "id");
		if (!kind.matches("[a-z][a-z0-9-]{0,39}")) {
			throw new IllegalArgumentException(
					"Originator kind must be lower-case letters, digits and dashes: " + kind);
		}
		if (id.isBlank() || id.length() > 100) {
			throw new IllegalArgumentException("Originator id must be 1 to 100 characters");
		}
	}

	public static Originator device(UUID deviceId) {
		return new Originator(DEVICE, deviceId.toString());
	}

	@Override
	public String toString() {
		return this.kind + ":" + this.id;
	}

}
