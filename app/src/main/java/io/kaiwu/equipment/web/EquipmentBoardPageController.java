package io.kaiwu.equipment.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.equipment.board.EquipmentBoard;
import io.kaiwu.equipment.board.Tile;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.NodeLevel;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The live equipment board (设备看板) of a line or workshop: the page, and its tiles as a
 * fragment that the page fetches again every few seconds (htmx polling).
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class EquipmentBoardPageController {

	/** How often the page fetches the tiles again, in seconds. */
	static final int REFRESH_SECONDS = 5;

	private final EquipmentBoard board;

	private final EnterpriseStructure structure;

	EquipmentBoardPageController(EquipmentBoard board, EnterpriseStructure structure) {
		this.board = board;
		this.structure = structure;
	}

	/** A tile as the page shows it: with how long the machine has been in its state. */
	record TileView(Tile tile, long hours, long minutes) {
	}

	@GetMapping("/equipment/board")
	String page(@RequestParam(required = false) @Nullable UUID nodeId, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		model.addAttribute("nodes",
				this.structure.allNodes(tenant).stream().filter((n) -> n.level() != NodeLevel.WORK_UNIT).toList());
		model.addAttribute("nodeId", nodeId);
		model.addAttribute("refresh", REFRESH_SECONDS);
		tiles(nodeId, model);
		return "equipment/board";
	}

	@GetMapping("/equipment/board/tiles")
	String tiles(@RequestParam(required = false) @Nullable UUID nodeId, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		Instant now = Instant.now();
		List<TileView> tiles = this.board.tiles(tenant, nodeId, LocaleContextHolder.getLocale()).stream().map((t) -> {
			Duration since = (t.since() != null) ? Duration.between(t.since(), now) : Duration.ZERO;
			return new TileView(t, since.toHours(), since.toMinutesPart());
		}).toList();
		model.addAttribute("tiles", tiles);
		model.addAttribute("nodeId", nodeId);
		model.addAttribute("refresh", REFRESH_SECONDS);
		return "equipment/board :: tiles";
	}

}
