package io.kaiwu.masterdata.web;

import java.util.UUID;

import io.kaiwu.masterdata.DataGrade;
import io.kaiwu.masterdata.classification.ManagingDataCategories;
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

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The data classification catalogue (数据分类分级): categories with their grade. */
@Controller
@RequestMapping("/masterdata/data-categories")
class DataCategoriesPageController {

	private final ManagingDataCategories categories;

	DataCategoriesPageController(ManagingDataCategories categories) {
		this.categories = categories;
	}

	record CategoryForm(@NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9._/-]+") String code,
			@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 1000) String description,
			@NotNull DataGrade grade) {

		String text() {
			return (this.description == null) ? "" : this.description.trim();
		}

	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Integer page, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		model.addAttribute("page", this.categories.list(me, PageQuery.of(page, 100)));
		model.addAttribute("grades", DataGrade.values());
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		return "masterdata/data-categories";
	}

	@PostMapping
	@PreAuthorize("hasRole('ENGINEER')")
	String create(@Valid @ModelAttribute CategoryForm form) {
		this.categories.create(CurrentPrincipal.get(), form.code().trim(), form.name().trim(), form.text(),
				form.grade());
		return "redirect:/masterdata/data-categories";
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	String update(@PathVariable UUID id, @Valid @ModelAttribute CategoryForm form) {
		this.categories.update(CurrentPrincipal.get(), id, form.code().trim(), form.name().trim(), form.text(),
				form.grade());
		return "redirect:/masterdata/data-categories";
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String delete(@PathVariable UUID id) {
		this.categories.delete(CurrentPrincipal.get(), id);
		return "redirect:/masterdata/data-categories";
	}

}
