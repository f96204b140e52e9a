package io.kaiwu.transform.assessment.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import io.kaiwu.transform.assessment.ModelCatalog;
import io.kaiwu.transform.scoring.ModelRejected;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Maturity models (成熟度模型): every user of the tenant lists and reads them with their
 * source and unverified parts; the tenant's admin imports a model file, which is checked
 * like a shipped one and refused (422) with every problem listed.
 */
@RestController
@RequestMapping("/api/v1/transform/models")
@PreAuthorize("hasRole('VIEWER')")
class ModelApiController {

	private final ModelCatalog catalog;

	private final RejectedAnswers rejected;

	ModelApiController(ModelCatalog catalog, RejectedAnswers rejected) {
		this.catalog = catalog;
		this.rejected = rejected;
	}

	@ExceptionHandler(ModelRejected.class)
	ResponseEntity<ProblemDetail> rejected(ModelRejected ex) {
		return this.rejected.response(ex);
	}

	@GetMapping
	List<Map<String, Object>> list() {
		return this.catalog.list(tenant()).stream().map(ModelJson::summary).toList();
	}

	@GetMapping("/{code}/{version}")
	Map<String, Object> get(@PathVariable String code, @PathVariable String version) {
		return ModelJson.detail(this.catalog.get(tenant(), code, version));
	}

	/** Imports a model file sent as the multipart part {@code file}. */
	@PostMapping(consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	Map<String, Object> importFile(@RequestParam("file") MultipartFile file) {
		String name = (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())
				? file.getOriginalFilename() : "model.yaml";
		try {
			String content = new String(file.getBytes(), StandardCharsets.UTF_8);
			return ModelJson.summary(this.catalog.importModel(tenant(), name, content));
		}
		catch (IOException ex) {
			throw new KaiwuProblem.InvalidInput("file", "assessment.model.unreadable", name);
		}
	}

	/** Imports a model file sent as the whole body (YAML text). */
	@PostMapping(consumes = { "application/yaml", "application/x-yaml", "text/yaml", "text/plain" })
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	Map<String, Object> importBody(@RequestBody String content,
			@RequestParam(defaultValue = "model.yaml") String fileName) {
		return ModelJson.summary(this.catalog.importModel(tenant(), fileName, content));
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
