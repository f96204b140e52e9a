package io.kaiwu.connectivity.sparkplug;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * Edge node secrets: 32 random bytes, kept only as SHA-256, compared in constant time.
 */
final class EdgeNodeSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final byte[] NO_MATCH = new byte[32];

	private EdgeNodeSecrets() {
	}

	static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String secret) {
		return HexFormat.of().formatHex(sha256(secret));
	}

	/** Hashes the secret even for an unknown node, so both take as long. */
	static boolean matches(String secret, @Nullable String storedHash) {
		byte[] actual = sha256(secret);
		byte[] expected = NO_MATCH;
		if (storedHash != null && storedHash.length() == 64) {
			try {
				expected = HexFormat.of().parseHex(storedHash);
			}
			catch (IllegalArgumentException ex) {
				expected = NO_MATCH;
			}
		}
		return MessageDigest.isEqual(actual, expected) && storedHash != null;
	}

	private static byte[] sha256(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
