package io.kaiwu.production.bom.kernel;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The days a version is effective (生效期): from {@code from} to {@code to}, both included;
 * without {@code to} it stays effective.
 *
 * @param from the first day
 * @param to the last day, {@literal null} for open-ended
 */
public record Effectivity(LocalDate from, @Nullable LocalDate to) {

	public Effectivity {
		if (to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("Effectivity ends (" + to + ") before it begins (" + from + ")");
		}
	}

	public boolean covers(LocalDate day) {
		return !day.isBefore(this.from) && (this.to == null || !day.isAfter(this.to));
	}

	/** The days both are effective; empty when none. */
	public Optional<Effectivity> intersection(Effectivity other) {
		LocalDate start = this.from.isAfter(other.from) ? this.from : other.from;
		LocalDate end = (this.to == null) ? other.to
				: (other.to == null || this.to.isBefore(other.to)) ? this.to : other.to;
		if (end != null && end.isBefore(start)) {
			return Optional.empty();
		}
		return Optional.of(new Effectivity(start, end));
	}

	public boolean overlaps(Effectivity other) {
		return intersection(other).isPresent();
	}

}
