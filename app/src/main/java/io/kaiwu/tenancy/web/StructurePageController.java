package io.kaiwu.tenancy.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.Role;
import io.kaiwu.tenancy.NodeLevel;
import io.kaiwu.tenancy.structure.PlantNode;
import io.kaiwu.tenancy.structure.ShapingStructure;
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
import org.springframework.web.bind.annotation.RequestParam;

/** The enterprise structure as a tree, with create, rename, move and delete. */
@Controller
class StructurePageController {

	private final ShapingStructure structure;

	StructurePageController(ShapingStructure structure) {
		this.structure = structure;
	}

	record NodeForm(@Nullable UUID parentId, @NotNull NodeLevel level,
			@NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9._-]+") String code,
			@NotBlank @Size(max = 200) String name, @Nullable String timeZone) {
	}

	record RenameForm(@NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9._-]+") String code,
			@NotBlank @Size(max = 200) String name, @Nullable String timeZone) {
	}

	@GetMapping("/structure")
	String tree(Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		List<PlantNode> nodes = this.structure.visibleNodes(me);
		Map<NodeLevel, List<PlantNode>> parents = new EnumMap<>(NodeLevel.class);
		for (NodeLevel level : NodeLevel.values()) {
			level.parentLevel()
				.ifPresent((p) -> parents.put(level, nodes.stream().filter((n) -> n.level() == p).toList()));
		}
		model.addAttribute("tree", StructureApiController.tree(nodes));
		model.addAttribute("parents", parents);
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		return "structure/tree";
	}

	@PostMapping("/structure/nodes")
	@PreAuthorize("hasRole('ENGINEER')")
	String create(@Valid @ModelAttribute NodeForm form) {
		this.structure.create(CurrentPrincipal.get(), form.parentId(), form.level(), form.code().trim(),
				form.name().trim(), form.timeZone());
		return "redirect:/structure";
	}

	@PostMapping("/structure/nodes/{id}/rename")
	@PreAuthorize("hasRole('ENGINEER')")
	String rename(@PathVariable UUID id, @Valid @ModelAttribute RenameForm form) {
		this.structure.rename(CurrentPrincipal.get(), id, form.code().trim(), form.name().trim(), form.timeZone());
		return "redirect:/structure";
	}

	@PostMapping("/structure/nodes/{id}/move")
	@PreAuthorize("hasRole('ENGINEER')")
	String move(@PathVariable UUID id, @RequestParam UUID parentId) {
		this.structure.move(CurrentPrincipal.get(), id, parentId);
		return "redirect:/structure";
	}

	@PostMapping("/structure/nodes/{id}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String delete(@PathVariable UUID id) {
		this.structure.delete(CurrentPrincipal.get(), id);
		return "redirect:/structure";
	}

}
