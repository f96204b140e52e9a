package io.kaiwu.transform.roadmap.kernel;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** A project's money, worked by hand. */
class ProjectCashFlowTests {

	/** 100 invested, 30 back in each of five years. */
	static final ProjectCashFlow EVEN = new ProjectCashFlow(100, List.of(30.0, 30.0, 30.0, 30.0, 30.0));

	@Test
	void npvDiscountsEachYear() {
		// 30 × (1 − 1.1⁻⁵) ÷ 0.1 = 30 × 3.790787 = 113.7236; less 100
		assertThat(EVEN.npv(0.10)).isCloseTo(13.7236, within(1e-4));
		// undiscounted it is simply 150 − 100
		assertThat(EVEN.npv(0)).isCloseTo(50, within(1e-12));
		// at 15.24 % the project only just pays: its internal rate of return
		assertThat(EVEN.npv(0.1524)).isCloseTo(0, within(0.05));
	}

	@Test
	void roiAndPayback() {
		assertThat(EVEN.roi()).isCloseTo(0.5, within(1e-12));
		// 100 ÷ 30 = 3⅓ years
		assertThat(EVEN.paybackYears()).isCloseTo(10.0 / 3, within(1e-12));
		// discounted at 10 %: 27.27 + 24.79 + 22.54 + 20.49 = 95.10 after four years, the
		// fifth year's 18.63 covers the rest: 4 + 4.90 ÷ 18.63 = 4.263 years
		assertThat(EVEN.discountedPaybackYears(0.10)).isCloseTo(4.263, within(1e-3));
	}

	@Test
	void aProjectThatNeverPaysBackSaysSo() {
		ProjectCashFlow short_ = new ProjectCashFlow(100, List.of(20.0, 20.0, -5.0));
		assertThat(short_.paybackYears()).isNull();
		assertThat(short_.roi()).isCloseTo(-0.65, within(1e-12));
		// a loss in year 1 is paid back later: 50 + 10 still open after year 1, 20 after
		// year 2, so 2 + 20 ÷ 40
		ProjectCashFlow dip = new ProjectCashFlow(50, List.of(-10.0, 40.0, 40.0));
		assertThat(dip.paybackYears()).isCloseTo(2.5, within(1e-12));
	}

	@Test
	void nothingInvestedHasNoRoiAndPaysBackAtOnce() {
		ProjectCashFlow free = new ProjectCashFlow(0, List.of(10.0));
		assertThat(free.roi()).isNull();
		assertThat(free.paybackYears()).isEqualTo(0.0);
	}

	@Test
	void nonsenseIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ProjectCashFlow(-1, List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new ProjectCashFlow(1, List.of(Double.NaN)));
		assertThatIllegalArgumentException().isThrownBy(() -> EVEN.npv(-1));
	}

}
