package io.kaiwu.equipment.board;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.alarm.AlarmSummary;
import io.kaiwu.equipment.MachineState;
import org.jspecify.annotations.Nullable;

/**
 * One machine on the board.
 *
 * @param state its state now; {@literal null} when no state was recorded yet
 * @param since when it entered that state
 * @param alarm the most severe open alarm of its device; {@literal null} when none
 * @param values its device's latest values (property name → value with unit)
 * @param oee today's OEE so far; {@literal null} when it cannot be computed
 * @param oeeReason why there is no OEE (a message key with arguments' first value
 * resolved); {@literal null} when there is one
 */
public record Tile(UUID id, String code, String name, @Nullable MachineState state, @Nullable Instant since,
		@Nullable AlarmSummary alarm, List<KeyValue> values, @Nullable Double oee, @Nullable String oeeReason) {

	/** A latest value as shown. */
	public record KeyValue(String property, String label, String value) {
	}

}
