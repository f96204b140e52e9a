package io.kaiwu.equipment.effectiveness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.kaiwu.equipment.oee.Oee;
import io.kaiwu.equipment.oee.TimeAccount;
import org.jspecify.annotations.Nullable;

/**
 * OEE of one period (a shift or a day).
 *
 * @param label the shift's name, or the day
 * @param day the day the shift starts on, or the day
 * @param time where the planned working time went
 * @param good good parts
 * @param reject rejected parts
 * @param reported whether reported output (报工) replaced counter counts in the period
 * @param oee the figures; {@literal null} when they cannot be computed
 * @param reason why there are no figures (a message key); {@literal null} when there are
 * @param machines for a node: each machine's figures; empty for one machine
 */
public record OeePeriod(String label, LocalDate day, Instant from, Instant to, TimeAccount time, long good, long reject,
		boolean reported, @Nullable Oee oee, @Nullable String reason, List<MachineFigures> machines) {

	/** One machine's part of a node's period. */
	public record MachineFigures(UUID equipmentId, String code, @Nullable Oee oee, @Nullable String reason) {
	}

}
