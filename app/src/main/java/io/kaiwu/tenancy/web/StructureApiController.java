package io.kaiwu.tenancy.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.tenancy.NodeLevel;
import io.kaiwu.tenancy.structure.PlantNode;
import io.kaiwu.tenancy.structure.ShapingStructure;
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
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The ISA-95 enterprise structure: site → area → line → work unit. */
@RestController
@RequestMapping("/api/v1/structure")
class StructureApiController {

	private final ShapingStructure structure;

	StructureApiController(ShapingStructure structure) {
		this.structure = structure;
	}

	record NewNode(@Nullable UUID parentId, @NotNull NodeLevel level,
			@NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9._-]+") String code,
			@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 50) String timeZone) {
	}

	/** A partial change: what is left out stays as it is. */
	record NodeChange(@Nullable @Size(min = 1, max = 50) @Pattern(regexp = "[A-Za-z0-9._-]+") String code,
			@Nullable @Size(min = 1, max = 200) String name, @Nullable @Size(max = 50) String timeZone) {
	}

	record Move(@NotNull UUID parentId) {
	}

	record NodeView(UUID id, @Nullable UUID parentId, NodeLevel level, String code, String name,
			@Nullable String timeZone) {

		static NodeView of(PlantNode n) {
			return new NodeView(n.id(), n.parentId(), n.level(), n.code(), n.name(), n.timeZone());
		}

	}

	record TreeNode(UUID id, NodeLevel level, String code, String name, @Nullable String timeZone,
			List<TreeNode> children) {
	}

	/** The whole structure the caller may see, as a tree of sites. */
	@GetMapping("/tree")
	List<TreeNode> tree() {
		return tree(this.structure.visibleNodes(CurrentPrincipal.get()));
	}

	@GetMapping("/nodes")
	Page<NodeView> nodes(@RequestParam(required = false) @Nullable UUID parentId,
			@RequestParam(required = false) @Nullable NodeLevel level,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		PageQuery query = PageQuery.of(page, size);
		List<NodeView> all = this.structure.visibleNodes(CurrentPrincipal.get())
			.stream()
			.filter((n) -> parentId == null || parentId.equals(n.parentId()))
			.filter((n) -> level == null || level == n.level())
			.map(NodeView::of)
			.toList();
		List<NodeView> slice = all.stream().skip(query.offset()).limit(query.size()).toList();
		return Page.of(slice, all.size(), query);
	}

	@GetMapping("/nodes/{id}")
	NodeView node(@PathVariable UUID id) {
		return NodeView.of(this.structure.get(CurrentPrincipal.get(), id));
	}

	@PostMapping("/nodes")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	NodeView create(@Valid @RequestBody NewNode form) {
		return NodeView.of(this.structure.create(CurrentPrincipal.get(), form.parentId(), form.level(),
				form.code().trim(), form.name().trim(), form.timeZone()));
	}

	@PatchMapping("/nodes/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	NodeView rename(@PathVariable UUID id, @Valid @RequestBody NodeChange form) {
		return NodeView
			.of(this.structure.rename(CurrentPrincipal.get(), id, (form.code() != null) ? form.code().trim() : null,
					(form.name() != null) ? form.name().trim() : null, form.timeZone()));
	}

	@PostMapping("/nodes/{id}/move")
	@PreAuthorize("hasRole('ENGINEER')")
	NodeView move(@PathVariable UUID id, @Valid @RequestBody Move move) {
		return NodeView.of(this.structure.move(CurrentPrincipal.get(), id, move.parentId()));
	}

	@DeleteMapping("/nodes/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.structure.delete(CurrentPrincipal.get(), id);
	}

	static List<TreeNode> tree(List<PlantNode> nodes) {
		Map<UUID, List<PlantNode>> children = new LinkedHashMap<>();
		List<PlantNode> roots = new ArrayList<>();
		java.util.Set<UUID> visible = new java.util.HashSet<>();
		nodes.forEach((n) -> visible.add(n.id()));
		for (PlantNode node : nodes) {
			if (node.parentId() == null || !visible.contains(node.parentId())) {
				roots.add(node);
			}
			else {
				children.computeIfAbsent(node.parentId(), (k) -> new ArrayList<>()).add(node);
			}
		}
		return roots.stream().sorted(Comparator.comparing(PlantNode::code)).map((r) -> build(r, children)).toList();
	}

	private static TreeNode build(PlantNode node, Map<UUID, List<PlantNode>> children) {
		List<TreeNode> kids = children.getOrDefault(node.id(), List.of())
			.stream()
			.sorted(Comparator.comparing(PlantNode::code))
			.map((c) -> build(c, children))
			.toList();
		return new TreeNode(node.id(), node.level(), node.code(), node.name(), node.timeZone(), kids);
	}

}
