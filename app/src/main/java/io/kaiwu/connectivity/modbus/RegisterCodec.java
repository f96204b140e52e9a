package io.kaiwu.connectivity.modbus;

import java.math.BigDecimal;

/**
 * Turns register words into numbers and back: the raw value by type and order, then
 * {@code value = raw × scale + offset} (in decimal arithmetic, so 1234 × 0.1 is 123.4). A
 * float32 becomes the shortest decimal that reads back as the same float (123.456, not
 * 123.45600128173828).
 */
final class RegisterCodec {

	private RegisterCodec() {
	}

	/**
	 * The raw value of one or two registers.
	 * @param words the registers as read, 0..65535 each, in address order.
	 */
	static BigDecimal raw(int[] words, RegisterType type, RegisterOrder order) {
		return switch (type) {
			case INT16 -> BigDecimal.valueOf((short) word(words[0], order));
			case UINT16 -> BigDecimal.valueOf(word(words[0], order));
			case INT32 -> BigDecimal.valueOf(int32(words, order));
			case UINT32 -> BigDecimal.valueOf(Integer.toUnsignedLong(int32(words, order)));
			case FLOAT32 -> {
				float f = Float.intBitsToFloat(int32(words, order));
				if (!Float.isFinite(f)) {
					throw new ArithmeticException("not a finite number: " + f);
				}
				yield new BigDecimal(Float.toString(f));
			}
			case BOOL -> throw new IllegalArgumentException("A bit has no register words");
		};
	}

	/** The value: raw × scale + offset. */
	static double value(int[] words, RegisterType type, RegisterOrder order, double scale, double offset) {
		BigDecimal raw = raw(words, type, order);
		if (scale == 1 && offset == 0) {
			return raw.doubleValue();
		}
		return raw.multiply(BigDecimal.valueOf(scale)).add(BigDecimal.valueOf(offset)).doubleValue();
	}

	/**
	 * The registers to write for a value: (value − offset) / scale, rounded to a whole
	 * number for the integer types.
	 * @throws ArithmeticException when the value does not fit the type.
	 */
	static int[] words(double value, RegisterType type, RegisterOrder order, double scale, double offset) {
		BigDecimal raw = BigDecimal.valueOf(value)
			.subtract(BigDecimal.valueOf(offset))
			.divide(BigDecimal.valueOf(scale), java.math.MathContext.DECIMAL64);
		return switch (type) {
			case INT16 -> new int[] { word((int) (fit(raw, Short.MIN_VALUE, Short.MAX_VALUE) & 0xFFFF), order) };
			case UINT16 -> new int[] { word((int) fit(raw, 0, 0xFFFF), order) };
			case INT32 -> split((int) fit(raw, Integer.MIN_VALUE, Integer.MAX_VALUE), order);
			case UINT32 -> split((int) fit(raw, 0, 0xFFFF_FFFFL), order);
			case FLOAT32 -> split(Float.floatToIntBits(raw.floatValue()), order);
			case BOOL -> throw new IllegalArgumentException("A bit has no register words");
		};
	}

	private static long fit(BigDecimal raw, long min, long max) {
		long whole = raw.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
		if (whole < min || whole > max) {
			throw new ArithmeticException(raw.toPlainString() + " does not fit " + min + ".." + max);
		}
		return whole;
	}

	/** A register as the device sends it → its big-endian value (or back: symmetric). */
	private static int word(int word, RegisterOrder order) {
		return order.swapBytes() ? (((word & 0xFF) << 8) | ((word >>> 8) & 0xFF)) : word & 0xFFFF;
	}

	private static int int32(int[] words, RegisterOrder order) {
		int first = word(words[0], order);
		int second = word(words[1], order);
		return order.swapWords() ? (second << 16) | first : (first << 16) | second;
	}

	private static int[] split(int bits, RegisterOrder order) {
		int high = word((bits >>> 16) & 0xFFFF, order);
		int low = word(bits & 0xFFFF, order);
		return order.swapWords() ? new int[] { low, high } : new int[] { high, low };
	}

}
