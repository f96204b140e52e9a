package io.kaiwu.masterdata.web;

import java.util.UUID;

import io.kaiwu.masterdata.DataGrade;
import io.kaiwu.masterdata.partner.ManagingPartners;
import io.kaiwu.masterdata.partner.PartnerDraft;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The business partners page (客户与供应商): search, create, change, delete, import, export.
 */
@Controller
@RequestMapping("/masterdata/partners")
class PartnersPageController {

	private final ManagingPartners partners;

	PartnersPageController(ManagingPartners partners) {
		this.partners = partners;
	}

	record PartnerForm(@NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9._/-]+") String code,
			@NotBlank @Size(max = 200) String name, @Nullable Boolean supplier,
			@Nullable @Min(1) @Max(9) Integer supplierTier, @Nullable Boolean customer,
			@Nullable @Size(max = 100) String contactPerson, @Nullable @Size(max = 50) String phone,
			@Nullable @Email @Size(max = 200) String email, @Nullable @Size(max = 100) String region,
			@Nullable DataGrade grade) {

		PartnerDraft draft() {
			boolean isSupplier = Boolean.TRUE.equals(this.supplier);
			return new PartnerDraft(this.code.trim(), this.name.trim(), isSupplier,
					isSupplier ? this.supplierTier : null, Boolean.TRUE.equals(this.customer), text(this.contactPerson),
					text(this.phone), text(this.email), text(this.region),
					(this.grade == null) ? DataGrade.GENERAL : this.grade);
		}

		private static String text(@Nullable String value) {
			return (value == null) ? "" : value.trim();
		}

	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String role,
			@RequestParam(required = false) @Nullable Integer tier,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		model.addAttribute("page", this.partners.list(me, q, role, tier, PageQuery.of(page, 50)));
		model.addAttribute("grades", DataGrade.values());
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		return "masterdata/partners";
	}

	@PostMapping
	@PreAuthorize("hasRole('ENGINEER')")
	String create(@Valid @ModelAttribute PartnerForm form) {
		this.partners.create(CurrentPrincipal.get(), form.draft());
		return "redirect:/masterdata/partners";
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	String update(@PathVariable UUID id, @Valid @ModelAttribute PartnerForm form) {
		this.partners.update(CurrentPrincipal.get(), id, form.draft());
		return "redirect:/masterdata/partners";
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String delete(@PathVariable UUID id) {
		this.partners.delete(CurrentPrincipal.get(), id);
		return "redirect:/masterdata/partners";
	}

	@PostMapping("/import")
	@PreAuthorize("hasRole('ENGINEER')")
	String importFile(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean goodRowsOnly, RedirectAttributes redirect) {
		SheetUpload.run(file, (name, in) -> this.partners.importFile(CurrentPrincipal.get(), name, in, goodRowsOnly),
				redirect);
		return "redirect:/masterdata/partners";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format) {
		return PartnerApiController.download(this.partners.export(CurrentPrincipal.get()), format);
	}

}
