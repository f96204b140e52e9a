package io.kaiwu.production.allocation.kernel;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.kaiwu.production.allocation.kernel.PlantRoute.Alternative;
import io.kaiwu.production.allocation.kernel.PlantRoute.Operation;
import io.kaiwu.production.allocation.kernel.PlantRoute.ResourceTime;
import io.kaiwu.production.resource.kernel.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Allocation figures worked by hand. Both plants make 120 pieces in one step: 30 minutes
 * setup and 60 seconds a piece, so 2.5 hours on a resource of speed 1. Plant CHEAP's
 * lathe costs 100 an hour (2.5 h = 250), plant DEAR's 150 an hour (2.5 h = 375). Both
 * work around the clock unless a test says otherwise.
 */
class PlantAllocationKernelTests {

	static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

	static final BigDecimal QUANTITY = new BigDecimal("120");

	@Test
	void whenTheCheaperPlantIsFullTheDearerOnTimeOneWins() {
		// CHEAP has 100 h of released work queued: it starts ours at +100 h and ends at
		// +102.5 h
		PlantOption cheap = PlantEstimate.of(plant("CHEAP", "100", Duration.ofHours(100), hours(48)), QUANTITY, NOW);
		PlantOption dear = PlantEstimate.of(plant("DEAR", "150", Duration.ZERO, hours(48)), QUANTITY, NOW);

		assertThat(cheap.cost()).isEqualByComparingTo("250.00");
		assertThat(cheap.required()).isEqualTo(Duration.ofMinutes(150));
		assertThat(cheap.available()).isEqualTo(Duration.ofHours(48));
		assertThat(cheap.load()).isEqualTo(Duration.ofHours(100));
		assertThat(cheap.free()).isZero();
		assertThat(cheap.finish()).isEqualTo(hours(102).plus(Duration.ofMinutes(30)));
		assertThat(cheap.onTime()).isFalse();
		assertThat(cheap.lateBy()).isEqualTo(Duration.ofMinutes(54 * 60 + 30));
		assertThat(dear.cost()).isEqualByComparingTo("375.00");
		assertThat(dear.finish()).isEqualTo(hours(2).plus(Duration.ofMinutes(30)));
		assertThat(dear.free()).isEqualTo(Duration.ofHours(48));

		List<RankedOption> ranked = PlantRanking.rank(List.of(cheap, dear));
		assertThat(ranked).extracting((r) -> r.option().plantCode()).containsExactly("DEAR", "CHEAP");
		assertThat(ranked).extracting(RankedOption::verdict).containsExactly(Verdict.BEST, Verdict.LATE);
		assertThat(ranked.get(1).costAboveFirst()).isEqualByComparingTo("-125.00");
		assertThat(ranked.get(1).finishAfterFirst()).isEqualTo(Duration.ofHours(100));
	}

	@Test
	void whenBothAreOnTimeTheCheaperWins() {
		PlantOption cheap = PlantEstimate.of(plant("CHEAP", "100", Duration.ofHours(10), hours(48)), QUANTITY, NOW);
		PlantOption dear = PlantEstimate.of(plant("DEAR", "150", Duration.ZERO, hours(48)), QUANTITY, NOW);

		List<RankedOption> ranked = PlantRanking.rank(List.of(dear, cheap));
		assertThat(ranked).extracting((r) -> r.option().plantCode()).containsExactly("CHEAP", "DEAR");
		assertThat(ranked).extracting(RankedOption::verdict).containsExactly(Verdict.BEST, Verdict.DEARER);
		assertThat(ranked.get(0).option().finish()).isEqualTo(hours(12).plus(Duration.ofMinutes(30)));
		assertThat(ranked.get(1).costAboveFirst()).isEqualByComparingTo("125.00");
		assertThat(ranked.get(1).finishAfterFirst()).isZero();
	}

	@Test
	void whenNeitherIsOnTimeTheEarlierFinishWinsFlaggedLate() {
		// due in one hour: 2.5 h of work cannot make it anywhere; CHEAP first works off
		// 10 h
		PlantOption cheap = PlantEstimate.of(plant("CHEAP", "100", Duration.ofHours(10), hours(1)), QUANTITY, NOW);
		PlantOption dear = PlantEstimate.of(plant("DEAR", "150", Duration.ZERO, hours(1)), QUANTITY, NOW);

		List<RankedOption> ranked = PlantRanking.rank(List.of(cheap, dear));
		assertThat(ranked).extracting((r) -> r.option().plantCode()).containsExactly("DEAR", "CHEAP");
		assertThat(ranked).extracting(RankedOption::verdict).containsExactly(Verdict.EARLIEST_BUT_LATE, Verdict.LATE);
		assertThat(ranked.get(0).option().onTime()).isFalse();
		assertThat(ranked.get(0).option().lateBy()).isEqualTo(Duration.ofMinutes(90));
		assertThat(ranked.get(1).option().lateBy()).isEqualTo(Duration.ofMinutes(11 * 60 + 30));
		assertThat(ranked.get(1).finishAfterFirst()).isEqualTo(Duration.ofHours(10));
		assertThat(ranked.get(1).costAboveFirst()).isEqualByComparingTo("-125.00");
	}

