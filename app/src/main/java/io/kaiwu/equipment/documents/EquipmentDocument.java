package io.kaiwu.equipment.documents;

import java.time.Instant;
import java.util.UUID;

/** A document of a machine, without its content. */
public record EquipmentDocument(UUID id, UUID equipmentId, String fileName, String contentType, long sizeBytes,
		String uploadedBy, Instant uploadedAt) {
}
