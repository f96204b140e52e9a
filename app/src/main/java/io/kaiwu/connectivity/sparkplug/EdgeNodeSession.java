package io.kaiwu.connectivity.sparkplug;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What the host knows of one connected edge node: its registration, the {@code bdSeq} of
 * its last NBIRTH, the {@code seq} count, and the alias table of each birth. Guarded by
 * its own monitor: the broker hands an edge node's messages over one at a time, but a
 * disconnect of an earlier connection may come in between.
 */
final class EdgeNodeSession {

	/** The key of the edge node's own alias table (its NBIRTH). */
	static final String NODE = "";

	private EdgeNode registration;

	private final SequenceCheck sequence = new SequenceCheck();

	/** device id ({@link #NODE} for the node) → what its birth declared. */
	private final Map<String, AliasTable> births = new LinkedHashMap<>();

	/** device id ({@link #NODE} for the node) → its Kaiwu device key, bound at birth. */
	private final Map<String, String> keys = new HashMap<>();

	/** client id → the bdSeq its will (NDEATH) carries. */
	private final Map<String, Long> wills = new HashMap<>();

	private long birthBdSeq = -1;

	private boolean born;

	private @Nullable Instant lastRebirthRequest;

	private long rebirthRequests;

	private long messages;

	EdgeNodeSession(EdgeNode registration) {
		this.registration = registration;
	}

	EdgeNode registration() {
		return this.registration;
	}

	void registration(EdgeNode registration) {
		this.registration = registration;
	}

	SequenceCheck sequence() {
		return this.sequence;
	}

	Map<String, AliasTable> births() {
		return this.births;
	}

	/**
	 * The device key a device id was bound to at its birth; before any birth, the default
	 * {@code {group}.{node}.{device}}.
	 */
	String keyOf(@Nullable String deviceId) {
		String id = (deviceId != null) ? deviceId : NODE;
		String bound = this.keys.get(id);
		return (bound != null) ? bound : SparkplugNames.deviceKey(this.registration.groupId(),
				this.registration.edgeNodeId(), NODE.equals(id) ? null : id);
	}

	void bind(@Nullable String deviceId, String deviceKey) {
		this.keys.put((deviceId != null) ? deviceId : NODE, deviceKey);
	}

	/** The device id bound to a device key, if a birth bound it. */
	Optional<String> deviceIdOf(String deviceKey) {
		return this.keys.entrySet()
			.stream()
			.filter((e) -> e.getValue().equals(deviceKey))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	void will(String clientId, @Nullable Long bdSeq) {
		if (bdSeq != null) {
			this.wills.put(clientId, bdSeq);
		}
	}

	@Nullable Long removeWill(String clientId) {
		return this.wills.remove(clientId);
	}

	boolean born() {
		return this.born;
	}

	long birthBdSeq() {
		return this.birthBdSeq;
	}

	void born(long bdSeq) {
		this.born = true;
		this.birthBdSeq = bdSeq;
		this.lastRebirthRequest = null;
	}

	void died() {
		this.born = false;
		this.births.clear();
		this.sequence.reset();
	}

	/**
	 * Whether a rebirth request may be sent now: at most one every two seconds while the
	 * node has not answered the last one.
	 */
	boolean mayRequestRebirth(Instant now) {
		if (this.lastRebirthRequest != null && this.lastRebirthRequest.plusSeconds(2).isAfter(now)) {
			return false;
		}
		this.lastRebirthRequest = now;
		this.rebirthRequests++;
		return true;
	}

	long rebirthRequests() {
		return this.rebirthRequests;
	}

	void received() {
		this.messages++;
	}

	long messages() {
		return this.messages;
	}

}
