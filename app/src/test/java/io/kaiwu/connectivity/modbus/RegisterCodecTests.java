package io.kaiwu.connectivity.modbus;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Decoding and encoding with published reference values: IEEE 754 single 123.456 is
 * 0x42F6E979, sent as ABCD 42F6 E979, CDAB E979 42F6, BADC F642 79E9, DCBA 79E9 F642.
 */
class RegisterCodecTests {

	@Test
	void float32InAllFourOrders() {
		assertThat(value(RegisterType.FLOAT32, RegisterOrder.ABCD, 0x42F6, 0xE979)).isEqualTo(123.456);
		assertThat(value(RegisterType.FLOAT32, RegisterOrder.CDAB, 0xE979, 0x42F6)).isEqualTo(123.456);
		assertThat(value(RegisterType.FLOAT32, RegisterOrder.BADC, 0xF642, 0x79E9)).isEqualTo(123.456);
		assertThat(value(RegisterType.FLOAT32, RegisterOrder.DCBA, 0x79E9, 0xF642)).isEqualTo(123.456);
		// 1.0f = 0x3F800000, -2.5f = 0xC0200000
		assertThat(value(RegisterType.FLOAT32, RegisterOrder.ABCD, 0x3F80, 0x0000)).isEqualTo(1.0);
		assertThat(value(RegisterType.FLOAT32, RegisterOrder.ABCD, 0xC020, 0x0000)).isEqualTo(-2.5);
	}

	@Test
	void wholeNumbers() {
		assertThat(value(RegisterType.INT32, RegisterOrder.ABCD, 0xFFFF, 0xFFFE)).isEqualTo(-2);
		assertThat(value(RegisterType.INT32, RegisterOrder.CDAB, 0xFFFE, 0xFFFF)).isEqualTo(-2);
		assertThat(value(RegisterType.UINT32, RegisterOrder.ABCD, 0xFFFF, 0xFFFE)).isEqualTo(4_294_967_294.0);
		assertThat(value(RegisterType.UINT32, RegisterOrder.ABCD, 0x0001, 0x0000)).isEqualTo(65_536);
		assertThat(value(RegisterType.UINT32, RegisterOrder.CDAB, 0x0000, 0x0001)).isEqualTo(65_536);
		assertThat(value(RegisterType.UINT16, RegisterOrder.ABCD, 0xFFFF)).isEqualTo(65_535);
		assertThat(value(RegisterType.INT16, RegisterOrder.ABCD, 0xFFFF)).isEqualTo(-1);
		assertThat(value(RegisterType.INT16, RegisterOrder.ABCD, 0x8000)).isEqualTo(-32_768);
		// 0x1234 = 4660; byte-swapped it reads 0x3412 = 13330
		assertThat(value(RegisterType.UINT16, RegisterOrder.ABCD, 0x1234)).isEqualTo(4660);
		assertThat(value(RegisterType.UINT16, RegisterOrder.BADC, 0x1234)).isEqualTo(13_330);
		assertThat(value(RegisterType.UINT16, RegisterOrder.CDAB, 0x1234)).isEqualTo(4660);
		assertThat(value(RegisterType.UINT16, RegisterOrder.DCBA, 0x1234)).isEqualTo(13_330);
	}

	@Test
	void scaleAndOffset() {
		// 1234 × 0.1 = 123.4 exactly, not 123.40000000000001
		assertThat(RegisterCodec.value(new int[] { 1234 }, RegisterType.UINT16, RegisterOrder.ABCD, 0.1, 0))
			.isEqualTo(123.4);
		// a temperature sent in tenths with an offset of -40: raw 652 → 25.2
		assertThat(RegisterCodec.value(new int[] { 652 }, RegisterType.INT16, RegisterOrder.ABCD, 0.1, -40))
			.isEqualTo(25.2);
		assertThat(RegisterCodec.value(new int[] { 0xFFFF, 0xFFFE }, RegisterType.INT32, RegisterOrder.ABCD, 10, 5))
			.isEqualTo(-15);
	}

	@Test
	void encodingIsTheInverse() {
		assertThat(RegisterCodec.words(123.456, RegisterType.FLOAT32, RegisterOrder.ABCD, 1, 0)).containsExactly(0x42F6,
				0xE979);
		assertThat(RegisterCodec.words(123.456, RegisterType.FLOAT32, RegisterOrder.CDAB, 1, 0)).containsExactly(0xE979,
				0x42F6);
		assertThat(RegisterCodec.words(123.456, RegisterType.FLOAT32, RegisterOrder.BADC, 1, 0)).containsExactly(0xF642,
				0x79E9);
		assertThat(RegisterCodec.words(123.456, RegisterType.FLOAT32, RegisterOrder.DCBA, 1, 0)).containsExactly(0x79E9,
				0xF642);
		assertThat(RegisterCodec.words(-2, RegisterType.INT32, RegisterOrder.ABCD, 1, 0)).containsExactly(0xFFFF,
				0xFFFE);
		assertThat(RegisterCodec.words(65_535, RegisterType.UINT16, RegisterOrder.ABCD, 1, 0)).containsExactly(0xFFFF);
		assertThat(RegisterCodec.words(25.2, RegisterType.INT16, RegisterOrder.ABCD, 0.1, -40)).containsExactly(652);
		assertThatThrownBy(() -> RegisterCodec.words(65_536, RegisterType.UINT16, RegisterOrder.ABCD, 1, 0))
			.isInstanceOf(ArithmeticException.class);
		assertThatThrownBy(() -> RegisterCodec.words(-1, RegisterType.UINT32, RegisterOrder.ABCD, 1, 0))
			.isInstanceOf(ArithmeticException.class);
	}

	@Test
	void notANumberIsRefused() {
		assertThatThrownBy(() -> value(RegisterType.FLOAT32, RegisterOrder.ABCD, 0x7FC0, 0x0000))
			.isInstanceOf(ArithmeticException.class);
	}

	private static double value(RegisterType type, RegisterOrder order, int... words) {
		return RegisterCodec.value(words, type, order, 1, 0);
	}

}
