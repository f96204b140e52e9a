package io.kaiwu.connectivity.modbus.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kaiwu.connectivity.ConnectorStatus;
import io.kaiwu.connectivity.rate.MessageRate;
import io.kaiwu.connectivity.rate.MessageRates;
import io.kaiwu.connectivity.modbus.ManagingModbusConnections;
import io.kaiwu.connectivity.modbus.ModbusConnection;
import io.kaiwu.connectivity.modbus.ModbusConnectionDraft;
import io.kaiwu.connectivity.modbus.RegisterMapCsv;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Modbus connections page: the tenant's connections with their poller's state, and a
 * form to create or edit one, whose register and command maps are CSV lines in a text
 * area; every bad line is reported with its number.
 */
@Controller
@PreAuthorize("hasRole('ENGINEER')")
class ModbusPageController {

	private static final Pattern MAPPING_FIELD = Pattern.compile("(registers|commands)\\[(\\d+)](.*)");

	private final ManagingModbusConnections connections;

	private final MessageSource messages;

	private final MessageRates rates;

	ModbusPageController(ManagingModbusConnections connections, MessageSource messages, MessageRates rates) {
		this.connections = connections;
		this.messages = messages;
		this.rates = rates;
	}

	/** The form as posted; numbers as text so that bad ones are reported, not refused. */
	record PageForm(@Nullable String name, @Nullable String host, @Nullable String port, @Nullable String unitId,
			@Nullable String pollIntervalMs, @Nullable String timeoutMs, @Nullable String enabled,
			@Nullable String registers, @Nullable String commands) {

		static PageForm empty() {
			return new PageForm("", "", "502", "1", "1000", "2000", "on", "", "");
		}

		static PageForm of(ModbusConnection c) {
			return new PageForm(c.name(), c.host(), Integer.toString(c.port()), Integer.toString(c.unitId()),
					Long.toString(c.pollInterval().toMillis()), Long.toString(c.timeout().toMillis()),
					c.enabled() ? "on" : null, String.join("\n", RegisterMapCsv.lines(c.registers())),
					String.join("\n", RegisterMapCsv.lines(c.commands())));
		}

		public boolean isEnabled() {
			return this.enabled != null;
		}

	}

	/**
	 * One row of the list.
	 *
	 * @param connection the connection.
	 * @param status its poller's status; {@literal null} when it is not polled.
	 * @param rate its poller's message rate over the last minute.
	 */
	record Row(ModbusConnection connection, @Nullable ConnectorStatus status, MessageRate rate) {

		public String stateKey() {
			return (this.status == null) ? "connectivity.modbus.not-polled"
					: "connectivity.state." + this.status.state().name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	@GetMapping("/connectors/modbus")
	String list(Model model) {
		return page(model, null, PageForm.empty(), List.of());
	}

	@GetMapping("/connectors/modbus/{id}")
	String edit(@PathVariable UUID id, Model model) {
		return page(model, id, PageForm.of(this.connections.get(tenant(), id)), List.of());
	}

	@PostMapping("/connectors/modbus")
	String create(@ModelAttribute PageForm form, Model model, RedirectAttributes redirect) {
		return save(null, form, model, redirect);
	}

	@PostMapping("/connectors/modbus/{id}")
	String update(@PathVariable UUID id, @ModelAttribute PageForm form, Model model, RedirectAttributes redirect) {
		return save(id, form, model, redirect);
	}

	@PostMapping("/connectors/modbus/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		this.connections.delete(tenant(), id);
		redirect.addFlashAttribute("notice", message("connectivity.modbus.deleted"));
		return "redirect:/connectors/modbus";
	}

	private String save(@Nullable UUID id, PageForm form, Model model, RedirectAttributes redirect) {
		List<String> errors = new ArrayList<>();
		RegisterMapCsv.Parsed registers = RegisterMapCsv.parse(text(form.registers()));
		RegisterMapCsv.Parsed commands = RegisterMapCsv.parse(text(form.commands()));
		lineErrors("registers", registers, errors);
		lineErrors("commands", commands, errors);
		Integer port = number(form.port(), "port", errors);
		Integer unit = number(form.unitId(), "unit-id", errors);
		Integer poll = number(form.pollIntervalMs(), "poll-interval", errors);
		Integer timeout = number(form.timeoutMs(), "timeout", errors);
		if (!errors.isEmpty() || port == null || unit == null || poll == null || timeout == null) {
			return page(model, id, form, errors);
		}
		ModbusConnectionDraft draft = new ModbusConnectionDraft(text(form.name()), text(form.host()), port, unit,
				Duration.ofMillis(poll), Duration.ofMillis(timeout), form.isEnabled(), registers.mappings(),
				commands.mappings());
		ModbusConnection saved;
		try {
			saved = (id == null) ? this.connections.create(tenant(), draft)
					: this.connections.update(tenant(), id, draft);
		}
		catch (KaiwuProblem.InvalidInput ex) {
			for (KaiwuProblem.FieldError e : ex.errors()) {
				String reason = message(e.messageKey(), e.args());
				Matcher m = MAPPING_FIELD.matcher(e.field());
				if (m.matches()) {
					RegisterMapCsv.Parsed map = m.group(1).equals("registers") ? registers : commands;
					int line = map.lineNumbers().get(Integer.parseInt(m.group(2)));
					errors.add(message("connectivity.modbus.line-error." + m.group(1), line, reason));
				}
				else {
					errors.add(reason);
				}
			}
			return page(model, id, form, errors);
		}
		redirect.addFlashAttribute("notice", message("connectivity.modbus.saved"));
		return "redirect:/connectors/modbus/" + saved.id();
	}

	private void lineErrors(String map, RegisterMapCsv.Parsed parsed, List<String> errors) {
		for (RegisterMapCsv.LineError e : parsed.errors()) {
			errors.add(message("connectivity.modbus.line-error." + map, e.line(),
					message("connectivity.modbus.cell", e.column(), e.value())));
		}
	}

	private @Nullable Integer number(@Nullable String value, String field, List<String> errors) {
		try {
			return Integer.valueOf(text(value));
		}
		catch (NumberFormatException ex) {
			errors.add(message("connectivity.modbus." + field) + ": " + message("problem.modbus.number", text(value)));
			return null;
		}
	}

	private String page(Model model, @Nullable UUID id, PageForm form, List<String> errors) {
		TenantId tenant = tenant();
		model.addAttribute("rows", this.connections.list(tenant).stream().map(this::row).toList());
		model.addAttribute("form", form);
		model.addAttribute("editing", id);
		model.addAttribute("errors", errors);
		return "connectivity/modbus";
	}

	private Row row(ModbusConnection connection) {
		return this.connections.poller(connection.id())
			.map((p) -> new Row(connection, p.status(), this.rates.of(p)))
			.orElseGet(() -> new Row(connection, null, MessageRate.NONE));
	}

	private static String text(@Nullable String s) {
		return (s == null) ? "" : s.strip();
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
