package io.kaiwu.alarm.evaluation;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.kaiwu.alarm.MaintenanceWindows;
import io.kaiwu.alarm.book.AlarmBook;
import io.kaiwu.alarm.store.AlarmRecords;
import io.kaiwu.alarm.store.RuleRecords;
import io.kaiwu.device.DeviceCatalog;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.device.DeviceTypeChanged;
import io.kaiwu.telemetry.MeasurementsStored;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands stored measurements to the alarm module's own thread. The listener runs on the
 * telemetry writer thread, the ingestion bottleneck: it only offers the event to a
 * bounded queue and never waits; when the queue is full the event is dropped, counted
 * ({@code kaiwu.alarm.evaluation.dropped}) and logged. One thread takes the work and owns
 * every rule's state.
 */
@Component
public class RuleEvaluation implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RuleEvaluation.class);

	private final BlockingQueue<Work> queue;

	private final Evaluator evaluator;

	private final Counter dropped;

	private final Clock clock = Clock.systemUTC();

	/**
	 * Set when rules or thing models changed; the thread reloads before its next work.
	 */
	private final AtomicBoolean reload = new AtomicBoolean(true);

	private final AtomicBoolean forgetDevices = new AtomicBoolean();

	private volatile @Nullable Thread thread;

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
		this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
		Counter folded = Counter.builder("kaiwu.alarm.storm.folded")
			.description("Rule raises folded into a storm summary alarm instead of becoming alarms")
			.register(meters);
		// from a value's timestamp to its alarm stored: publish → alarm when devices
		// stamp at send
		Timer raiseDelay = Timer.builder("kaiwu.alarm.raise.delay")
			.description("From the timestamp of the value that broke a rule to its alarm stored")
			.publishPercentiles(0.5, 0.99)
			.register(meters);
		this.evaluator = new Evaluator(rules, alarms, book, devices, catalog, windows, storms, folded, raiseDelay,
				this.clock);
		this.dropped = Counter.builder("kaiwu.alarm.evaluation.dropped")
			.description("Stored measurement batches not evaluated because the alarm queue was full")
			.register(meters);
		meters.gauge("kaiwu.alarm.evaluation.queued", this.queue, BlockingQueue::size);
	}

	@EventListener
	void stored(MeasurementsStored event) {
		offer(new Work.Stored(event));
	}

	@EventListener
	void typeChanged(DeviceTypeChanged event) {
		this.forgetDevices.set(true);
	}

	/** Rules were saved or deleted: evaluate with the new ones from the next batch on. */
	public void rulesChanged() {
		this.reload.set(true);
	}

	@Scheduled(fixedDelayString = "${kaiwu.alarm.no-data-check:10s}")
	void tick() {
		offer(new Work.Tick(this.clock.instant()));
	}

	private void offer(Work work) {
		if (!this.queue.offer(work)) {
			this.dropped.increment();
			long count = (long) this.dropped.count();
			if (count == 1 || count % 1000 == 0) {
				log.warn("Alarm evaluation queue is full: {} batches dropped so far", count);
			}
		}
	}

	private void run() {
		while (!Thread.currentThread().isInterrupted()) {
			try {
				Work work = this.queue.poll(1, TimeUnit.SECONDS);
				if (this.reload.getAndSet(false)) {
					this.evaluator.reload();
				}
				if (this.forgetDevices.getAndSet(false)) {
					this.evaluator.forgetDevices();
				}
				if (work instanceof Work.Stored stored) {
					this.evaluator.judge(stored.event());
				}
				else if (work instanceof Work.Tick tick) {
					this.evaluator.tick(tick.now());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException ex) {
				// one bad batch (a database hiccup) must not stop evaluation
				log.error("Alarm evaluation failed for one batch", ex);
			}
		}
	}

	@Override
	public void start() {
		Thread worker = new Thread(this::run, "kaiwu-alarm-evaluation");
		worker.setDaemon(true);
		this.thread = worker;
		worker.start();
	}

	@Override
	public void stop() {
		Thread worker = this.thread;
		this.thread = null;
		if (worker != null) {
			worker.interrupt();
			try {
				worker.join(TimeUnit.SECONDS.toMillis(5));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

}
