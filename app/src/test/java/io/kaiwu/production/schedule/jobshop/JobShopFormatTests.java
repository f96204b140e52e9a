package io.kaiwu.production.schedule.jobshop;

import io.kaiwu.production.schedule.jobshop.JobShopFormatError.Kind;
import io.kaiwu.production.schedule.jobshop.JobShopInstance.Step;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The standard format, and every kind of bad input refused with its exact line and pair.
 */
class JobShopFormatTests {

	@Test
	void readsCommentsHeaderAndPairs() {
		JobShopInstance instance = JobShopFormat.parse("""
				# instance tiny
				# two jobs, two machines
				2 2

				0 3 1 2
				1 4  0 1
				""");
		assertThat(instance.machines()).isEqualTo(2);
		assertThat(instance.jobs()).containsExactly(java.util.List.of(new Step(0, 3), new Step(1, 2)),
				java.util.List.of(new Step(1, 4), new Step(0, 1)));
		assertThat(instance.operationCount()).isEqualTo(4);
	}

	@Test
	void aLineWithTheWrongNumberOfPairsIsNamed() {
		refused("# c\n2 2\n0 3 1 2\n1 4 0\n", Kind.WRONG_PAIR_COUNT, 4, 0);
		refused("2 2\n0 3 1 2 0 1\n1 4 0 1\n", Kind.WRONG_PAIR_COUNT, 2, 0);
	}

	@Test
	void aMachineOutOfRangeIsNamedWithItsPair() {
		refused("2 2\n0 3 1 2\n1 4 2 1\n", Kind.MACHINE_OUT_OF_RANGE, 3, 2);
		refused("2 2\n-1 3 1 2\n1 4 0 1\n", Kind.MACHINE_OUT_OF_RANGE, 2, 1);
	}

	@Test
	void aNegativeDurationIsNamedWithItsPair() {
		refused("2 2\n0 3 1 -2\n1 4 0 1\n", Kind.NEGATIVE_DURATION, 2, 2);
	}

	@Test
	void notANumberIsNamedWithItsPair() {
		refused("2 2\n0 3 1 2\n1 4 x 1\n", Kind.NOT_A_NUMBER, 3, 2);
		refused("2 2\n0 3.5 1 2\n1 4 0 1\n", Kind.NOT_A_NUMBER, 2, 1);
	}

	@Test
	void tooFewOrTooManyLines() {
		refused("3 2\n0 3 1 2\n1 4 0 1\n", Kind.TOO_FEW_LINES, 4, 0);
		refused("1 2\n0 3 1 2\n1 4 0 1\n", Kind.TOO_MANY_LINES, 3, 0);
	}

	@Test
	void aBadOrMissingHeader() {
		refused("", Kind.EMPTY, 1, 0);
		refused("# only a comment\n", Kind.EMPTY, 1, 0);
		refused("# c\n2\n0 3\n", Kind.BAD_HEADER, 2, 0);
		refused("0 2\n", Kind.BAD_HEADER, 1, 0);
		refused("2 two\n", Kind.BAD_HEADER, 1, 0);
		refused("5000 2\n", Kind.TOO_LARGE, 1, 0);
	}

	private static void refused(String text, Kind kind, int line, int pair) {
		assertThatExceptionOfType(JobShopFormatError.class).isThrownBy(() -> JobShopFormat.parse(text))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(kind))
			.satisfies((ex) -> assertThat(ex.line()).as("line").isEqualTo(line))
			.satisfies((ex) -> assertThat(ex.pair()).as("pair").isEqualTo(pair));
	}

}
