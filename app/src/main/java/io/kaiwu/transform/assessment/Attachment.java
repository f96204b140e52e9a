package io.kaiwu.transform.assessment;

import java.time.Instant;
import java.util.UUID;

/** A supporting material (支撑材料) attached to one question or scenario of a run. */
public record Attachment(UUID id, UUID runId, String code, String fileName, String contentType, long sizeBytes,
		String uploadedBy, Instant uploadedAt) {
}
