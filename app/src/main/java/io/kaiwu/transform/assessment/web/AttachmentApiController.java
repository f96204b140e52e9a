package io.kaiwu.transform.assessment.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.transform.assessment.Attachment;
import io.kaiwu.transform.assessment.Attachments;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Supporting materials (支撑材料) of an assessment run: respondents attach files to a
 * question or scenario while the run is open; everyone in the tenant lists and downloads
 * them.
 */
@RestController
@RequestMapping("/api/v1/transform/assessments/{id}/attachments")
@PreAuthorize("hasRole('VIEWER')")
class AttachmentApiController {

	private final Attachments attachments;

	AttachmentApiController(Attachments attachments) {
		this.attachments = attachments;
	}

	@GetMapping
	List<Map<String, Object>> list(@PathVariable UUID id) {
		return this.attachments.list(CurrentPrincipal.get().requireTenant(), id)
			.stream()
			.map(AttachmentApiController::json)
			.toList();
	}

	/**
	 * Attaches the multipart part {@code file} to the question or scenario {@code code}.
	 */
	@PostMapping(path = "/{code}", consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('OPERATOR')")
	Map<String, Object> upload(@PathVariable UUID id, @PathVariable String code,
			@RequestParam("file") MultipartFile file) {
		try {
			return json(this.attachments.upload(CurrentPrincipal.get().requireTenant(), id, code,
					file.getOriginalFilename(), file.getContentType(), file.getBytes()));
		}
		catch (IOException ex) {
			throw new KaiwuProblem.InvalidInput("file", "assessment.attachment.empty", file.getOriginalFilename());
		}
	}

	@GetMapping("/{attachmentId}/content")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		Attachments.Download download = this.attachments.download(CurrentPrincipal.get().requireTenant(), id,
				attachmentId);
		MediaType type;
		try {
			type = MediaType.parseMediaType(download.attachment().contentType());
		}
		catch (IllegalArgumentException ex) {
			type = MediaType.APPLICATION_OCTET_STREAM;
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.attachment().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(download.content());
	}

	static Map<String, Object> json(Attachment a) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", a.id());
		json.put("code", a.code());
		json.put("fileName", a.fileName());
		json.put("contentType", a.contentType());
		json.put("sizeBytes", a.sizeBytes());
		json.put("uploadedBy", a.uploadedBy());
		json.put("uploadedAt", a.uploadedAt().toString());
		return json;
	}

}
