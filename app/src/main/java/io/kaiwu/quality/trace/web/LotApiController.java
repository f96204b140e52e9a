package io.kaiwu.quality.trace.web;

import java.util.Map;
import java.util.UUID;

import io.kaiwu.quality.Genealogy.Form;
import io.kaiwu.quality.Genealogy.Stage;
import io.kaiwu.quality.identifier.ProductIdentifiers;
import io.kaiwu.quality.identifier.QrCodes;
import io.kaiwu.quality.trace.RegisteringLots;
import io.kaiwu.quality.trace.Trace;
import io.kaiwu.quality.trace.TraceUnit;
import io.kaiwu.quality.trace.Tracing;
import io.kaiwu.quality.trace.UnitDraft;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Lots (批次) and serial numbers (序列号) of the signed-in tenant: {@code /lots} and
 * {@code /serials} alike. Operators register them; everyone in the tenant reads them,
 * traces them and fetches their QR codes.
 */
@RestController
@RequestMapping("/api/v1/quality")
@PreAuthorize("hasRole('VIEWER')")
class LotApiController {

	private final RegisteringLots units;

	private final Tracing tracing;

	private final ProductIdentifiers identifiers;

	LotApiController(RegisteringLots units, Tracing tracing, ProductIdentifiers identifiers) {
		this.units = units;
		this.tracing = tracing;
		this.identifiers = identifiers;
	}

	@GetMapping("/{forms:lots|serials}")
	Page<Map<String, Object>> list(@PathVariable String forms, @RequestParam(required = false) @Nullable Stage stage,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.units.list(tenant(), form(forms), stage, q, PageQuery.of(page, size))
			.map((u) -> UnitJson.of(u, null, null));
	}

	@PostMapping("/{forms:lots|serials}")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('OPERATOR')")
	Map<String, Object> register(@PathVariable String forms, @RequestBody UnitDraft draft) {
		TraceUnit unit = this.units.register(tenant(), form(forms), draft);
		return UnitJson.of(unit, null, url(unit));
	}

	@GetMapping("/{forms:lots|serials}/{id}")
	Map<String, Object> get(@PathVariable String forms, @PathVariable UUID id) {
		TraceUnit unit = unit(forms, id);
		return UnitJson.of(unit, this.units.balance(tenant(), unit), url(unit));
	}

	/**
	 * The backward and forward trace: nodes, edges, the flat table, steps, deliveries.
	 */
	@GetMapping("/{forms:lots|serials}/{id}/trace")
	Trace trace(@PathVariable String forms, @PathVariable UUID id) {
		return this.tracing.trace(tenant(), unit(forms, id).id());
	}

	@GetMapping("/{forms:lots|serials}/{id}/qr.svg")
	ResponseEntity<String> svg(@PathVariable String forms, @PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.body(QrCodes.svg(url(unit(forms, id))));
	}

	@GetMapping("/{forms:lots|serials}/{id}/qr.png")
	ResponseEntity<byte[]> png(@PathVariable String forms, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable Integer scale) {
		int pixels = (scale == null) ? 8 : Math.max(1, Math.min(32, scale));
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(QrCodes.png(url(unit(forms, id)), pixels));
	}

	private TraceUnit unit(String forms, UUID id) {
		TraceUnit unit = this.units.get(tenant(), id);
		if (unit.form() != form(forms)) {
			throw new KaiwuProblem.NotFound(forms.substring(0, forms.length() - 1), id);
		}
		return unit;
	}

	private String url(TraceUnit unit) {
		return this.identifiers.resolverUrl(unit.identifier(),
				ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
	}

	static Form form(String forms) {
		return "serials".equals(forms) ? Form.SERIAL : Form.LOT;
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
