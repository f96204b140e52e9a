package io.kaiwu.production.shopfloor.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.kaiwu.production.shopfloor.kernel.DispatchOrder.Candidate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DispatchOrderTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void workInHandFirstThenByPlannedStartOrElseDueDateThenOrderAndSequence() {
		List<Candidate<String>> candidates = List.of(
				// due 2026-12-03 starts 2026-12-02T16:00Z: after a planned start at
				// 12:00Z
				new Candidate<>("due-dec-3", false, null, LocalDate.parse("2026-12-03"), "MO-1", 10),
				new Candidate<>("planned-dec-2-noon", false, Instant.parse("2026-12-02T12:00:00Z"), null, "MO-9", 10),
				// due 2026-12-03 in Shanghai is 2026-12-02T16:00Z: before a plan at
				// 17:00Z
				new Candidate<>("planned-dec-2-17h", false, Instant.parse("2026-12-02T17:00:00Z"), null, "MO-0", 10),
				new Candidate<>("nothing-known", false, null, null, "MO-0", 10),
				new Candidate<>("running-late-in-list", true, null, LocalDate.parse("2026-12-31"), "MO-5", 30),
				new Candidate<>("due-dec-3-op20", false, null, LocalDate.parse("2026-12-03"), "MO-1", 20),
				new Candidate<>("due-dec-3-other-order", false, null, LocalDate.parse("2026-12-03"), "MO-0", 30));
		assertThat(DispatchOrder.sort(candidates, SHANGHAI)).containsExactly("running-late-in-list",
				"planned-dec-2-noon", "due-dec-3-other-order", "due-dec-3", "due-dec-3-op20", "planned-dec-2-17h",
				"nothing-known");
	}

}
