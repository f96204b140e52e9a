package io.kaiwu.production.order;

import java.math.BigDecimal;

import io.kaiwu.shared.KaiwuProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What is still to cover on a customer order line, worked by hand. */
class LineCoverageTests {

	@Test
	void stillToCoverIsOrderedLessDeliveredLessCovered() {
		// 120 ordered, 20 delivered from stock, 50 on a production order: 50 left
		LineCoverage line = coverage("120", "20", "50");
		assertThat(line.toCover()).isEqualByComparingTo("50");
		assertThat(line.quantityFor(null)).isEqualByComparingTo("50");
		assertThat(line.quantityFor(new BigDecimal("30"))).isEqualByComparingTo("30");
		assertThat(line.quantityFor(new BigDecimal("50"))).isEqualByComparingTo("50");
	}

	@Test
	void askingMoreThanIsLeftIsRefusedWithTheFigures() {
		LineCoverage line = coverage("120", "20", "50");
		assertThatThrownBy(() -> line.quantityFor(new BigDecimal("50.5"))).isInstanceOf(KaiwuProblem.Conflict.class)
			.satisfies((e) -> {
				KaiwuProblem problem = (KaiwuProblem) e;
				assertThat(problem.messageKey()).isEqualTo("mrp.production-order.problem.line-over-covered");
				assertThat(problem.args()).containsExactly("CO-1", 2, "50.5", "120", "20", "50", "50");
			});
	}

	@Test
	void aCoveredLineRefusesEveryQuantityAndNeverGoesBelowZero() {
		LineCoverage line = coverage("120", "100", "50");
		assertThat(line.toCover()).isEqualByComparingTo("0");
		assertThatThrownBy(() -> line.quantityFor(null)).isInstanceOf(KaiwuProblem.Conflict.class)
			.satisfies((e) -> assertThat(((KaiwuProblem) e).args()).containsExactly("CO-1", 2, "120", "100", "50"));
		assertThatThrownBy(() -> line.quantityFor(BigDecimal.ONE)).isInstanceOf(KaiwuProblem.Conflict.class);
	}

	private static LineCoverage coverage(String ordered, String delivered, String covered) {
		return new LineCoverage("CO-1", 2, new BigDecimal(ordered), new BigDecimal(delivered), new BigDecimal(covered));
	}

}
