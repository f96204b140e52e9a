package io.kaiwu.equipment.timeline;

import java.util.UUID;

import io.kaiwu.equipment.DowntimeEnded;
import io.kaiwu.equipment.DowntimeStarted;
import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.equipment.MachineStateChanged;
import io.kaiwu.equipment.PartsCounted;
import io.kaiwu.equipment.ReportedOutput;
import io.kaiwu.equipment.state.MachineTimeline.Transition;
import io.kaiwu.equipment.state.PartsTally.Tally;
import io.kaiwu.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores what machines did and tells the other modules in the same transaction, so that
 * an interval and its event are committed together and the event publication registry
 * delivers the event to maintenance and production even across a restart.
 */
@Service
public class RecordingMachineStates {

	private static final Logger log = LoggerFactory.getLogger(RecordingMachineStates.class);

	private final StateIntervals intervals;

	private final PartsCounts counts;

	private final EquipmentCatalog catalog;

	private final ApplicationEventPublisher events;

	RecordingMachineStates(StateIntervals intervals, PartsCounts counts, EquipmentCatalog catalog,
			ApplicationEventPublisher events) {
		this.intervals = intervals;
		this.counts = counts;
		this.catalog = catalog;
		this.events = events;
	}

	/**
	 * A machine changed state: its open interval ends, a new one begins. Stops
	 * ({@code DOWN}, {@code SETUP}) start and end downtime.
	 */
	@Transactional
	public void changed(TenantId tenant, UUID equipmentId, Transition change) {
		if (change.from() != null) {
			this.intervals.end(tenant, equipmentId, change.at());
		}
		this.intervals
			.start(new StateInterval(UUID.randomUUID(), tenant, equipmentId, change.to(), change.at(), null, null));
		this.events.publishEvent(new MachineStateChanged(tenant, equipmentId, change.from(), change.to(), change.at()));
		if (change.from() != null && change.from().isDowntime() && change.fromSince() != null) {
			this.events
				.publishEvent(new DowntimeEnded(tenant, equipmentId, change.from(), change.fromSince(), change.at()));
		}
		if (change.to().isDowntime()) {
			this.events.publishEvent(new DowntimeStarted(tenant, equipmentId, change.to(), change.at()));
		}
	}

	/** Parts a machine's counters showed in one minute. */
	@Transactional
	public void counted(TenantId tenant, UUID equipmentId, Tally tally) {
		UUID id = UUID.randomUUID();
		this.counts.insert(tenant, id,
				new PartsCount(equipmentId, tally.from(), tally.to(), tally.good(), tally.reject(), false));
		this.events.publishEvent(
				new PartsCounted(tenant, id, equipmentId, tally.from(), tally.to(), tally.good(), tally.reject()));
	}

	/**
	 * Output reported on a machine (报工, published by production): kept as reported
	 * counts, which OEE uses instead of the counters' for that period.
	 */
	@ApplicationModuleListener
	void reported(ReportedOutput output) {
		if (this.catalog.equipment(output.tenant(), output.equipmentId()).isEmpty()) {
			log.warn("Reported output for machine {} ignored: tenant {} has no such machine", output.equipmentId(),
					output.tenant());
			return;
		}
		this.counts.insert(output.tenant(), UUID.randomUUID(), new PartsCount(output.equipmentId(), output.from(),
				output.to(), output.goodCount(), output.rejectCount(), true));
	}

}