	@Test
	void theFinishWalksTheShiftsAndThePlantWithNoRoomComesLast() {
		// a day shift 08:00–16:00 for three days; 6 h queued, so ours starts at 14:00 on
		// day 1,
		// works 2 h to 16:00 and the other 30 min on day 2 from 08:00
		List<Span> shifts = new ArrayList<>();
		for (int day = 0; day < 3; day++) {
			shifts.add(new Span(hours(24 * day + 8), hours(24 * day + 16)));
		}
		UUID lathe = UUID.randomUUID();
		PlantRoute shifted = new PlantRoute(UUID.randomUUID(), "SHIFT", UUID.randomUUID(), "A", hours(48),
				List.of(turning(lathe, "1")),
				List.of(new ResourceTime(lathe, "L", new BigDecimal("100"), shifts, Duration.ofHours(6))));
		PlantOption option = PlantEstimate.of(shifted, QUANTITY, NOW);
		assertThat(option.finish()).isEqualTo(hours(24 + 8).plus(Duration.ofMinutes(30)));
		assertThat(option.available()).isEqualTo(Duration.ofHours(16));
		assertThat(option.onTime()).isTrue();

		// 30 h queued does not fit in 24 working hours: no room
		PlantRoute full = new PlantRoute(UUID.randomUUID(), "FULL", UUID.randomUUID(), "A", hours(48),
				List.of(turning(lathe, "1")),
				List.of(new ResourceTime(lathe, "L", new BigDecimal("10"), shifts, Duration.ofHours(30))));
		PlantOption none = PlantEstimate.of(full, QUANTITY, NOW);
		assertThat(none.finish()).isNull();
		assertThat(none.onTime()).isFalse();
		List<RankedOption> ranked = PlantRanking.rank(List.of(none, option));
		assertThat(ranked).extracting(RankedOption::verdict).containsExactly(Verdict.BEST, Verdict.NO_ROOM);
	}

	@Test
	void aFasterAlternativeShortensTheFinishButCostIsOnThePreferredResource() {
		// the preferred lathe is busy for 5 h; the alternative runs twice as fast:
		// 30 min setup + 60 min run = 1.5 h, ending at +1.5 h
		UUID preferred = UUID.randomUUID();
		UUID quick = UUID.randomUUID();
		Operation op = new Operation("10 OP10", Duration.ofMinutes(30), Duration.ofSeconds(60),
				List.of(new Alternative(preferred, BigDecimal.ONE), new Alternative(quick, new BigDecimal("2"))));
		List<Span> always = List.of(new Span(NOW, hours(24 * 30)));
		PlantRoute route = new PlantRoute(UUID.randomUUID(), "P", UUID.randomUUID(), "A", hours(48), List.of(op),
				List.of(new ResourceTime(preferred, "L1", new BigDecimal("100"), always, Duration.ofHours(5)),
						new ResourceTime(quick, "L2", new BigDecimal("300"), always, Duration.ZERO)));
		PlantOption option = PlantEstimate.of(route, QUANTITY, NOW);
		assertThat(option.finish()).isEqualTo(hours(1).plus(Duration.ofMinutes(30)));
		assertThat(option.cost()).isEqualByComparingTo("250.00");
		assertThat(option.available()).isEqualTo(Duration.ofHours(96));
		assertThat(option.load()).isEqualTo(Duration.ofHours(5));
	}

	@Test
	void twoStepsOnOneResourceFollowEachOther() {
		UUID lathe = UUID.randomUUID();
		List<Span> always = List.of(new Span(NOW, hours(24 * 30)));
		PlantRoute route = new PlantRoute(UUID.randomUUID(), "P", UUID.randomUUID(), "A", hours(48),
				List.of(turning(lathe, "1"), turning(lathe, "1")),
				List.of(new ResourceTime(lathe, "L", new BigDecimal("100"), always, Duration.ZERO)));
		PlantOption option = PlantEstimate.of(route, QUANTITY, NOW);
		assertThat(option.finish()).isEqualTo(hours(5));
		assertThat(option.required()).isEqualTo(Duration.ofHours(5));
		assertThat(option.cost()).isEqualByComparingTo("500.00");
	}

	private static PlantRoute plant(String code, String costPerHour, Duration queued, Instant due) {
		UUID lathe = UUID.randomUUID();
		return new PlantRoute(UUID.randomUUID(), code, UUID.randomUUID(), "A", due, List.of(turning(lathe, "1")),
				List.of(new ResourceTime(lathe, code + "-L", new BigDecimal(costPerHour),
						List.of(new Span(NOW, hours(24 * 60))), queued)));
	}

	private static Operation turning(UUID lathe, String speed) {
		return new Operation("10 OP10", Duration.ofMinutes(30), Duration.ofSeconds(60),
				List.of(new Alternative(lathe, new BigDecimal(speed))));
	}

	private static Instant hours(long hours) {
		return NOW.plus(Duration.ofHours(hours));
	}

}
