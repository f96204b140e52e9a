package io.kaiwu.production.configurator.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The item code of a variant: the base item's code, a dash and eight hex digits of the
 * SHA-256 of the base code and the chosen option codes in sorted order. The same
 * selection gives the same code whatever order it was picked in, so a repeat order finds
 * the variant made before; the code fits master data's 50 characters.
 */
public final class VariantCode {

	/** Longest item code master data keeps. */
	static final int MAX_LENGTH = 50;

	private static final int DIGITS = 8;

	private VariantCode() {
	}

	public static String of(String baseCode, Collection<String> optionCodes) {
		String options = String.join("+", new TreeSet<>(optionCodes));
		byte[] digest = sha256(baseCode + "|" + options);
		String suffix = HexFormat.of().formatHex(digest).substring(0, DIGITS).toUpperCase(Locale.ROOT);
		String base = (baseCode.length() > MAX_LENGTH - DIGITS - 1) ? baseCode.substring(0, MAX_LENGTH - DIGITS - 1)
				: baseCode;
		return base + "-" + suffix;
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
