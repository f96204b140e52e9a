package io.kaiwu.ehs.web;

import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live safety board (安全看板) of a site: its tiles are fetched again on each push of
 * {@link SafetyBoardLive} and, as a fallback, every 30 seconds.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class SafetyBoardPageController {

	/** Seconds between fetches when no push comes. */
	static final int REFRESH = 30;

	private final SiteScope scope;

	private final SafetyBoard board;

	private final SafetyBoardLive live;

	SafetyBoardPageController(SiteScope scope, SafetyBoard board, SafetyBoardLive live) {
		this.scope = scope;
		this.board = board;
		this.live = live;
	}

	@GetMapping("/ehs/board")
	String board(@RequestParam(required = false) @Nullable UUID siteId, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		List<StructureNode> sites = this.scope.sites(tenant);
		model.addAttribute("sites", sites);
		model.addAttribute("refresh", REFRESH);
		UUID shown = (siteId != null) ? siteId : sites.stream().findFirst().map(StructureNode::id).orElse(null);
		model.addAttribute("siteId", shown);
		if (shown != null) {
			model.addAttribute("board", this.board.of(tenant, this.scope.site(tenant, shown)));
		}
		return "ehs/board";
	}

	@GetMapping("/ehs/board/tiles")
	String tiles(@RequestParam UUID siteId, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		model.addAttribute("siteId", siteId);
		model.addAttribute("refresh", REFRESH);
		model.addAttribute("board", this.board.of(tenant, this.scope.site(tenant, siteId)));
		return "ehs/board :: tiles";
	}

	@GetMapping(path = "/ehs/board/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter live(@RequestParam UUID siteId) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		return this.live.subscribe(tenant, this.board.of(tenant, this.scope.site(tenant, siteId)));
	}

}
