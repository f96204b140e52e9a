package io.kaiwu.quality.defect.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.kaiwu.quality.defect.DefectDraft;
import io.kaiwu.quality.defect.DefectFilter;
import io.kaiwu.quality.defect.DefectPhotos;
import io.kaiwu.quality.defect.DefectRecord;
import io.kaiwu.quality.defect.DefectRecords;
import io.kaiwu.quality.defect.ParetoDimension;
import io.kaiwu.quality.defect.kernel.Pareto;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Defect records (缺陷记录): operators record defects and their photos, everyone reads them
 * and their Pareto analysis; quality engineers delete a record made in error.
 */
@RestController
@RequestMapping("/api/v1/quality/defects")
@PreAuthorize("hasRole('VIEWER')")
class DefectApiController {

	/** The span a Pareto analysis covers when none is given. */
	static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

	private final DefectRecords records;

	private final DefectPhotos photos;

	DefectApiController(DefectRecords records, DefectPhotos photos) {
		this.records = records;
		this.photos = photos;
	}

	@GetMapping
	Page<DefectRecord> list(@RequestParam(required = false) @Nullable Instant from,
			@RequestParam(required = false) @Nullable Instant to, @RequestParam(required = false) @Nullable UUID codeId,
			@RequestParam(required = false) @Nullable UUID itemId,
			@RequestParam(required = false) @Nullable UUID lineId,
			@RequestParam(required = false) @Nullable UUID supplierId,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.records.list(tenant(), new DefectFilter(from, to, codeId, itemId, lineId, supplierId),
				PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	DefectRecord get(@PathVariable UUID id) {
		return this.records.get(tenant(), id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('OPERATOR')")
	DefectRecord record(@RequestBody DefectDraft draft) {
		return this.records.record(tenant(), draft);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.records.delete(tenant(), id);
	}

	/**
	 * Defects summed per code, category, item, line, shift or supplier over
	 * {@code [from, to)} (the last 30 days when left out), largest first with the
	 * cumulative percent and the 80 % cut.
	 */
	@GetMapping("/pareto")
	Pareto pareto(@RequestParam(defaultValue = "CODE") ParetoDimension by,
			@RequestParam(required = false) @Nullable Instant from,
			@RequestParam(required = false) @Nullable Instant to) {
		Instant end = (to != null) ? to : Instant.now();
		Instant start = (from != null) ? from : end.minus(DEFAULT_PERIOD);
		return this.records.pareto(tenant(), by, start, end, LocaleContextHolder.getLocale());
	}

	@PostMapping("/{id}/photo")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('OPERATOR')")
	DefectRecord.Photo upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file) {
		return store(this.photos, tenant(), id, file);
	}

	@GetMapping("/{id}/photo")
	ResponseEntity<byte[]> photo(@PathVariable UUID id) {
		return photoResponse(this.photos.download(tenant(), id));
	}

	static DefectRecord.Photo store(DefectPhotos photos, TenantId tenant, UUID id, MultipartFile file) {
		if (file.getSize() > DefectPhotos.MAX_BYTES) {
			throw new KaiwuProblem.InvalidInput("file", "quality.defect.problem.photo-too-large",
					String.valueOf(file.getOriginalFilename()), DefectPhotos.MAX_BYTES / 1024 / 1024);
		}
		try {
			return photos.upload(tenant, id, file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new KaiwuProblem.InvalidInput("file", "quality.defect.problem.photo-unreadable");
		}
	}

	static ResponseEntity<byte[]> photoResponse(DefectPhotos.Download download) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.photo().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(download.photo().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(download.content());
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
