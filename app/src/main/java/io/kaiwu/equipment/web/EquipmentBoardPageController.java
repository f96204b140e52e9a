package io.kaiwu.equipment.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.equipment.board.EquipmentBoard;
import io.kaiwu.equipment.board.Tile;
import io.kaiwu.equipment.registry.ManagingEquipment;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.NodeLevel;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live equipment board (设备看板) of a line or workshop: the page, its tiles as a
 * fragment, and the stream of server-sent events ({@link LiveBoard}) on which the page
 * fetches the tiles again when one of its machines changed. Without a change the page
 * fetches them once every {@link #REFRESH_SECONDS} for the time in state.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class EquipmentBoardPageController {

	/** How often the page fetches the tiles again without a change, in seconds. */
	static final int REFRESH_SECONDS = 60;

	private final EquipmentBoard board;

	private final EnterpriseStructure structure;

	private final LiveBoard live;

	private final ManagingEquipment equipment;

	EquipmentBoardPageController(EquipmentBoard board, EnterpriseStructure structure, LiveBoard live,
			ManagingEquipment equipment) {
		this.board = board;
		this.structure = structure;
		this.live = live;
		this.equipment = equipment;
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

	/** The board's stream: event {@code changed} when one of its machines changed. */
	@GetMapping(path = "/equipment/board/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter live(@RequestParam(required = false) @Nullable UUID nodeId) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		return this.live.subscribe(tenant, this.equipment.under(tenant, nodeId));
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
