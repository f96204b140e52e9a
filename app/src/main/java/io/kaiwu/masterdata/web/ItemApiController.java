package io.kaiwu.masterdata.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.kaiwu.masterdata.DataGrade;
import io.kaiwu.masterdata.item.Item;
import io.kaiwu.masterdata.item.ItemDraft;
import io.kaiwu.masterdata.item.ItemKind;
import io.kaiwu.masterdata.item.ItemRows;
import io.kaiwu.masterdata.item.ManagingItems;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.ImportReport;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

/** Items (物料): raw materials, semi-finished and finished goods. */
@RestController
@RequestMapping("/api/v1/items")
@PreAuthorize("hasRole('VIEWER')")
class ItemApiController {

	private final ManagingItems items;

	ItemApiController(ManagingItems items) {
		this.items = items;
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

	record ItemView(UUID id, String code, String name, ItemKind kind, UUID baseUnitId, String baseUnit,
			String drawingNumber, String specification, DataGrade grade, OffsetDateTime createdAt,
			OffsetDateTime updatedAt) {

		static ItemView of(Item i) {
			return new ItemView(i.id(), i.code(), i.name(), i.kind(), i.baseUnit(), i.baseUnitCode(), i.drawingNumber(),
					i.specification(), i.grade(), i.createdAt().atOffset(ZoneOffset.UTC),
					i.updatedAt().atOffset(ZoneOffset.UTC));
		}

	}

	@GetMapping
	Page<ItemView> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable ItemKind kind,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.items.list(CurrentPrincipal.get(), q, kind, PageQuery.of(page, size)).map(ItemView::of);
	}

	@GetMapping("/{id}")
	ItemView get(@PathVariable UUID id) {
		return ItemView.of(this.items.get(CurrentPrincipal.get(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	ItemView create(@Valid @RequestBody ItemForm form) {
		return ItemView.of(this.items.create(CurrentPrincipal.get(), form.draft()));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	ItemView update(@PathVariable UUID id, @Valid @RequestBody ItemForm form) {
		return ItemView.of(this.items.update(CurrentPrincipal.get(), id, form.draft()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.items.delete(CurrentPrincipal.get(), id);
	}

	/**
	 * Imports an {@code .xlsx} or UTF-8 {@code .csv} file with the columns code, name,
	 * kind, unit, drawingNumber, specification, grade (or their Chinese headings).
	 */
	@PostMapping(path = "/import", consumes = "multipart/form-data")
	@PreAuthorize("hasRole('ENGINEER')")
	ImportReport importFile(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean goodRowsOnly) {
		try (InputStream in = file.getInputStream()) {
			return this.items.importFile(CurrentPrincipal.get(), filename(file), in, goodRowsOnly);
		}
		catch (IOException ex) {
			throw new KaiwuProblem.InvalidInput("file", "problem.import.unreadable", filename(file));
		}
	}

	/** All items as CSV or Excel; core-graded ones only for a tenant admin. */
	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format) {
		return download(this.items.export(CurrentPrincipal.get()), format);
	}

	/** The items as a download in the columns an import reads back. */
	static ResponseEntity<byte[]> download(List<Item> items, String format) {
		List<List<String>> rows = items.stream()
			.map((i) -> List.of(i.code(), i.name(), i.kind().name(), i.baseUnitCode(), i.drawingNumber(),
					i.specification(), i.grade().name()))
			.toList();
		return Downloads.of(format, "items", ItemRows.COLUMNS, rows);
	}

	static String filename(MultipartFile file) {
		return (file.getOriginalFilename() == null) ? "" : file.getOriginalFilename();
	}

}
