package io.kaiwu.production.allocation.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.production.allocation.kernel.PlantRoute.Alternative;
import io.kaiwu.production.allocation.kernel.PlantRoute.Operation;
import io.kaiwu.production.allocation.kernel.PlantRoute.ResourceTime;
import io.kaiwu.production.resource.kernel.Span;
import org.jspecify.annotations.Nullable;

/**
 * Rough-cut estimate of an order in one plant. Cost and required hours are taken on each
 * step's preferred resource: setup + quantity × run time ÷ speed factor. The finish is
 * found by walking the resources' working windows: each resource first works off the
 * released work queued on it, then each step in sequence takes the alternative resource
 * that ends it earliest, starting no earlier than the previous step ended. Unlike the
 * scheduler this may split a step across a break, which is good enough to compare plants.
 */
public final class PlantEstimate {

	private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

	private PlantEstimate() {
	}

	/**
	 * Estimates making a quantity in a plant.
	 * @param route the plant's routing and resources
	 * @param quantity how much to make, above zero
	 * @param now where the estimate starts
	 * @return the figures
	 */
	public static PlantOption of(PlantRoute route, BigDecimal quantity, Instant now) {
		Map<UUID, ResourceTime> resources = new HashMap<>();
		route.resources().forEach((r) -> resources.put(r.resourceId(), r));
		BigDecimal cost = BigDecimal.ZERO;
		Duration required = Duration.ZERO;
		for (Operation op : route.operations()) {
			Alternative preferred = op.alternatives().get(0);
			Duration hours = work(op, preferred, quantity);
			required = required.plus(hours);
			ResourceTime resource = resources.get(preferred.resourceId());
			BigDecimal rate = (resource != null) ? resource.costPerHour() : BigDecimal.ZERO;
			cost = cost.add(hours(hours).multiply(rate));
		}
		Duration available = Duration.ZERO;
		Duration load = Duration.ZERO;
		for (ResourceTime r : route.resources()) {
			available = available.plus(within(r.windows(), now, route.due()));
			load = load.plus(r.queued());
		}
		return new PlantOption(route.plantId(), route.plantCode(), route.routingId(), route.routingVersion(),
				cost.setScale(2, RoundingMode.HALF_UP), required, available, load,
				finish(route, resources, quantity, now), route.due());
	}

	/** Setup plus the quantity's run time on a resource of the given speed. */
	static Duration work(Operation op, Alternative on, BigDecimal quantity) {
		BigDecimal runSeconds = BigDecimal.valueOf(op.runPerUnit().toMillis())
			.movePointLeft(3)
			.multiply(quantity)
			.divide(on.speedFactor(), 0, RoundingMode.HALF_UP);
		return op.setup().plusSeconds(runSeconds.longValueExact());
	}

	private static @Nullable Instant finish(PlantRoute route, Map<UUID, ResourceTime> resources, BigDecimal quantity,
			Instant now) {
		// when each resource is through with what is already queued on it (or with our
		// earlier steps)
		Map<UUID, @Nullable Instant> freeFrom = new HashMap<>();
		resources.values().forEach((r) -> freeFrom.put(r.resourceId(), workThrough(r.windows(), now, r.queued())));
		Instant previousEnd = now;
		for (Operation op : route.operations()) {
			Instant bestEnd = null;
			UUID bestResource = null;
			for (Alternative a : op.alternatives()) {
				ResourceTime r = resources.get(a.resourceId());
				Instant from = (r != null) ? freeFrom.get(a.resourceId()) : null;
				if (from == null) {
					continue;
				}
				Instant start = from.isAfter(previousEnd) ? from : previousEnd;
				Instant end = workThrough(r.windows(), start, work(op, a, quantity));
				if (end != null && (bestEnd == null || end.isBefore(bestEnd))) {
					bestEnd = end;
					bestResource = a.resourceId();
				}
			}
			if (bestEnd == null) {
				return null;
			}
			freeFrom.put(bestResource, bestEnd);
			previousEnd = bestEnd;
		}
		return previousEnd;
	}

	/**
	 * When a piece of work started at {@code from} ends, working only inside the windows.
	 * @return the end; {@literal null} when the windows run out first
	 */
	static @Nullable Instant workThrough(List<Span> windows, Instant from, Duration work) {
		Duration left = work;
		Instant at = from;
		if (left.isZero()) {
			return at;
		}
		for (Span w : windows) {
			if (!w.end().isAfter(at)) {
				continue;
			}
			Instant start = w.start().isAfter(at) ? w.start() : at;
			Duration room = Duration.between(start, w.end());
			if (room.compareTo(left) >= 0) {
				return start.plus(left);
			}
			left = left.minus(room);
			at = w.end();
		}
		return null;
	}

	/** The part of the windows inside {@code [from, to)}. */
	static Duration within(List<Span> windows, Instant from, Instant to) {
		Duration total = Duration.ZERO;
		for (Span w : windows) {
			Instant start = w.start().isAfter(from) ? w.start() : from;
			Instant end = w.end().isBefore(to) ? w.end() : to;
			if (end.isAfter(start)) {
				total = total.plus(Duration.between(start, end));
			}
		}
		return total;
	}

	static BigDecimal hours(Duration d) {
		return BigDecimal.valueOf(d.toSeconds()).divide(SECONDS_PER_HOUR, 6, RoundingMode.HALF_UP);
	}

}
