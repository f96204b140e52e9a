package io.kaiwu.connectivity.rate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The last samples of one connector's counts, no older than the window: the rate is the
 * growth between the oldest and the newest sample divided by the time between them. A
 * count that went down means the connector started again from zero, and the samples
 * before it are dropped. Guarded by its own monitor.
 */
final class CounterRing {

	/** The counts at one instant. */
	record Sample(Instant at, long received, long rejected) {
	}

	private final Duration window;

	private final int capacity;

	private final Deque<Sample> samples = new ArrayDeque<>();

	/**
	 * @param window how far back the rate looks, for example one minute.
	 * @param capacity the most samples kept (the window divided by the sampling interval,
	 * plus one).
	 */
	CounterRing(Duration window, int capacity) {
		this.window = window;
		this.capacity = capacity;
	}

	synchronized void add(Sample sample) {
		Sample newest = this.samples.peekLast();
		if (newest != null && (sample.received() < newest.received() || sample.rejected() < newest.rejected())) {
			this.samples.clear();
		}
		this.samples.addLast(sample);
		Instant horizon = sample.at().minus(this.window);
		while (this.samples.size() > this.capacity || this.samples.getFirst().at().isBefore(horizon)) {
			this.samples.removeFirst();
		}
	}

	synchronized MessageRate rate() {
		Sample oldest = this.samples.peekFirst();
		Sample newest = this.samples.peekLast();
		if (oldest == null || newest == null || !newest.at().isAfter(oldest.at())) {
			return MessageRate.NONE;
		}
		Duration over = Duration.between(oldest.at(), newest.at());
		double seconds = over.toNanos() / 1e9;
		return new MessageRate((newest.received() - oldest.received()) / seconds,
				(newest.rejected() - oldest.rejected()) / seconds, over);
	}

}
