package io.kaiwu.quality.identifier;

import java.security.SecureRandom;

import io.kaiwu.quality.Genealogy.Form;

/**
 * The object code (对象标识) after the enterprise prefix: {@code L} for a lot or {@code S}
 * for a serial, then 12 characters of Crockford base32 (digits and capitals without I, L,
 * O, U) from 60 random bits. It says nothing about the item, the number or the date, so a
 * label gives nothing away that the public record does not show, and it reads aloud
 * without confusing 0 and O.
 */
final class ObjectCodes {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	static final int LENGTH = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private ObjectCodes() {
	}

	static String next(Form form) {
		long bits = RANDOM.nextLong();
		StringBuilder code = new StringBuilder(LENGTH + 1).append(form == Form.LOT ? 'L' : 'S');
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt((int) (bits & 31)));
			bits >>>= 5;
		}
		return code.toString();
	}

	/** Whether the text is an object code this scheme makes. */
	static boolean valid(String code) {
		if (code.length() != LENGTH + 1 || (code.charAt(0) != 'L' && code.charAt(0) != 'S')) {
			return false;
		}
		for (int i = 1; i < code.length(); i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}

}
