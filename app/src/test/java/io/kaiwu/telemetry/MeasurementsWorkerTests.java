package io.kaiwu.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import io.kaiwu.shared.TenantId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The hand-off from the telemetry writer thread to a module's own thread: a full queue
 * either holds the writer back (nothing lost) or drops and counts exactly; stopping
 * handles what is queued.
 */
class MeasurementsWorkerTests {

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	final TenantId tenant = TenantId.of(UUID.randomUUID());

	final UUID type = UUID.randomUUID();

	/** Batches the consumer saw, by sequence number, in order. */
	final List<Integer> handled = Collections.synchronizedList(new ArrayList<>());

	/** Held closed, the consumer blocks on its first batch: the queue fills up. */
	final CountDownLatch gate = new CountDownLatch(1);

	final CountDownLatch consuming = new CountDownLatch(1);

	MeasurementsWorker worker;

	@AfterEach
	void stop() {
		this.gate.countDown();
		if (this.worker != null) {
			this.worker.stop();
		}
	}

	@Test
	void whatTheModuleKeepsInMemoryIsReadAtStartAfterEachChangeAndAgainWhenAReadFailed() {
		List<String> reads = Collections.synchronizedList(new ArrayList<>());
		AtomicBoolean failNext = new AtomicBoolean();
		this.worker = MeasurementsWorker.named("kaiwu.test.reloading").consumer((batch) -> {
		}).reloading(Duration.ofHours(1), () -> {
			if (failNext.getAndSet(false)) {
				throw new IllegalStateException("database hiccup");
			}
			reads.add("read");
		}).build(this.meters);
		assertThat(this.worker.changePending()).isTrue();
		this.worker.start();
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.worker.changePending());
		assertThat(reads).hasSize(1);

