package io.kaiwu.portal.web;

import java.util.List;

import io.kaiwu.portal.Navigation;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.NavigationEntry;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.NodeLevel;
import io.kaiwu.tenancy.StructureNode;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the enterprise's structure at a glance and a tile per module. */
@Controller
class HomeController {

	private final Navigation navigation;

	private final EnterpriseStructure structure;

	private final JsonMapper json;

	HomeController(Navigation navigation, EnterpriseStructure structure, JsonMapper json) {
		this.navigation = navigation;
		this.structure = structure;
		this.json = json;
	}

	@GetMapping("/")
	String home(Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		List<NavigationEntry> tiles = this.navigation.tilesFor(me)
			.stream()
			.filter((e) -> !e.path().equals("/"))
			.toList();
		model.addAttribute("tiles", tiles);
		if (me.tenant() != null) {
			List<StructureNode> nodes = this.structure.allNodes(me.tenant());
			model.addAttribute("sites", nodes.stream().filter((n) -> n.level() == NodeLevel.SITE).toList());
			model.addAttribute("areaCount", nodes.stream().filter((n) -> n.level() == NodeLevel.AREA).count());
			model.addAttribute("lineCount", nodes.stream().filter((n) -> n.level() == NodeLevel.LINE).count());
			model.addAttribute("unitCount", nodes.stream().filter((n) -> n.level() == NodeLevel.WORK_UNIT).count());
			model.addAttribute("structureChart", this.json.writeValueAsString(StructureChart.of(nodes)));
		}
		return "home";
	}

}
