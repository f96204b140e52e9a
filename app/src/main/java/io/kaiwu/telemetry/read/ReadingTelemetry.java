package io.kaiwu.telemetry.read;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;
import java.util.UUID;

import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.StructureNode;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.TelemetryStore;
import io.kaiwu.telemetry.aggregation.Aggregate;
import io.kaiwu.telemetry.aggregation.Bucket;
import io.kaiwu.telemetry.aggregation.Buckets;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Reads of a device's telemetry for a signed-in user: the device must belong to the
 * user's tenant and lie in a site the user may see, or it is not found (404).
 */
@Service
public class ReadingTelemetry {

	/** The most buckets one aggregation answers. */
	public static final int MAX_BUCKETS = 10_000;

	/** The zone used when a device's site has none. */
	static final ZoneId FALLBACK_ZONE = ZoneId.of("Asia/Shanghai");

	private final DeviceRegistry devices;

	private final EnterpriseStructure structure;

	private final TelemetryStore store;

	ReadingTelemetry(DeviceRegistry devices, EnterpriseStructure structure, TelemetryStore store) {
		this.devices = devices;
		this.structure = structure;
		this.store = store;
	}

	/** A device as this user may see it, with its site's time zone. */
	public record SeenDevice(DeviceSummary device, ZoneId zone) {

		public PropertyDefinition property(String identifier) {
			return this.device.thingModel()
				.property(identifier)
				.orElseThrow(() -> new KaiwuProblem.NotFound("property", identifier));
		}

	}

	public SeenDevice device(KaiwuPrincipal principal, String key) {
		DeviceSummary device = this.devices.findByKey(key)
			.filter((d) -> d.tenant().equals(principal.requireTenant()))
			.orElseThrow(() -> new KaiwuProblem.NotFound("device", key));
		StructureNode site = site(device);
		if (site != null && !principal.maySee(site.id())) {
			throw new KaiwuProblem.NotFound("device", key);
		}
		ZoneId zone = FALLBACK_ZONE;
		if (site != null && site.timeZone() != null) {
			zone = ZoneId.of(site.timeZone());
		}
		return new SeenDevice(device, zone);
	}

	/**
	 * How many measurements the principal's tenant has in {@code [from, to)}, every
	 * device together.
	 */
	public long countAll(KaiwuPrincipal principal, Instant from, Instant to) {
		return this.store.countAll(principal.requireTenant(), from, to);
	}

	public List<Measurement> latest(SeenDevice seen) {
		return this.store.latest(seen.device().tenant(), seen.device().deviceId());
	}

	public Page<Measurement> history(SeenDevice seen, String property, Instant from, Instant to, PageQuery page) {
		seen.property(property);
		DeviceSummary d = seen.device();
		long total = this.store.count(d.tenant(), d.deviceId(), property, from, to);
		List<Measurement> items = this.store.history(d.tenant(), d.deviceId(), property, from, to, page.offset(),
				page.size());
		return Page.of(items, total, page);
	}

	/** Every measurement in the range, oldest first, read in chunks (for exports). */
	public void each(SeenDevice seen, String property, Instant from, Instant to,
			java.util.function.Consumer<Measurement> consumer) {
		seen.property(property);
		DeviceSummary d = seen.device();
		int chunk = 5000;
		long offset = 0;
		while (true) {
			List<Measurement> rows = this.store.history(d.tenant(), d.deviceId(), property, from, to, offset, chunk);
			rows.forEach(consumer);
			if (rows.size() < chunk) {
				return;
			}
			offset += chunk;
		}
	}

	public List<Bucket> aggregate(SeenDevice seen, String property, Instant from, Instant to, Duration interval,
			Aggregate aggregate) {
		PropertyDefinition definition = seen.property(property);
		if (!definition.dataType().numeric() && definition.dataType() != io.kaiwu.device.DataType.BOOLEAN) {
			throw new KaiwuProblem.InvalidInput("agg", "problem.telemetry.not-numeric", property);
		}
		if (interval.isNegative() || interval.isZero()
				|| Duration.between(from, to).dividedBy(interval) > MAX_BUCKETS) {
			throw new KaiwuProblem.InvalidInput("interval", "problem.telemetry.interval", MAX_BUCKETS);
		}
		DeviceSummary d = seen.device();
		OptionalDouble rollover = (definition.max() != null) ? OptionalDouble.of(definition.max().doubleValue())
				: OptionalDouble.empty();
		return Buckets.aggregate(this.store.numbers(d.tenant(), d.deviceId(), property, from, to), interval,
				seen.zone(), aggregate, rollover);
	}

	private @Nullable StructureNode site(DeviceSummary device) {
		@Nullable UUID next = device.nodeId();
		for (int depth = 0; next != null && depth < 10; depth++) {
			StructureNode node = this.structure.findNode(device.tenant(), next).orElse(null);
			if (node == null) {
				return null;
			}
			if (node.parentId() == null) {
				return node;
			}
			next = node.parentId();
		}
		return null;
	}

}
