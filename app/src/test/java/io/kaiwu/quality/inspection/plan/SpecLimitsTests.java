package io.kaiwu.quality.inspection.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class SpecLimitsTests {

	@Test
	void signedTolerancesAroundTheNominalGiveTheLimits() {
		// shaft Ø25 f7 (ISO 286): upper deviation −0.020, lower −0.041
		SpecLimits shaft = SpecLimits.ofTolerances(25.0, -0.041, -0.020);
		assertThat(shaft.lower()).isCloseTo(24.959, within(1e-9));
		assertThat(shaft.upper()).isCloseTo(24.980, within(1e-9));
		assertThat(shaft.conforms(24.970)).isTrue();
		assertThat(shaft.conforms(25.0)).as("the nominal itself lies outside an f7 band").isFalse();
	}

	@Test
	void aValueOnALimitConforms() {
		SpecLimits limits = new SpecLimits(9.95, 10.05);
		assertThat(limits.conforms(9.95)).isTrue();
		assertThat(limits.conforms(10.05)).isTrue();
		assertThat(limits.conforms(10.0500001)).isFalse();
		assertThat(limits.conforms(9.9499999)).isFalse();
	}

	@Test
	void anOpenLimitBindsNothingOnItsSide() {
		SpecLimits roughness = new SpecLimits(null, 1.6);
		assertThat(roughness.conforms(-100)).isTrue();
		assertThat(roughness.conforms(1.7)).isFalse();
	}

	@Test
	void refusesALowerLimitOnOrAboveTheUpper() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SpecLimits(10.0, 10.0));
		assertThatIllegalArgumentException().isThrownBy(() -> new SpecLimits(10.1, 10.0));
	}

}
