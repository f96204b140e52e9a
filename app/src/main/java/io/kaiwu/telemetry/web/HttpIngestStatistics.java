package io.kaiwu.telemetry.web;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import io.kaiwu.telemetry.HttpIngestCounts;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** The counters {@link TelemetryIngestController} keeps. */
@Component
class HttpIngestStatistics implements HttpIngestCounts {

	private final AtomicLong accepted = new AtomicLong();

	private final AtomicLong rejected = new AtomicLong();

	private volatile @Nullable LastError lastError;

	void countAccepted() {
		this.accepted.incrementAndGet();
	}

	void countRejected(String why) {
		this.rejected.incrementAndGet();
		this.lastError = new LastError(why, Instant.now());
	}

	@Override
	public long accepted() {
		return this.accepted.get();
	}

	@Override
	public long rejected() {
		return this.rejected.get();
	}

	@Override
	public Optional<LastError> lastError() {
		return Optional.ofNullable(this.lastError);
	}

}
