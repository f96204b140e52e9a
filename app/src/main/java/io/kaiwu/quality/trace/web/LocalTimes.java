package io.kaiwu.quality.trace.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/** Times on the traceability pages, in the zone the plant reads its clocks in. */
public record LocalTimes(ZoneId zone) {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	public String of(@Nullable Instant at) {
		return (at != null) ? MINUTES.withZone(this.zone).format(at) : "";
	}

	public String day(@Nullable Instant at) {
		return (at != null) ? DAY.withZone(this.zone).format(at) : "";
	}

}
