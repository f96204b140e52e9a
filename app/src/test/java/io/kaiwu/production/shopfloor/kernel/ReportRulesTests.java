package io.kaiwu.production.shopfloor.kernel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.kaiwu.production.order.WorkOrders.Status;
import io.kaiwu.production.shopfloor.kernel.ReportRules.Attempt;
import io.kaiwu.production.shopfloor.kernel.ReportRules.Facts;
import io.kaiwu.production.shopfloor.kernel.ReportRules.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every step of a work order's life on the shop floor, allowed and refused, with a work
 * order WO-1 of 100 units and a 5 % over-delivery tolerance (at most 105 good units).
 */
class ReportRulesTests {

	static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

	static Facts order(Status status, String goodSoFar) {
		return new Facts("WO-1", status, new BigDecimal("100"), new BigDecimal(goodSoFar), new BigDecimal("5"),
				(status == Status.RELEASED) ? null : NOW.minusSeconds(3600));
	}

	static Attempt report(ReportKind kind, String good, String scrap) {
		return new Attempt(kind, new BigDecimal(good), new BigDecimal(scrap), kind == ReportKind.PAUSE, true, NOW, NOW);
	}

	static List<String> keys(List<Refusal> refusals) {
		return refusals.stream().map(Refusal::messageKey).toList();
	}

	@ParameterizedTest(name = "{0} + {1} -> {2}")
	@CsvSource({ "RELEASED, START, RUNNING", "RUNNING, OUTPUT, RUNNING", "RUNNING, PAUSE, PAUSED",
			"PAUSED, RESUME, RUNNING", "RUNNING, FINISH, FINISHED", "PAUSED, FINISH, FINISHED" })
	void allowsEveryStepOfTheLifeAndSaysWhereItLeadsTo(Status before, ReportKind kind, Status after) {
		String good = kind.carriesQuantities() ? "10" : "0";
		assertThat(ReportRules.refusals(order(before, "0"), report(kind, good, "0"))).isEmpty();
		assertThat(ReportRules.after(before, kind)).isEqualTo(after);
	}

	@ParameterizedTest(name = "{0} + {1} refused: {2}")
	@CsvSource({ "RELEASED, OUTPUT, shopfloor.problem.not-started", "RELEASED, PAUSE, shopfloor.problem.not-started",
			"RELEASED, RESUME, shopfloor.problem.not-paused", "RELEASED, FINISH, shopfloor.problem.never-started",
			"RUNNING, START, shopfloor.problem.already-started", "RUNNING, RESUME, shopfloor.problem.not-paused",
			"PAUSED, START, shopfloor.problem.already-started", "PAUSED, OUTPUT, shopfloor.problem.paused",
			"PAUSED, PAUSE, shopfloor.problem.already-paused", "FINISHED, START, shopfloor.problem.finished",
			"FINISHED, OUTPUT, shopfloor.problem.finished", "FINISHED, PAUSE, shopfloor.problem.finished",
			"FINISHED, RESUME, shopfloor.problem.finished", "FINISHED, FINISH, shopfloor.problem.finished" })
	void refusesAnImpossibleStepAsAConflictNamingTheWorkOrder(Status before, ReportKind kind, String key) {
		List<Refusal> refusals = ReportRules.refusals(order(before, "0"),
				report(kind, kind.carriesQuantities() ? "1" : "0", "0"));
		assertThat(refusals).singleElement().satisfies((r) -> {
			assertThat(r.messageKey()).isEqualTo(key);
			assertThat(r.field()).as("a conflict, not a bad field").isNull();
			assertThat(r.args()).containsExactly("WO-1");
		});
	}

	@Test
	void refusesNegativeQuantitiesNamingEachField() {
		List<Refusal> refusals = ReportRules.refusals(order(Status.RUNNING, "0"),
				report(ReportKind.OUTPUT, "-1", "-2.5"));
		assertThat(refusals).extracting(Refusal::field).containsExactly("goodQuantity", "scrapQuantity");
		assertThat(keys(refusals)).containsOnly("shopfloor.problem.negative");
		assertThat(refusals.get(1).args()).containsExactly("-2.5");
	}

	@Test
	void acceptsGoodUnitsUpToTheQuantityPlusTheToleranceAndNotOneMore() {
		// 100 × 1.05 = 105: 90 so far + 15 = 105 is allowed, + 15.5 is not
		assertThat(ReportRules.refusals(order(Status.RUNNING, "90"), report(ReportKind.OUTPUT, "15", "0"))).isEmpty();
		List<Refusal> over = ReportRules.refusals(order(Status.RUNNING, "90"), report(ReportKind.FINISH, "15.5", "0"));
		assertThat(over).singleElement().satisfies((r) -> {
			assertThat(r.field()).isEqualTo("goodQuantity");
			assertThat(r.messageKey()).isEqualTo("shopfloor.problem.over-delivery");
			assertThat(r.args()).containsExactly("105.5", "100", "5", "105", "90");
		});
	}

