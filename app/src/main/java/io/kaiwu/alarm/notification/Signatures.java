package io.kaiwu.alarm.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two signatures a notification carries, in plain Java.
 * <ul>
 * <li>Kaiwu's webhook: {@code X-Kaiwu-Signature: sha256=<hex>}, the HMAC-SHA256 with the
 * channel's secret of {@code <X-Kaiwu-Timestamp>.<body>} (the Unix time in seconds, a
 * dot, the raw body bytes).</li>
 * <li>钉钉 custom robot 加签: the HMAC-SHA256 with the secret of
 * {@code <timestamp in ms>\n<secret>}, Base64, then URL-encoded; sent as
 * {@code &timestamp=…&sign=…} on the robot's URL.</li>
 * </ul>
 */
public final class Signatures {

	public static final String TIMESTAMP_HEADER = "X-Kaiwu-Timestamp";

	public static final String SIGNATURE_HEADER = "X-Kaiwu-Signature";

	private Signatures() {
	}

	/**
	 * The value of {@value #SIGNATURE_HEADER} for a body sent at a Unix time in seconds.
	 */
	public static String webhook(String secret, long timestampSeconds, String body) {
		return "sha256=" + HexFormat.of().formatHex(hmacSha256(secret, timestampSeconds + "." + body));
	}

	/** DingTalk's {@code sign} parameter, already URL-encoded. */
	public static String dingTalk(String secret, long timestampMillis) {
		byte[] mac = hmacSha256(secret, timestampMillis + "\n" + secret);
		return URLEncoder.encode(Base64.getEncoder().encodeToString(mac), StandardCharsets.UTF_8);
	}

	/** The DingTalk robot URL with its timestamp and sign parameters. */
	public static String dingTalkUrl(String url, String secret, long timestampMillis) {
		return url + (url.contains("?") ? "&" : "?") + "timestamp=" + timestampMillis + "&sign="
				+ dingTalk(secret, timestampMillis);
	}

	private static byte[] hmacSha256(String secret, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