		// a failed read leaves the change pending: the next round reads again
		failNext.set(true);
		this.worker.changed();
		assertThat(this.worker.changePending()).isTrue();
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.worker.changePending());
		assertThat(reads).hasSize(2);
		assertThat(failNext).isFalse();
	}

	@Test
	void aFullQueueHoldsTheWriterBackAndNothingIsLost() throws Exception {
		this.worker = MeasurementsWorker.named("kaiwu.test.waiting")
			.capacity(2)
			.whenFull(MeasurementsWorker.WhenFull.waitUpTo(Duration.ofSeconds(30)))
			.consumer(gated())
			.build(this.meters);
		this.worker.start();
		int batches = 50;
		CompletableFuture<Long> writer = CompletableFuture.supplyAsync(() -> {
			long queued = 0;
			for (int i = 0; i < batches; i++) {
				queued += this.worker.offer(batch(i)) ? 1 : 0;
			}
			return queued;
		});

		// one batch in the consumer, two queued: the writer waits
		await().atMost(Duration.ofSeconds(10)).until(() -> counter("waited") >= 1);
		assertThat(writer).isNotDone();
		this.gate.countDown();

		assertThat(writer.get(30, TimeUnit.SECONDS)).isEqualTo(batches);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.handled.size() == batches);
		assertThat(this.handled).isSortedAccordingTo(Integer::compare).doesNotHaveDuplicates();
		assertThat(counter("dropped")).isZero();
		assertThat(counter("handled")).isEqualTo(batches);
	}

	@Test
	void aFullQueueThatDropsCountsExactlyAndNeverWaits() throws Exception {
		this.worker = MeasurementsWorker.named("kaiwu.test.dropping")
			.capacity(3)
			.whenFull(MeasurementsWorker.WhenFull.drop())
			.consumer(gated())
			.build(this.meters);
		this.worker.start();
		this.worker.offer(batch(0));
		assertThat(this.consuming.await(10, TimeUnit.SECONDS)).isTrue();

		List<Boolean> queued = new ArrayList<>();
		assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
			for (int i = 1; i <= 10; i++) {
				queued.add(this.worker.offer(batch(i)));
			}
		});

		assertThat(queued).containsExactly(true, true, true, false, false, false, false, false, false, false);
		assertThat(counter("dropped")).isEqualTo(7);
		assertThat(this.meters.get("kaiwu.test.dropping.queued").gauge().value()).isEqualTo(3);
		this.gate.countDown();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.handled.size() == 4);
		assertThat(this.handled).containsExactly(0, 1, 2, 3);
	}

	@Test
	void theWaitIsBoundedThenTheBatchIsDroppedAndCountedAndAStuckWorkerIsNotWaitedForAgain() throws Exception {
		this.worker = MeasurementsWorker.named("kaiwu.test.bounded")
			.capacity(1)
			.whenFull(MeasurementsWorker.WhenFull.waitUpTo(Duration.ofMillis(500)))
			.consumer(gated())
			.build(this.meters);
		this.worker.start();
		this.worker.offer(batch(0));
		assertThat(this.consuming.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.worker.offer(batch(1))).isTrue();

		long start = System.nanoTime();
		assertThat(this.worker.offer(batch(2))).isFalse();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
		assertThat(counter("waited")).isEqualTo(1);
		assertThat(counter("dropped")).isEqualTo(1);

		// the worker is stuck: the next batches are dropped at once, not after a wait
		// each
		assertTimeoutPreemptively(Duration.ofMillis(900), () -> {
			assertThat(this.worker.offer(batch(3))).isFalse();
			assertThat(this.worker.offer(batch(4))).isFalse();
		});
		assertThat(counter("waited")).isEqualTo(1);
		assertThat(counter("dropped")).isEqualTo(3);

		// once the worker takes batches again, a full queue is waited for again
		this.gate.countDown();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.handled.size() == 2);
		assertThat(this.worker.offer(batch(5))).isTrue();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.handled.size() == 3);
		assertThat(this.handled).containsExactly(0, 1, 5);
	}

	@Test
	void batchesTheFilterRefusesAreNeitherQueuedNorCounted() {
		UUID wanted = UUID.randomUUID();
		this.worker = MeasurementsWorker.named("kaiwu.test.filtered")
			.capacity(1)
			.accepting((batch) -> batch.deviceId().equals(wanted))
			.consumer(this::record)
			.build(this.meters);
		this.worker.start();

		for (int i = 0; i < 5; i++) {
			assertThat(this.worker.offer(batch(i, UUID.randomUUID()))).isTrue();
		}
		this.worker.offer(batch(5, wanted));

		await().atMost(Duration.ofSeconds(10)).until(() -> this.handled.size() == 1);
		assertThat(this.handled).containsExactly(5);
		assertThat(counter("handled")).isEqualTo(1);
		assertThat(counter("dropped")).isZero();
	}

	@Test
	void stoppingHandlesWhatIsQueuedThenRunsTheLastStepThenRefuses() throws Exception {
		List<String> steps = Collections.synchronizedList(new ArrayList<>());
		this.worker = MeasurementsWorker.named("kaiwu.test.stopping")
			.capacity(10)
			.consumer(gated().andThen((batch) -> steps.add("batch")))
			.atStop(() -> steps.add("stop"))
			.build(this.meters);
		this.worker.start();
		for (int i = 0; i < 5; i++) {
			this.worker.offer(batch(i));
		}
		assertThat(this.worker.submit(() -> steps.add("task"))).isTrue();
		assertThat(this.consuming.await(10, TimeUnit.SECONDS)).isTrue();

		CompletableFuture<Void> stopping = CompletableFuture.runAsync(this.worker::stop);
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.worker.isRunning());
		assertThat(this.worker.offer(batch(99))).isFalse();
		assertThat(this.worker.submit(() -> steps.add("late task"))).isFalse();
		this.gate.countDown();
		stopping.get(30, TimeUnit.SECONDS);

		assertThat(this.handled).containsExactly(0, 1, 2, 3, 4);
		assertThat(steps).containsExactly("batch", "batch", "batch", "batch", "batch", "task", "stop");
		assertThat(counter("dropped")).isEqualTo(1);
	}

	@Test
	void aBatchThatFailsIsCountedAndTheWorkerGoesOn() {
		this.worker = MeasurementsWorker.named("kaiwu.test.failing").consumer((batch) -> {
			if (sequence(batch) == 0) {
				throw new IllegalStateException("a database hiccup");
			}
			record(batch);
		}).build(this.meters);
		this.worker.start();
		this.worker.offer(batch(0));
		this.worker.offer(batch(1));

		await().atMost(Duration.ofSeconds(10)).until(() -> this.handled.size() == 1);
		assertThat(this.handled).containsExactly(1);
		assertThat(counter("failed")).isEqualTo(1);
		assertThat(counter("handled")).isEqualTo(2);
	}

	private Consumer<DeviceMeasurements> gated() {
		return (batch) -> {
			this.consuming.countDown();
			try {
				this.gate.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			record(batch);
		};
	}

	private void record(DeviceMeasurements batch) {
		this.handled.add(sequence(batch));
	}

	/** A counter of the test's one worker (each test has its own registry). */
	private double counter(String name) {
		return this.meters.getMeters()
			.stream()
			.filter((meter) -> meter instanceof Counter && meter.getId().getName().endsWith("." + name))
			.mapToDouble((meter) -> ((Counter) meter).count())
			.sum();
	}

	private MeasurementsStored batch(int sequence) {
		return batch(sequence, UUID.randomUUID());
	}

	private MeasurementsStored batch(int sequence, UUID device) {
		return new MeasurementsStored(this.tenant, device, "device-" + sequence, this.type,
				List.of(Measurement.number(this.tenant, device, "sequence", Instant.EPOCH, sequence, Quality.GOOD)));
	}

	private static int sequence(DeviceMeasurements batch) {
		return (int) (double) batch.measurements().get(0).number();
	}

}
