package io.kaiwu.device.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Device secrets: 32 random bytes, Base64url without padding (43 characters). Only the
 * SHA-256 of a secret is stored; a random 256-bit secret needs no slow hash, and a check
 * stays cheap enough for every MQTT connect and HTTP request.
 */
public final class DeviceSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final byte[] NO_MATCH = new byte[32];

	private DeviceSecrets() {
	}

	/** A new random secret. */
	public static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The SHA-256 of a secret, as 64 lower-case hex digits. */
	public static String hash(String secret) {
		return HexFormat.of().formatHex(sha256(secret));
	}

	/**
	 * Whether a secret matches a stored hash, compared in constant time.
	 * @param secret what the device sent.
	 * @param storedHash the stored hex hash; {@literal null} when the device is unknown
	 * (the secret is still hashed, so an unknown key takes as long as a wrong secret).
	 */
	public static boolean matches(String secret, @org.jspecify.annotations.Nullable String storedHash) {
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
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
