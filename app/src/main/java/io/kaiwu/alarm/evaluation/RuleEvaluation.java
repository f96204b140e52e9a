package io.kaiwu.alarm.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.kaiwu.alarm.MaintenanceWindows;
import io.kaiwu.alarm.book.AlarmBook;
import io.kaiwu.alarm.store.AlarmRecords;
import io.kaiwu.alarm.store.RuleRecords;
import io.kaiwu.device.DeviceCatalog;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.device.DeviceTypeChanged;
import io.kaiwu.telemetry.AcceptedMeasurements;
import io.kaiwu.telemetry.MeasurementsAccepted;
import io.kaiwu.telemetry.MeasurementsWorker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands accepted measurements to the alarm module's own thread
 * ({@link MeasurementsWorker} {@code kaiwu.alarm.evaluation}) as they go to the store, so
 * that an alarm does not wait for the store's group commit (under load that commit, not
 * the rules, was most of the delay from publish to alarm). On the connector's thread only
 * batches of devices that some enabled rule watches (a rule of the device or of its type)
 * are queued; until changed rules are loaded, every batch is. When the queue is full the
 * connector waits up to {@link AlarmSettings#handOffWait()} (an alarm never evaluated is
 * a loss: the wait holds back the MQTT acknowledgement instead), then drops and counts
 * the batch ({@code kaiwu.alarm.evaluation.dropped}). A value that is sent again because
 * storing it failed is judged again and changes nothing: a rule ignores values not newer
 * than the last it judged. The one thread owns every rule's state; no-data rules are
 * checked by a timer's tick on the same thread.
 */
@Component
public class RuleEvaluation implements MeasurementsWorker.Owner, AcceptedMeasurements {

	private final MeasurementsWorker worker;

	private final Evaluator evaluator;

	private final Clock clock = Clock.systemUTC();

	/** What the writer thread queues: batches of devices some rule watches. */
	private final WatchedScopes watched = new WatchedScopes();

	private final AtomicBoolean forgetDevices = new AtomicBoolean();

	@Autowired
	RuleEvaluation(AlarmSettings settings, RuleRecords rules, AlarmRecords alarms, AlarmBook book,
			DeviceRegistry devices, DeviceCatalog catalog, MeterRegistry meters,
			ObjectProvider<MaintenanceWindows> windows, StormSettings storms) {
		this(settings, rules, alarms, book, devices, catalog, meters, windows.orderedStream().toList(), storms);
	}

	/** With the maintenance windows to ask (any number, none too) and the storm limit. */
	RuleEvaluation(AlarmSettings settings, RuleRecords rules, AlarmRecords alarms, AlarmBook book,
			DeviceRegistry devices, DeviceCatalog catalog, MeterRegistry meters, List<MaintenanceWindows> windows,
			StormSettings storms) {
		Counter folded = Counter.builder("kaiwu.alarm.storm.folded")
			.description("Rule raises folded into a storm summary alarm instead of becoming alarms")
			.register(meters);
		// from a value's timestamp to its alarm stored: publish → alarm when devices
		// stamp at send. A histogram, not client-side percentiles: those cover a sliding
		// window of about the last minute and read 0 when no alarm was raised in it; the
		// buckets count since start, so the percentiles of any window follow from two
		// scrapes (histogram_quantile in Prometheus)
		Timer raiseDelay = Timer.builder("kaiwu.alarm.raise.delay")
			.description("From the timestamp of the value that broke a rule to its alarm stored")
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(1))
			.maximumExpectedValue(Duration.ofSeconds(30))
			.register(meters);
		this.evaluator = new Evaluator(rules, alarms, book, devices, catalog, windows, storms, folded, raiseDelay,
				this.clock);
		this.worker = MeasurementsWorker.named("kaiwu.alarm.evaluation")
			.capacity(settings.queueCapacity())
			.whenFull(MeasurementsWorker.WhenFull.waitUpTo(settings.handOffWait()))
			.accepting(this.watched::wants)
			.consumer(this.evaluator::judge)
			.upkeep(this::upkeep)
			.build(meters);
	}

	@Override
	public void accepted(MeasurementsAccepted batch) {
		this.worker.offer(batch);
	}

	@EventListener
	void typeChanged(DeviceTypeChanged event) {
		this.forgetDevices.set(true);
	}

	/** Rules were saved or deleted: evaluate with the new ones from the next batch on. */
	public void rulesChanged() {
		this.watched.changed();
		// wakes the evaluation thread now rather than at its next poll
		this.worker.submit(() -> {
		});
	}

	@Scheduled(fixedDelayString = "${kaiwu.alarm.no-data-check:10s}")
	void tick() {
		Instant now = this.clock.instant();
		this.worker.submit(() -> this.evaluator.tick(now));
	}

	/** On the evaluation thread, before each batch: loads what changed. */
	private void upkeep() {
		long change = this.watched.toLoad();
		if (change >= 0) {
			this.evaluator.reload();
			this.watched.loaded(change, this.evaluator.scopes());
		}
		if (this.forgetDevices.getAndSet(false)) {
			this.evaluator.forgetDevices();
		}
	}

	@Override
	public MeasurementsWorker worker() {
		return this.worker;
	}

}
