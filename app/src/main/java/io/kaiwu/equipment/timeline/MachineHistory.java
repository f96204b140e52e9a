package io.kaiwu.equipment.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.equipment.registry.ManagingEquipment;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a machine did in a span, as users read it: its state intervals and part counts.
 */
@Service
public class MachineHistory {

	/** The longest span one question may cover. */
	public static final Duration MAX_SPAN = Duration.ofDays(93);

	private final ManagingEquipment equipment;

	private final StateIntervals intervals;

	private final PartsCounts counts;

	MachineHistory(ManagingEquipment equipment, StateIntervals intervals, PartsCounts counts) {
		this.equipment = equipment;
		this.intervals = intervals;
		this.counts = counts;
	}

	/** The intervals overlapping {@code [from, to)}, oldest first. */
	@Transactional(readOnly = true)
	public List<StateInterval> intervals(TenantId tenant, UUID equipmentId, Instant from, Instant to) {
		checkSpan(from, to);
		this.equipment.get(tenant, equipmentId);
		return this.intervals.overlapping(tenant, equipmentId, from, to);
	}

	/** The part counts whose period starts in {@code [from, to)}, oldest first. */
	@Transactional(readOnly = true)
	public List<PartsCount> counts(TenantId tenant, UUID equipmentId, Instant from, Instant to) {
		checkSpan(from, to);
		this.equipment.get(tenant, equipmentId);
		return this.counts.startingIn(tenant, equipmentId, from, to);
	}

	/** A span must end after it starts and must not be longer than {@link #MAX_SPAN}. */
	public static void checkSpan(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			throw new KaiwuProblem.InvalidInput("to", "problem.equipment.span-order");
		}
		if (Duration.between(from, to).compareTo(MAX_SPAN) > 0) {
			throw new KaiwuProblem.InvalidInput("to", "problem.equipment.span-too-long", MAX_SPAN.toDays());
		}
	}

}
