package io.kaiwu.quality.inspection.telemetry;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SubgroupGroupingTests {

	static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

	@Test
	void groupsConsecutiveValuesAndKeepsTheRestWaiting() {
		SubgroupGrouping g = SubgroupGrouping.of(List.of(), values(0, 7), 3);
		assertThat(g.complete()).hasSize(2);
		assertThat(g.complete().get(0)).extracting(TimedValue::value).containsExactly(0.0, 1.0, 2.0);
		assertThat(g.complete().get(1)).extracting(TimedValue::value).containsExactly(3.0, 4.0, 5.0);
		assertThat(g.waiting()).extracting(TimedValue::value).containsExactly(6.0);
	}

	@Test
	void valuesWaitingFromBeforeOpenTheNextSubgroup() {
		SubgroupGrouping first = SubgroupGrouping.of(List.of(), values(0, 4), 5);
		assertThat(first.complete()).isEmpty();
		SubgroupGrouping second = SubgroupGrouping.of(first.waiting(), values(4, 6), 5);
		assertThat(second.complete()).singleElement()
			.satisfies((s) -> assertThat(s).extracting(TimedValue::value).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0));
		assertThat(second.waiting()).extracting(TimedValue::value).containsExactly(5.0);
	}

	@Test
	void ordersByMeasurementTime() {
		List<TimedValue> shuffled = List.of(new TimedValue(T.plusSeconds(2), 2), new TimedValue(T, 0),
				new TimedValue(T.plusSeconds(1), 1));
		assertThat(SubgroupGrouping.of(List.of(), shuffled, 3).complete().get(0)).extracting(TimedValue::value)
			.containsExactly(0.0, 1.0, 2.0);
	}

	@Test
	void individualsMakeOneSubgroupPerValue() {
		assertThat(SubgroupGrouping.of(List.of(), values(0, 3), 1).complete()).hasSize(3);
	}

	@Test
	void refusesAnEmptySubgroupSize() {
		assertThatIllegalArgumentException().isThrownBy(() -> SubgroupGrouping.of(List.of(), values(0, 3), 0));
	}

	/** Values {@code from} … {@code to - 1}, one a second, each equal to its index. */
	static List<TimedValue> values(int from, int to) {
		return java.util.stream.IntStream.range(from, to).mapToObj((i) -> new TimedValue(T.plusSeconds(i), i)).toList();
	}

}
