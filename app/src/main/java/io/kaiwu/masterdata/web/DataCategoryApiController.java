package io.kaiwu.masterdata.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.kaiwu.masterdata.DataGrade;
import io.kaiwu.masterdata.classification.DataCategory;
import io.kaiwu.masterdata.classification.ManagingDataCategories;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
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

/** The data classification catalogue (数据分类分级): categories and their grade. */
@RestController
@RequestMapping("/api/v1/data-categories")
@PreAuthorize("hasRole('VIEWER')")
class DataCategoryApiController {

	private final ManagingDataCategories categories;

	DataCategoryApiController(ManagingDataCategories categories) {
		this.categories = categories;
	}

	record CategoryForm(@NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9._/-]+") String code,
			@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 1000) String description,
			@NotNull DataGrade grade) {
	}

	record CategoryView(UUID id, String code, String name, String description, DataGrade grade,
			OffsetDateTime createdAt, OffsetDateTime updatedAt) {

		static CategoryView of(DataCategory c) {
			return new CategoryView(c.id(), c.code(), c.name(), c.description(), c.grade(),
					c.createdAt().atOffset(ZoneOffset.UTC), c.updatedAt().atOffset(ZoneOffset.UTC));
		}

	}

	@GetMapping
	Page<CategoryView> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.categories.list(CurrentPrincipal.get(), PageQuery.of(page, size)).map(CategoryView::of);
	}

	@GetMapping("/{id}")
	CategoryView get(@PathVariable UUID id) {
		return CategoryView.of(this.categories.get(CurrentPrincipal.get(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	CategoryView create(@Valid @RequestBody CategoryForm form) {
		return CategoryView.of(this.categories.create(CurrentPrincipal.get(), form.code().trim(), form.name().trim(),
				description(form), form.grade()));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	CategoryView update(@PathVariable UUID id, @Valid @RequestBody CategoryForm form) {
		return CategoryView.of(this.categories.update(CurrentPrincipal.get(), id, form.code().trim(),
				form.name().trim(), description(form), form.grade()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.categories.delete(CurrentPrincipal.get(), id);
	}

	private static String description(CategoryForm form) {
		return (form.description() == null) ? "" : form.description().trim();
	}

}
