package io.kaiwu.alarm.notification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signatures against values computed outside Java, with Python's hmac, hashlib,
 * base64 and urllib.parse.quote_plus as DingTalk's documentation shows them (see
 * docs/alarms.md for the webhook snippet).
 */
class SignaturesTests {

	@Test
	void dingTalkSignIsTheUrlEncodedBase64OfTheHmacOfTimestampNewlineSecret() {
		// python: quote_plus(b64encode(hmac.new(secret, f"{ts}\n{secret}",
		// sha256).digest()))
		assertThat(Signatures.dingTalk("SEC0123456789abcdef0123456789abcdef", 1700000000000L))
			.isEqualTo("hJ95%2FXWePTzrSwXDHEJJY1Ta0B6qiG%2FYMxNzB4v4U2w%3D");
	}

	@Test
	void dingTalkUrlAppendsTimestampAndSignToTheAccessToken() {
		assertThat(Signatures.dingTalkUrl("https://oapi.dingtalk.com/robot/send?access_token=abc",
				"SEC0123456789abcdef0123456789abcdef", 1700000000000L))
			.isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1700000000000"
					+ "&sign=hJ95%2FXWePTzrSwXDHEJJY1Ta0B6qiG%2FYMxNzB4v4U2w%3D");
	}

	@Test
	void webhookSignatureIsTheHexHmacOfTimestampDotBody() {
		// python: hmac.new(secret, b"1700000000." + body, sha256).hexdigest()
		assertThat(Signatures.webhook("kaiwu-webhook-secret-0001", 1700000000L,
				"{\"event\":\"RAISED\",\"severity\":\"CRITICAL\"}"))
			.isEqualTo("sha256=17f107e3c2d5e95b297cc0237fb6bd3266303c552ca841be858cf85624c0417b");
	}

	@Test
	void aDifferentBodyOrTimestampGivesADifferentSignature() {
		String body = "{\"event\":\"RAISED\",\"severity\":\"CRITICAL\"}";
		String signed = Signatures.webhook("kaiwu-webhook-secret-0001", 1700000000L, body);
		assertThat(Signatures.webhook("kaiwu-webhook-secret-0001", 1700000001L, body)).isNotEqualTo(signed);
		assertThat(Signatures.webhook("kaiwu-webhook-secret-0001", 1700000000L, body.replace("CRITICAL", "MINOR")))
			.isNotEqualTo(signed);
	}

}
