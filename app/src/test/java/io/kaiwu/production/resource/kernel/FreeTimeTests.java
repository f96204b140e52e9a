package io.kaiwu.production.resource.kernel;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cutting maintenance windows out of shift windows, on hand-worked spans. */
class FreeTimeTests {

	@Test
	void aWindowInsideAShiftSplitsIt() {
		// shift 08:00–12:00 and 12:30–16:00, maintenance 10:00–11:00
		List<Span> free = FreeTime.minus(List.of(span("08:00", "12:00"), span("12:30", "16:00")),
				List.of(span("10:00", "11:00")));
		assertThat(free).containsExactly(span("08:00", "10:00"), span("11:00", "12:00"), span("12:30", "16:00"));
	}

	@Test
	void aWindowAcrossABreakCutsBothSides() {
		List<Span> free = FreeTime.minus(List.of(span("08:00", "12:00"), span("12:30", "16:00")),
				List.of(span("11:30", "13:00")));
		assertThat(free).containsExactly(span("08:00", "11:30"), span("13:00", "16:00"));
	}

	@Test
	void overlappingWindowsAndAWindowCoveringAShiftLeaveNothingOfIt() {
		List<Span> free = FreeTime.minus(List.of(span("08:00", "12:00"), span("12:30", "16:00")),
				List.of(span("07:00", "09:00"), span("08:30", "12:15"), span("15:00", "15:00")));
		assertThat(free).containsExactly(span("12:30", "16:00"));
	}

	@Test
	void touchingWindowsMerge() {
		assertThat(FreeTime.merged(List.of(span("10:00", "11:00"), span("08:00", "10:00"), span("11:30", "12:00"))))
			.containsExactly(span("08:00", "11:00"), span("11:30", "12:00"));
	}

	@Test
	void noMaintenanceLeavesTheShift() {
		assertThat(FreeTime.minus(List.of(span("08:00", "16:00")), List.of())).containsExactly(span("08:00", "16:00"));
	}

	static Span span(String from, String to) {
		return new Span(Instant.parse("2026-06-01T" + from + ":00Z"), Instant.parse("2026-06-01T" + to + ":00Z"));
	}

}
