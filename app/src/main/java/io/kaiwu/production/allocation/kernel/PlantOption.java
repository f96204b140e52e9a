package io.kaiwu.production.allocation.kernel;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What making the order in one plant would mean.
 *
 * @param plantId the plant
 * @param plantCode its code
 * @param routingId the routing version it would be made on
 * @param routingVersion its label
 * @param cost the hours of every step on its preferred resource (setup included) times
 * that resource's cost per hour
 * @param required those hours added up
 * @param available the working hours of the resources of the routing's work centres from
 * now to the due date
 * @param load the hours of released, unfinished work orders queued on those resources
 * @param finish when the last step would end, behind the queued work; {@literal null}
 * when it does not fit in the look-ahead
 * @param due the end of the due date
 */
public record PlantOption(UUID plantId, String plantCode, UUID routingId, String routingVersion, BigDecimal cost,
		Duration required, Duration available, Duration load, @Nullable Instant finish, Instant due) {

	/** Free capacity until the due date: available less load, never below zero. */
	public Duration free() {
		Duration free = this.available.minus(this.load);
		return free.isNegative() ? Duration.ZERO : free;
	}

	/** Whether the order would be finished by the end of its due date. */
	public boolean onTime() {
		return this.finish != null && !this.finish.isAfter(this.due);
	}

	/** How long after the due date it would finish; zero when on time or unknown. */
	public Duration lateBy() {
		return (this.finish != null && this.finish.isAfter(this.due)) ? Duration.between(this.due, this.finish)
				: Duration.ZERO;
	}

}
