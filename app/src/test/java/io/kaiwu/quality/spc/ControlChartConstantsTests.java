package io.kaiwu.quality.spc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The computed constants against the published table (Montgomery, Appendix VI; ASTM
 * E2587), as copied in the research notes §4.3. Published tables round to three decimals
 * (c4 to four) and disagree on D4(3): 2.574 or 2.575, the exact value being 2.5746; a
 * tolerance of 1e-3 accepts both roundings.
 */
class ControlChartConstantsTests {

	// n, A2, D3, D4, d2, d3, c4, A3, B3, B4
	static final double[][] PUBLISHED = { { 2, 1.880, 0, 3.267, 1.128, 0.853, 0.7979, 2.659, 0, 3.267 },
			{ 3, 1.023, 0, 2.575, 1.693, 0.888, 0.8862, 1.954, 0, 2.568 },
			{ 4, 0.729, 0, 2.282, 2.059, 0.880, 0.9213, 1.628, 0, 2.266 },
			{ 5, 0.577, 0, 2.114, 2.326, 0.864, 0.9400, 1.427, 0, 2.089 },
			{ 6, 0.483, 0, 2.004, 2.534, 0.848, 0.9515, 1.287, 0.030, 1.970 },
			{ 7, 0.419, 0.076, 1.924, 2.704, 0.833, 0.9594, 1.182, 0.118, 1.882 },
			{ 8, 0.373, 0.136, 1.864, 2.847, 0.820, 0.9650, 1.099, 0.185, 1.815 },
			{ 9, 0.337, 0.184, 1.816, 2.970, 0.808, 0.9693, 1.032, 0.239, 1.761 },
			{ 10, 0.308, 0.223, 1.777, 3.078, 0.797, 0.9727, 0.975, 0.284, 1.716 },
			{ 11, 0.285, 0.256, 1.744, 3.173, 0.787, 0.9754, 0.927, 0.321, 1.679 },
			{ 12, 0.266, 0.283, 1.717, 3.258, 0.778, 0.9776, 0.886, 0.354, 1.646 },
			{ 13, 0.249, 0.307, 1.693, 3.336, 0.770, 0.9794, 0.850, 0.382, 1.618 },
			{ 14, 0.235, 0.328, 1.672, 3.407, 0.763, 0.9810, 0.817, 0.406, 1.594 },
			{ 15, 0.223, 0.347, 1.653, 3.472, 0.756, 0.9823, 0.789, 0.428, 1.572 },
			{ 16, 0.212, 0.363, 1.637, 3.532, 0.750, 0.9835, 0.763, 0.448, 1.552 },
			{ 17, 0.203, 0.378, 1.622, 3.588, 0.744, 0.9845, 0.739, 0.466, 1.534 },
			{ 18, 0.194, 0.391, 1.609, 3.640, 0.739, 0.9854, 0.718, 0.482, 1.518 },
			{ 19, 0.187, 0.404, 1.596, 3.689, 0.733, 0.9862, 0.698, 0.497, 1.503 },
			{ 20, 0.180, 0.415, 1.585, 3.735, 0.729, 0.9869, 0.680, 0.510, 1.490 },
			{ 21, 0.173, 0.425, 1.575, 3.778, 0.724, 0.9876, 0.663, 0.523, 1.477 },
			{ 22, 0.167, 0.435, 1.565, 3.819, 0.720, 0.9882, 0.647, 0.534, 1.466 },
			{ 23, 0.162, 0.443, 1.557, 3.858, 0.716, 0.9887, 0.633, 0.545, 1.455 },
			{ 24, 0.157, 0.452, 1.548, 3.895, 0.712, 0.9892, 0.619, 0.555, 1.445 },
			{ 25, 0.153, 0.459, 1.541, 3.931, 0.708, 0.9896, 0.606, 0.565, 1.435 } };

	@Test
	void computedConstantsAgreeWithThePublishedTableForEverySubgroupSize() {
		for (double[] row : PUBLISHED) {
			ControlChartConstants constants = ControlChartConstants.of((int) row[0]);
			String n = "n = " + (int) row[0];
			assertThat(constants.a2()).as("A2, " + n).isCloseTo(row[1], within(1e-3));
			assertThat(constants.factorD3()).as("D3, " + n).isCloseTo(row[2], within(1e-3));
			assertThat(constants.factorD4()).as("D4, " + n).isCloseTo(row[3], within(1e-3));
			assertThat(constants.d2()).as("d2, " + n).isCloseTo(row[4], within(1e-3));
			assertThat(constants.d3()).as("d3, " + n).isCloseTo(row[5], within(1e-3));
			assertThat(constants.c4()).as("c4, " + n).isCloseTo(row[6], within(1e-4));
			assertThat(constants.a3()).as("A3, " + n).isCloseTo(row[7], within(1e-3));
			assertThat(constants.b3()).as("B3, " + n).isCloseTo(row[8], within(1e-3));
			assertThat(constants.b4()).as("B4, " + n).isCloseTo(row[9], within(1e-3));
		}
	}

	@Test
	void exactValuesKnownInClosedForm() {
		// the mean range of two standard normals is 2/√π; c4(2) = √(2/π)
		assertThat(ControlChartConstants.of(2).d2()).isCloseTo(2 / Math.sqrt(Math.PI), within(1e-9));
		assertThat(ControlChartConstants.of(2).c4()).isCloseTo(Math.sqrt(2 / Math.PI), within(1e-12));
		// the mean range of three is 3/√π
		assertThat(ControlChartConstants.of(3).d2()).isCloseTo(3 / Math.sqrt(Math.PI), within(1e-9));
		// D4(3) lies between the two printed roundings
		assertThat(ControlChartConstants.of(3).factorD4()).isBetween(2.574, 2.575);
	}

	@Test
	void sizesOutsideTheTableAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ControlChartConstants.of(1));
		assertThatIllegalArgumentException().isThrownBy(() -> ControlChartConstants.of(26));
	}

}
