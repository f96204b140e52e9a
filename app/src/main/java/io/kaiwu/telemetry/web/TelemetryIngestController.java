package io.kaiwu.telemetry.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import io.kaiwu.device.DeviceCredentials;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.telemetry.IngestionResult;
import io.kaiwu.telemetry.Rejection;
import io.kaiwu.telemetry.TelemetryPayload;
import io.kaiwu.telemetry.ingest.IngestingTelemetry;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP ingest (docs/device-protocol.md): a device posts its JSON with HTTP Basic
 * {@code key:secret}. Answers {@code 200 {accepted, stored, rejected}}; the accepted
 * values are stored durably before the answer.
 */
@RestController
class TelemetryIngestController {

	static final String REALM = "Basic realm=\"kaiwu-devices\"";

	private final DeviceRegistry devices;

	private final IngestingTelemetry ingestion;

	private final ProblemDetails problems;

	private final HttpIngestStatistics statistics;

	TelemetryIngestController(DeviceRegistry devices, IngestingTelemetry ingestion, ProblemDetails problems,
			HttpIngestStatistics statistics) {
		this.devices = devices;
		this.ingestion = ingestion;
		this.problems = problems;
		this.statistics = statistics;
	}

	record Answer(int accepted, int stored, List<Rejection> rejected) {

		static Answer of(IngestionResult result) {
			return new Answer(result.accepted(), result.stored(), result.rejected());
		}

	}

	@PostMapping(path = "/api/v1/devices/{key}/telemetry", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> ingest(@PathVariable String key,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
			HttpServletRequest request) throws IOException {
		String[] basic = basic(authorization);
		DeviceCredentials device = (basic == null) ? null : this.devices.authenticate(basic[0], basic[1]).orElse(null);
		if (device == null) {
			this.statistics.countRejected("device " + key + ": not signed in (unknown key or wrong secret)");
			ProblemDetail problem = this.problems.of(401, "unauthorized", "problem.telemetry.device-unauthorized");
			problem.setInstance(java.net.URI.create(request.getRequestURI()));
			return ResponseEntity.status(401).header(HttpHeaders.WWW_AUTHENTICATE, REALM).body(problem);
		}
		if (!device.deviceKey().equals(key)) {
			this.statistics.countRejected("device " + device.deviceKey() + " posted to the key " + key);
			throw new KaiwuProblem.Forbidden("problem.telemetry.key-mismatch");
		}
		byte[] body = read(request);
		if (body == null) {
			this.statistics
				.countRejected("device " + key + ": body larger than " + TelemetryPayload.MAX_BYTES + " bytes");
			ProblemDetail problem = this.problems.of(413, "too-large", "problem.telemetry.too-large",
					TelemetryPayload.MAX_BYTES);
			problem.setInstance(java.net.URI.create(request.getRequestURI()));
			return ResponseEntity.status(413).body(problem);
		}
		TelemetryPayload.Parsed parsed = TelemetryPayload.parse(body);
		IngestionResult result;
		try {
			result = this.ingestion.ingest(key, parsed.readings(), "http", parsed.rejected(), body);
		}
		catch (RuntimeException ex) {
			this.statistics.countRejected("device " + key + ": not stored: " + ex.getMessage());
			throw ex;
		}
		if (parsed.readings().isEmpty() && parsed.rejected().size() == 1
				&& "payload".equals(parsed.rejected().get(0).what())) {
			this.statistics.countRejected("device " + key + ": " + parsed.rejected().get(0).reason());
			throw new KaiwuProblem.InvalidInput("body", "problem.telemetry.payload", parsed.rejected().get(0).reason());
		}
		this.statistics.countAccepted();
		return ResponseEntity.ok(Answer.of(result));
	}

	/** The body, or {@literal null} when it is larger than the limit. */
	private static byte @Nullable [] read(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > TelemetryPayload.MAX_BYTES) {
			return null;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try (InputStream in = request.getInputStream()) {
			int n;
			while ((n = in.read(buffer)) != -1) {
				out.write(buffer, 0, n);
				if (out.size() > TelemetryPayload.MAX_BYTES) {
					return null;
				}
			}
		}
		return out.toByteArray();
	}

	/** User and password of an HTTP Basic header, or {@literal null}. */
	static String @Nullable [] basic(@Nullable String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		int colon = decoded.indexOf(':');
		if (colon <= 0) {
			return null;
		}
		return new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
	}

}
