package io.kaiwu.connectivity.opcua.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kaiwu.connectivity.OpcUaConnectionDefinition;
import io.kaiwu.connectivity.opcua.ConnectionRuntime;
import io.kaiwu.connectivity.opcua.ManagingOpcUaConnections;
import io.kaiwu.connectivity.opcua.MappingLines;
import io.kaiwu.connectivity.opcua.OpcUaConnection;
import io.kaiwu.connectivity.opcua.OpcUaRuntimes;
import io.kaiwu.connectivity.rate.MessageRate;
import io.kaiwu.connectivity.rate.MessageRates;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.TenantId;
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

/**
 * The OPC UA connections page: the tenant's connections with their state, and a form to
 * create or edit one, its mappings as lines {@code nodeId,deviceKey,property,samplingMs}
 * with an error per bad line.
 */
@Controller
@RequestMapping("/connectors/opcua")
@PreAuthorize("hasRole('ENGINEER')")
class OpcUaPageController {

	private static final Pattern MAPPING_FIELD = Pattern.compile("mappings\\[(\\d+)]\\.(\\w+)");

	/** The form; an empty password keeps the stored one when editing. */
	record Form(@Nullable String name, @Nullable String endpointUrl, @Nullable String securityPolicy,
			@Nullable String securityMode, @Nullable String username, @Nullable String password,
			@Nullable Boolean enabled, @Nullable String mappings) {

		static Form empty() {
			return new Form("", "opc.tcp://127.0.0.1:4840/kaiwu", "None", "None", "", "", true, "");
		}

		static Form of(OpcUaConnectionDefinition d) {
			return new Form(d.name(), d.endpointUrl(), d.securityPolicy(), d.securityMode(), d.username(), "",
					d.enabled(), MappingLines.format(d.mappings()));
		}

	}

	/**
	 * One row of the list.
	 *
	 * @param runtime the connection's runtime, {@literal null} when it has none.
	 * @param rate its message rate over the last minute.
	 */
	record Row(OpcUaConnection connection, @Nullable ConnectionRuntime runtime, MessageRate rate) {

		public String stateKey() {
			return "connectivity.state." + ((this.runtime != null) ? this.runtime.status().state().name() : "STOPPED")
				.toLowerCase(java.util.Locale.ROOT);
		}

	}

	private final ManagingOpcUaConnections connections;

	private final OpcUaRuntimes runtimes;

	private final ProblemDetails problems;

	private final MessageRates rates;

	OpcUaPageController(ManagingOpcUaConnections connections, OpcUaRuntimes runtimes, ProblemDetails problems,
			MessageRates rates) {
		this.rates = rates;
		this.connections = connections;
		this.runtimes = runtimes;
		this.problems = problems;
	}

	@GetMapping
	String page(@RequestParam(required = false) @Nullable UUID edit, Model model) {
		TenantId tenant = tenant();
		Form form = (edit != null) ? Form.of(this.connections.get(tenant, edit).definition()) : Form.empty();
		return render(model, edit, form, List.of());
	}

	@PostMapping
	String create(@ModelAttribute Form form, Model model) {
		return save(model, null, form);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @ModelAttribute Form form, Model model) {
		return save(model, id, form);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id) {
		this.connections.delete(tenant(), id);
		return "redirect:/connectors/opcua";
	}

	private String save(Model model, @Nullable UUID id, Form form) {
		MappingLines.Parsed lines = MappingLines.parse((form.mappings() != null) ? form.mappings() : "");
		List<String> errors = new ArrayList<>();
		for (int line : lines.errors()) {
			errors.add(this.problems.message("opcua.page.line-format", line));
		}
		if (errors.isEmpty()) {
			OpcUaConnectionDefinition definition = new OpcUaConnectionDefinition(
					OpcUaApiController.orEmpty(form.name()), OpcUaApiController.orEmpty(form.endpointUrl()),
					(form.securityPolicy() != null) ? form.securityPolicy() : "None",
					(form.securityMode() != null) ? form.securityMode() : "None",
					OpcUaApiController.blankToNull(form.username()), OpcUaApiController.blankToNull(form.password()),
					Boolean.TRUE.equals(form.enabled()), lines.mappings());
			try {
				if (id == null) {
					this.connections.create(tenant(), definition);
				}
				else {
					this.connections.update(tenant(), id, definition);
				}
				return "redirect:/connectors/opcua";
			}
			catch (KaiwuProblem.InvalidInput ex) {
				for (KaiwuProblem.FieldError error : ex.errors()) {
					errors.add(describe(error, lines.lineNumbers()));
				}
			}
		}
		return render(model, id, new Form(form.name(), form.endpointUrl(), form.securityPolicy(), form.securityMode(),
				form.username(), "", Boolean.TRUE.equals(form.enabled()), form.mappings()), errors);
	}

	private Row row(OpcUaConnection connection) {
		return this.runtimes.runtime(connection.id())
			.map((r) -> new Row(connection, r, this.rates.of(r)))
			.orElseGet(() -> new Row(connection, null, MessageRate.NONE));
	}

	/** A field error in words; a mapping's error names its line. */
	private String describe(KaiwuProblem.FieldError error, List<Integer> lineNumbers) {
		String message = this.problems.message(error.messageKey(), error.args());
		Matcher m = MAPPING_FIELD.matcher(error.field());
		if (m.matches()) {
			int index = Integer.parseInt(m.group(1));
			int line = (index < lineNumbers.size()) ? lineNumbers.get(index) : index + 1;
			return this.problems.message("opcua.page.line-error", line, m.group(2), message);
		}
		return this.problems.message("opcua.page.field-error", this.problems.message("opcua.field." + error.field()),
				message);
	}

	private String render(Model model, @Nullable UUID edit, Form form, List<String> errors) {
		TenantId tenant = tenant();
		List<Row> rows = this.connections.list(tenant).stream().map(this::row).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("edit", edit);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("policies", List.of("None", "Basic256Sha256"));
		model.addAttribute("modes", List.of("None", "Sign", "SignAndEncrypt"));
		return "connectivity/opcua";
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
