package io.kaiwu.equipment.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.equipment.documents.EquipmentDocument;
import io.kaiwu.equipment.documents.EquipmentDocuments;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A machine's documents (设备文档) over REST ({@code /api/v1/equipment/{id}/documents}):
 * engineers upload (multipart part {@code file}) and delete, everyone in the tenant lists
 * and downloads.
 */
@RestController
@PreAuthorize("hasRole('VIEWER')")
class EquipmentDocumentsApiController {

	private final EquipmentDocuments documents;

	EquipmentDocumentsApiController(EquipmentDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/api/v1/equipment/{id}/documents")
	List<Map<String, Object>> list(@PathVariable UUID id) {
		return this.documents.list(CurrentPrincipal.get().requireTenant(), id)
			.stream()
			.map(EquipmentDocumentsApiController::json)
			.toList();
	}

	@PostMapping("/api/v1/equipment/{id}/documents")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file) {
		return json(store(id, file));
	}

	@GetMapping("/api/v1/equipment/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId) {
		EquipmentDocuments.Download download = this.documents.download(CurrentPrincipal.get().requireTenant(), id,
				documentId);
		MediaType type;
		try {
			type = MediaType.parseMediaType(download.document().contentType());
		}
		catch (IllegalArgumentException ex) {
			type = MediaType.APPLICATION_OCTET_STREAM;
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.document().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(download.content());
	}

	@DeleteMapping("/api/v1/equipment/{id}/documents/{documentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id, @PathVariable UUID documentId) {
		this.documents.delete(CurrentPrincipal.get().requireTenant(), id, documentId);
	}

	EquipmentDocument store(UUID id, MultipartFile file) {
		if (file.getSize() > EquipmentDocuments.MAX_BYTES) {
			throw new KaiwuProblem.InvalidInput("file", "problem.equipment.document.too-large",
					String.valueOf(file.getOriginalFilename()), EquipmentDocuments.MAX_BYTES / 1024 / 1024);
		}
		try {
			return this.documents.upload(CurrentPrincipal.get().requireTenant(), id, file.getOriginalFilename(),
					file.getContentType(), file.getBytes());
		}
		catch (IOException ex) {
			throw new KaiwuProblem.InvalidInput("file", "problem.equipment.document.unreadable");
		}
	}

	static Map<String, Object> json(EquipmentDocument d) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", d.id());
		json.put("fileName", d.fileName());
		json.put("contentType", d.contentType());
		json.put("sizeBytes", d.sizeBytes());
		json.put("uploadedBy", d.uploadedBy());
		json.put("uploadedAt", d.uploadedAt().toString());
		return json;
	}

}
