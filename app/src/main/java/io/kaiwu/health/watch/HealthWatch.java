package io.kaiwu.health.watch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.health.FailurePredicted;
import io.kaiwu.health.kernel.Assessment;
import io.kaiwu.health.kernel.HealthSettings;
import io.kaiwu.health.kernel.Prognosis;
import io.kaiwu.health.profile.HealthProfile;
import io.kaiwu.health.profile.ProfileRecords;
import io.kaiwu.health.profile.ProfilesChanged;
import io.kaiwu.telemetry.DeviceMeasurements;
import io.kaiwu.telemetry.MeasurementsStored;
import io.kaiwu.telemetry.MeasurementsWorker;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands the stored measurements of watched machines to the module's own thread
 * ({@link MeasurementsWorker} {@code kaiwu.health}). On the telemetry writer thread it
 * skips what no machine watches and queues the rest; when the queue is full it does not
 * wait: the batch is dropped, counted ({@code kaiwu.health.dropped}) and logged (the
 * monitors are statistics over an hour of samples and bear a gap, and a derived estimate
 * must not slow ingestion). The one thread owns every machine's monitor. Monitors live in
 * memory: after a restart each machine learns its baseline again (one hour of running).
 */
@Component
public class HealthWatch implements MeasurementsWorker.Owner {

	private static final Logger log = LoggerFactory.getLogger(HealthWatch.class);

	private final MeasurementsWorker worker;

	private final ProfileRecords profiles;

	private final AssessmentRecords assessments;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	/** Devices with a watched machine, for the listener to filter on; swapped whole. */
	private volatile Map<UUID, List<HealthProfile>> watchedDevices = Map.of();

	/** Machines whose profile the watch has loaded, for the API to show. */
	private volatile Set<UUID> watchedMachines = Set.of();

	/** Owned by the watch thread. */
	private final Map<UUID, MachineWatch> machines = new HashMap<>();

	HealthWatch(ProfileRecords profiles, AssessmentRecords assessments, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, MeterRegistry meters,
			@Value("${kaiwu.health.queue-capacity:10000}") int capacity) {
		this.profiles = profiles;
		this.assessments = assessments;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.worker = MeasurementsWorker.named("kaiwu.health")
			.capacity(capacity)
			.whenFull(MeasurementsWorker.WhenFull.drop())
			.accepting(this::wanted)
			.consumer(this::assess)
			// profiles are read after a change, and every few seconds anyway
			.reloading(Duration.ofSeconds(5), this::reloadProfiles)
			.build(meters);
	}

	@EventListener
	void stored(MeasurementsStored event) {
		this.worker.offer(event);
	}

	/**
	 * On the writer thread: batches of watched devices, and every batch while a profile
	 * change is not read yet, so that a newly watched machine's first samples are not
	 * skipped.
	 */
	private boolean wanted(DeviceMeasurements batch) {
		return this.worker.changePending() || this.watchedDevices.containsKey(batch.deviceId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void profilesChanged(ProfilesChanged event) {
		this.worker.changed();
	}

	/**
	 * Keeps the monitors of unchanged profiles; starts new ones for new or changed
	 * profiles.
	 */
	private void reloadProfiles() {
		Map<UUID, List<HealthProfile>> byDevice = new HashMap<>();
		Map<UUID, MachineWatch> kept = new HashMap<>();
		for (HealthProfile p : this.profiles.all()) {
			byDevice.computeIfAbsent(p.deviceId(), (d) -> new ArrayList<>()).add(p);
			MachineWatch existing = this.machines.get(p.equipmentId());
			kept.put(p.equipmentId(), (existing != null && sameSignals(existing.profile(), p)) ? existing
					: new MachineWatch(p, HealthSettings.DEFAULTS));
		}
		for (MachineWatch gone : this.machines.values()) {
			if (!kept.containsKey(gone.profile().equipmentId())) {
				this.assessments.forget(gone.profile().tenant(), gone.profile().equipmentId());
			}
		}
		this.machines.clear();
		this.machines.putAll(kept);
		this.watchedDevices = Map.copyOf(byDevice);
		this.watchedMachines = Set.copyOf(kept.keySet());
	}

	/** Whether the watch has loaded this machine's profile and assesses its samples. */
	public boolean watches(UUID equipmentId) {
		return this.watchedMachines.contains(equipmentId);
	}

	private void assess(DeviceMeasurements event) {
		for (HealthProfile p : this.watchedDevices.getOrDefault(event.deviceId(), List.of())) {
			MachineWatch machine = this.machines.get(p.equipmentId());
			if (machine == null || !p.tenant().equals(event.tenant())) {
				continue;
			}
			for (Assessment a : machine.accept(event.measurements())) {
				keep(p, a);
			}
		}
	}

	private void keep(HealthProfile p, Assessment a) {
		Prognosis prognosis = a.prognosis();
		if (!a.warnsNow() || prognosis == null) {
			this.assessments.save(p.tenant(), p.equipmentId(), a);
			return;
		}
		UUID warning = UUID.randomUUID();
		this.transactions.executeWithoutResult((status) -> {
			this.assessments.save(p.tenant(), p.equipmentId(), a);
			this.assessments.warn(warning, p.tenant(), p.equipmentId(), a, prognosis);
			this.events.publishEvent(new FailurePredicted(p.tenant(), p.equipmentId(), warning, a.at(),
					prognosis.failureAt(), prognosis.earliest(), prognosis.latest(), a.healthIndex()));
		});
		log.info("Machine {} warned of a failure at {} (earliest {})", p.equipmentId(), prognosis.failureAt(),
				prognosis.earliest());
	}

	private static boolean sameSignals(HealthProfile a, HealthProfile b) {
		return a.deviceId().equals(b.deviceId()) && a.vibration().equals(b.vibration()) && a.load().equals(b.load())
				&& Objects.equals(a.temperature(), b.temperature()) && a.tenant().equals(b.tenant());
	}

	@Override
	public MeasurementsWorker worker() {
		return this.worker;
	}

}
