package io.kaiwu.equipment.board;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Today's OEE of each machine as the board last computed it: computed again at most once
 * per {@link #FRESH_FOR}, or at once when the day (in the site's zone) is another one,
 * however many boards show the machine.
 *
 * @param <T> what is kept per machine
 */
final class TodaysOee<T> {

	/** How long a computed OEE is shown before it is computed again. */
	static final Duration FRESH_FOR = Duration.ofMinutes(1);

	private record Entry<T>(LocalDate day, Instant computedAt, T value) {
	}

	private final Map<UUID, Entry<T>> computed = new ConcurrentHashMap<>();

	/** The machine's OEE of {@code day}, from the cache when computed since a minute. */
	T get(UUID machine, LocalDate day, Instant now, Supplier<T> compute) {
		return this.computed.compute(machine, (id, entry) -> {
			if (entry != null && entry.day().equals(day) && entry.computedAt().plus(FRESH_FOR).isAfter(now)
					&& !entry.computedAt().isAfter(now)) {
				return entry;
			}
			return new Entry<>(day, now, compute.get());
		}).value();
	}

}
