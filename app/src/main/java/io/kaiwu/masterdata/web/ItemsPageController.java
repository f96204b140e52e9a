package io.kaiwu.masterdata.web;

import java.util.UUID;

import io.kaiwu.masterdata.DataGrade;
import io.kaiwu.masterdata.item.ItemDraft;
import io.kaiwu.masterdata.item.ItemKind;
import io.kaiwu.masterdata.item.ManagingItems;
import io.kaiwu.masterdata.unit.ManagingUnits;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

/** The items page (物料): search, create, change, delete, import and export. */
@Controller
@RequestMapping("/masterdata/items")
class ItemsPageController {

	private final ManagingItems items;

	private final ManagingUnits units;

	ItemsPageController(ManagingItems items, ManagingUnits units) {
		this.items = items;
		this.units = units;
	}

	record ItemForm(@NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9._/-]+") String code,
			@NotBlank @Size(max = 200) String name, @NotNull ItemKind kind, @NotNull UUID baseUnitId,
			@Nullable @Size(max = 100) String drawingNumber, @Nullable @Size(max = 1000) String specification,
			@Nullable DataGrade grade) {

		ItemDraft draft() {
			return new ItemDraft(this.code.trim(), this.name.trim(), this.kind, this.baseUnitId,
					(this.drawingNumber == null) ? "" : this.drawingNumber.trim(),
					(this.specification == null) ? "" : this.specification.trim(),
					(this.grade == null) ? DataGrade.GENERAL : this.grade);
		}

	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable ItemKind kind,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		model.addAttribute("page", this.items.list(me, q, kind, PageQuery.of(page, 50)));
		model.addAttribute("kinds", ItemKind.values());
		model.addAttribute("grades", DataGrade.values());
		model.addAttribute("units", this.units.list(me));
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		return "masterdata/items";
	}

	@PostMapping
	@PreAuthorize("hasRole('ENGINEER')")
	String create(@Valid @ModelAttribute ItemForm form) {
		this.items.create(CurrentPrincipal.get(), form.draft());
		return "redirect:/masterdata/items";
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	String update(@PathVariable UUID id, @Valid @ModelAttribute ItemForm form) {
		this.items.update(CurrentPrincipal.get(), id, form.draft());
		return "redirect:/masterdata/items";
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String delete(@PathVariable UUID id) {
		this.items.delete(CurrentPrincipal.get(), id);
		return "redirect:/masterdata/items";
	}

	@PostMapping("/import")
	@PreAuthorize("hasRole('ENGINEER')")
	String importFile(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean goodRowsOnly, RedirectAttributes redirect) {
		SheetUpload.run(file, (name, in) -> this.items.importFile(CurrentPrincipal.get(), name, in, goodRowsOnly),
				redirect);
		return "redirect:/masterdata/items";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format) {
		return ItemApiController.download(this.items.export(CurrentPrincipal.get()), format);
	}

}
