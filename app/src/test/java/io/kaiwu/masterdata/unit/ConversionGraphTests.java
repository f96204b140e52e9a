package io.kaiwu.masterdata.unit;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConversionGraphTests {

	private final ConversionGraph<String> graph = new ConversionGraph<>(
			List.of(new ConversionGraph.Edge<>("kg", "g", new BigDecimal("1000")),
					new ConversionGraph.Edge<>("t", "kg", new BigDecimal("1000")),
					new ConversionGraph.Edge<>("m", "mm", new BigDecimal("1000"))));

	@Test
	void convertsAlongOneConversion() {
		assertThat(this.graph.factor("kg", "g")).contains(new BigDecimal("1000"));
		assertThat(this.graph.convert(new BigDecimal("2.5"), "kg", "g")).contains(new BigDecimal("2500"));
	}

	@Test
	void convertsTheWayBackByDividing() {
		assertThat(this.graph.factor("g", "kg")).contains(new BigDecimal("0.001"));
		assertThat(this.graph.convert(new BigDecimal("750"), "g", "kg")).contains(new BigDecimal("0.75"));
	}

	@Test
	void chainsConversions() {
		assertThat(this.graph.factor("t", "g")).contains(new BigDecimal("1000000"));
		assertThat(this.graph.convert(new BigDecimal("1250"), "g", "t")).contains(new BigDecimal("0.00125"));
	}

	@Test
	void aUnitConvertsToItselfOneToOne() {
		assertThat(this.graph.factor("pcs", "pcs")).contains(BigDecimal.ONE);
	}

	@Test
	void refusesUnitsWithoutAPath() {
		assertThat(this.graph.factor("kg", "mm")).isEmpty();
		assertThat(this.graph.convert(BigDecimal.TEN, "pcs", "kg")).isEmpty();
	}

	@Test
	void keepsThirdsExactEnoughBothWays() {
		ConversionGraph<String> dozen = new ConversionGraph<>(
				List.of(new ConversionGraph.Edge<>("doz", "pcs", new BigDecimal("12"))));
		assertThat(dozen.convert(new BigDecimal("4"), "pcs", "doz").orElseThrow())
			.isEqualByComparingTo(new BigDecimal("0.3333333333333333"));
		assertThat(dozen.convert(new BigDecimal("36"), "pcs", "doz")).contains(new BigDecimal("3"));
	}

}