	@Test
	void withoutToleranceTheQuantityItselfIsTheLimit() {
		Facts exact = new Facts("WO-2", Status.RUNNING, new BigDecimal("40"), new BigDecimal("39"), BigDecimal.ZERO,
				null);
		assertThat(ReportRules.allowedGood(exact)).isEqualByComparingTo("40");
		assertThat(ReportRules.refusals(exact, report(ReportKind.OUTPUT, "1", "0"))).isEmpty();
		assertThat(keys(ReportRules.refusals(exact, report(ReportKind.OUTPUT, "2", "0"))))
			.containsExactly("shopfloor.problem.over-delivery");
	}

	@Test
	void scrapDoesNotCountAgainstTheToleranceButNeedsAReason() {
		assertThat(ReportRules.refusals(order(Status.RUNNING, "100"), report(ReportKind.OUTPUT, "0", "30"))).isEmpty();
		Attempt noReason = new Attempt(ReportKind.OUTPUT, BigDecimal.ONE, BigDecimal.TEN, false, false, NOW, NOW);
		assertThat(ReportRules.refusals(order(Status.RUNNING, "0"), noReason)).singleElement()
			.satisfies((r) -> assertThat(r.field()).isEqualTo("scrapReason"))
			.satisfies((r) -> assertThat(r.messageKey()).isEqualTo("shopfloor.problem.scrap-reason-required"));
	}

	@Test
	void aPauseNeedsAReason() {
		Attempt noReason = new Attempt(ReportKind.PAUSE, BigDecimal.ZERO, BigDecimal.ZERO, false, false, NOW, NOW);
		assertThat(ReportRules.refusals(order(Status.RUNNING, "0"), noReason)).singleElement()
			.satisfies((r) -> assertThat(r.field()).isEqualTo("pauseReason"));
	}

	@Test
	void anOutputReportWithNothingInItIsRefusedButAPauseOrFinishWithoutUnitsIsNot() {
		assertThat(keys(ReportRules.refusals(order(Status.RUNNING, "0"), report(ReportKind.OUTPUT, "0", "0"))))
			.containsExactly("shopfloor.problem.nothing-reported");
		assertThat(ReportRules.refusals(order(Status.RUNNING, "0"), report(ReportKind.PAUSE, "0", "0"))).isEmpty();
		assertThat(ReportRules.refusals(order(Status.RUNNING, "0"), report(ReportKind.FINISH, "0", "0"))).isEmpty();
	}

	@Test
	void startAndResumeCarryNoQuantities() {
		assertThat(ReportRules.refusals(order(Status.RELEASED, "0"), report(ReportKind.START, "5", "0")))
			.singleElement()
			.satisfies((r) -> assertThat(r.messageKey()).isEqualTo("shopfloor.problem.no-quantities"))
			.satisfies((r) -> assertThat(r.args()).containsExactly("START"));
		assertThat(keys(ReportRules.refusals(order(Status.PAUSED, "0"), report(ReportKind.RESUME, "0", "1"))))
			.containsExactly("shopfloor.problem.no-quantities");
	}

	@Test
	void refusesAReportFromTheFutureOrBeforeThePreviousOne() {
		Attempt ahead = new Attempt(ReportKind.OUTPUT, BigDecimal.ONE, BigDecimal.ZERO, false, false,
				NOW.plusSeconds(6 * 60), NOW);
		assertThat(keys(ReportRules.refusals(order(Status.RUNNING, "0"), ahead)))
			.containsExactly("shopfloor.problem.future");
		Attempt skewed = new Attempt(ReportKind.OUTPUT, BigDecimal.ONE, BigDecimal.ZERO, false, false,
				NOW.plusSeconds(4 * 60), NOW);
		assertThat(ReportRules.refusals(order(Status.RUNNING, "0"), skewed)).as("within the clock skew").isEmpty();
		Attempt late = new Attempt(ReportKind.OUTPUT, BigDecimal.ONE, BigDecimal.ZERO, false, false,
				NOW.minusSeconds(2 * 3600), NOW);
		assertThat(ReportRules.refusals(order(Status.RUNNING, "0"), late)).singleElement().satisfies((r) -> {
			assertThat(r.field()).isEqualTo("at");
			assertThat(r.messageKey()).isEqualTo("shopfloor.problem.before-previous");
		});
	}

}
