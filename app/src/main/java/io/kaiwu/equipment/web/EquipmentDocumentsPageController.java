package io.kaiwu.equipment.web;

import java.util.UUID;

import io.kaiwu.equipment.documents.EquipmentDocuments;
import io.kaiwu.shared.CurrentPrincipal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A machine's documents from its page: upload and delete return to the page (a refused
 * file is named at the top), download as over REST.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class EquipmentDocumentsPageController {

	private final EquipmentDocumentsApiController api;

	private final EquipmentDocuments documents;

	EquipmentDocumentsPageController(EquipmentDocumentsApiController api, EquipmentDocuments documents) {
		this.api = api;
		this.documents = documents;
	}

	@GetMapping("/equipment/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId) {
		return this.api.download(id, documentId);
	}

	@PostMapping("/equipment/{id}/documents")
	@PreAuthorize("hasRole('ENGINEER')")
	String upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file) {
		this.api.store(id, file);
		return "redirect:/equipment/" + id + "/signals";
	}

	@PostMapping("/equipment/{id}/documents/{documentId}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String delete(@PathVariable UUID id, @PathVariable UUID documentId) {
		this.documents.delete(CurrentPrincipal.get().requireTenant(), id, documentId);
		return "redirect:/equipment/" + id + "/signals";
	}

}
