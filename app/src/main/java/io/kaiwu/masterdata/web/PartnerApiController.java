package io.kaiwu.masterdata.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.kaiwu.masterdata.DataGrade;
import io.kaiwu.masterdata.partner.ManagingPartners;
import io.kaiwu.masterdata.partner.Partner;
import io.kaiwu.masterdata.partner.PartnerDraft;
import io.kaiwu.masterdata.partner.PartnerRows;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.ImportReport;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Business partners: suppliers with their tier (供应商层级) and customers. */
@RestController
@RequestMapping("/api/v1/partners")
@PreAuthorize("hasRole('VIEWER')")
class PartnerApiController {

	private final ManagingPartners partners;

	PartnerApiController(ManagingPartners partners) {
		this.partners = partners;
	}

	record PartnerForm(@NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9._/-]+") String code,
			@NotBlank @Size(max = 200) String name, @Nullable Boolean supplier,
			@Nullable @Min(1) @Max(9) Integer supplierTier, @Nullable Boolean customer,
			@Nullable @Size(max = 100) String contactPerson, @Nullable @Size(max = 50) String phone,
			@Nullable @Email @Size(max = 200) String email, @Nullable @Size(max = 100) String region,
			@Nullable DataGrade grade) {

		PartnerDraft draft() {
			return new PartnerDraft(this.code.trim(), this.name.trim(), Boolean.TRUE.equals(this.supplier),
					this.supplierTier, Boolean.TRUE.equals(this.customer), text(this.contactPerson), text(this.phone),
					text(this.email), text(this.region), (this.grade == null) ? DataGrade.GENERAL : this.grade);
		}

		private static String text(@Nullable String value) {
			return (value == null) ? "" : value.trim();
		}

	}

	record PartnerView(UUID id, String code, String name, boolean supplier, @Nullable Integer supplierTier,
			boolean customer, String contactPerson, String phone, String email, String region, DataGrade grade,
			OffsetDateTime createdAt, OffsetDateTime updatedAt) {

		static PartnerView of(Partner p) {
			return new PartnerView(p.id(), p.code(), p.name(), p.supplier(), p.supplierTier(), p.customer(),
					p.contactPerson(), p.phone(), p.email(), p.region(), p.grade(),
					p.createdAt().atOffset(ZoneOffset.UTC), p.updatedAt().atOffset(ZoneOffset.UTC));
		}

	}

	/**
	 * Lists partners; {@code role} is {@code SUPPLIER} or {@code CUSTOMER}, {@code tier}
	 * a supplier tier.
	 */
	@GetMapping
	Page<PartnerView> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String role,
			@RequestParam(required = false) @Nullable Integer tier,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.partners.list(CurrentPrincipal.get(), q, role, tier, PageQuery.of(page, size)).map(PartnerView::of);
	}

	@GetMapping("/{id}")
	PartnerView get(@PathVariable UUID id) {
		return PartnerView.of(this.partners.get(CurrentPrincipal.get(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	PartnerView create(@Valid @RequestBody PartnerForm form) {
		return PartnerView.of(this.partners.create(CurrentPrincipal.get(), form.draft()));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	PartnerView update(@PathVariable UUID id, @Valid @RequestBody PartnerForm form) {
		return PartnerView.of(this.partners.update(CurrentPrincipal.get(), id, form.draft()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.partners.delete(CurrentPrincipal.get(), id);
	}

	/**
	 * Imports an {@code .xlsx} or UTF-8 {@code .csv} file with the columns code, name,
	 * supplier, supplierTier, customer, contactPerson, phone, email, region, grade.
	 */
	@PostMapping(path = "/import", consumes = "multipart/form-data")
	@PreAuthorize("hasRole('ENGINEER')")
	ImportReport importFile(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean goodRowsOnly) {
		try (InputStream in = file.getInputStream()) {
			return this.partners.importFile(CurrentPrincipal.get(), ItemApiController.filename(file), in, goodRowsOnly);
		}
		catch (IOException ex) {
			throw new KaiwuProblem.InvalidInput("file", "problem.import.unreadable", ItemApiController.filename(file));
		}
	}

	/** All partners as CSV or Excel; core-graded ones only for a tenant admin. */
	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format) {
		return download(this.partners.export(CurrentPrincipal.get()), format);
	}

	/** The partners as a download in the columns an import reads back. */
	static ResponseEntity<byte[]> download(List<Partner> partners, String format) {
		List<List<String>> rows = partners.stream()
			.map((p) -> List.of(p.code(), p.name(), yesNo(p.supplier()),
					(p.supplierTier() == null) ? "" : String.valueOf(p.supplierTier()), yesNo(p.customer()),
					p.contactPerson(), p.phone(), p.email(), p.region(), p.grade().name()))
			.toList();
		return Downloads.of(format, "partners", PartnerRows.COLUMNS, rows);
	}

	private static String yesNo(boolean value) {
		return value ? "yes" : "no";
	}

}
