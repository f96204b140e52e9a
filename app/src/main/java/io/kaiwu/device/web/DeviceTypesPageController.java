package io.kaiwu.device.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import io.kaiwu.device.DataType;
import io.kaiwu.device.EventDefinition;
import io.kaiwu.device.EventLevel;
import io.kaiwu.device.ParameterDefinition;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.device.ServiceDefinition;
import io.kaiwu.device.ThingModel;
import io.kaiwu.device.thingmodel.DeviceType;
import io.kaiwu.device.thingmodel.DeviceTypeDraft;
import io.kaiwu.device.thingmodel.ManagingDeviceTypes;
import io.kaiwu.device.thingmodel.ThingModelJson;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.Role;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Device types (设备类型) and their thing model (物模型): a list, and an editor with one form
 * per property, event and service to add, and a button per row to remove.
 */
@Controller
class DeviceTypesPageController {

	private final ManagingDeviceTypes types;

	private final JsonMapper json;

	DeviceTypesPageController(ManagingDeviceTypes types, JsonMapper json) {
		this.types = types;
		this.json = json;
	}

	@GetMapping("/device-types")
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		model.addAttribute("page", this.types.list(me, q, PageQuery.of(page, 100)));
		model.addAttribute("q", (q == null) ? "" : q);
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		return "device/types";
	}

	@GetMapping("/device-types/{id}")
	String type(@PathVariable UUID id, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		model.addAttribute("type", this.types.get(me, id));
		model.addAttribute("devices", this.types.devicesOfType(me, id));
		model.addAttribute("dataTypes", DataType.values());
		model.addAttribute("levels", EventLevel.values());
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		return "device/type";
	}

	@GetMapping("/device-types/{id}/thing-model.json")
	ResponseEntity<Map<String, Object>> export(@PathVariable UUID id) {
		DeviceType type = this.types.get(CurrentPrincipal.get(), id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(type.code() + ".thing-model.json").build().toString())
			.body(ThingModelJson.write(type.draft()));
	}

	@PostMapping("/device-types")
	@PreAuthorize("hasRole('ENGINEER')")
	String create(@RequestParam String code, @RequestParam String nameZh,
			@RequestParam(defaultValue = "") String nameEn) {
		DeviceType type = this.types.create(CurrentPrincipal.get(),
				new DeviceTypeDraft(code.trim(), nameZh.trim(), nameEn.trim(), "", ThingModel.empty()));
		return "redirect:/device-types/" + type.id();
	}

	@PostMapping("/device-types/import")
	@PreAuthorize("hasRole('ENGINEER')")
	String importDocument(@RequestParam("file") MultipartFile file) {
		DeviceType type;
		try (InputStream in = file.getInputStream()) {
			type = this.types.create(CurrentPrincipal.get(), this.json.readTree(in));
		}
		catch (IOException | JacksonException ex) {
			throw new KaiwuProblem.InvalidInput("file", "problem.device.json.object");
		}
		return "redirect:/device-types/" + type.id();
	}

	@PostMapping("/device-types/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	String rename(@PathVariable UUID id, @RequestParam String code, @RequestParam String nameZh,
			@RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "") String description) {
		DeviceType type = this.types.get(CurrentPrincipal.get(), id);
		this.types.update(CurrentPrincipal.get(), id,
				new DeviceTypeDraft(code.trim(), nameZh.trim(), nameEn.trim(), description.trim(), type.model()));
		return "redirect:/device-types/" + id;
	}

	@PostMapping("/device-types/{id}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String delete(@PathVariable UUID id) {
		this.types.delete(CurrentPrincipal.get(), id);
		return "redirect:/device-types";
	}

	@PostMapping("/device-types/{id}/properties")
	@PreAuthorize("hasRole('ENGINEER')")
	String addProperty(@PathVariable UUID id, @RequestParam String identifier, @RequestParam String nameZh,
			@RequestParam(defaultValue = "") String nameEn, @RequestParam DataType dataType,
			@RequestParam(defaultValue = "") String unit, @RequestParam(required = false) @Nullable BigDecimal min,
			@RequestParam(required = false) @Nullable BigDecimal max,
			@RequestParam(required = false) @Nullable Integer precision,
			@RequestParam(defaultValue = "") String enumValues,
			@RequestParam(defaultValue = "false") boolean writable) {
		PropertyDefinition property = new PropertyDefinition(identifier.trim(), nameZh.trim(), nameEn.trim(), dataType,
				unit.trim(), min, max, precision, values(enumValues), writable);
		return change(id, (m) -> new ThingModel(plus(m.properties(), property), m.events(), m.services()));
	}

	@PostMapping("/device-types/{id}/events")
	@PreAuthorize("hasRole('ENGINEER')")
	String addEvent(@PathVariable UUID id, @RequestParam String identifier, @RequestParam String nameZh,
			@RequestParam(defaultValue = "") String nameEn, @RequestParam EventLevel level) {
		EventDefinition event = new EventDefinition(identifier.trim(), nameZh.trim(), nameEn.trim(), level, List.of());
		return change(id, (m) -> new ThingModel(m.properties(), plus(m.events(), event), m.services()));
	}

	/** A service with at most one input parameter; import a document for more. */
	@PostMapping("/device-types/{id}/services")
	@PreAuthorize("hasRole('ENGINEER')")
	String addService(@PathVariable UUID id, @RequestParam String identifier, @RequestParam String nameZh,
			@RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "") String input,
			@RequestParam(defaultValue = "") String inputName,
			@RequestParam(defaultValue = "DOUBLE") DataType inputType,
			@RequestParam(required = false) @Nullable BigDecimal inputMin,
			@RequestParam(required = false) @Nullable BigDecimal inputMax) {
		List<ParameterDefinition> inputs = input.isBlank() ? List.of()
				: List.of(new ParameterDefinition(input.trim(), inputName.isBlank() ? input.trim() : inputName.trim(),
						"", inputType, "", inputMin, inputMax, null, List.of()));
		ServiceDefinition service = new ServiceDefinition(identifier.trim(), nameZh.trim(), nameEn.trim(), inputs,
				List.of());
		return change(id, (m) -> new ThingModel(m.properties(), m.events(), plus(m.services(), service)));
	}

	@PostMapping("/device-types/{id}/remove")
	@PreAuthorize("hasRole('ENGINEER')")
	String remove(@PathVariable UUID id, @RequestParam String kind, @RequestParam String identifier) {
		return change(id,
				(m) -> new ThingModel(
						m.properties()
							.stream()
							.filter((p) -> !(kind.equals("property") && p.identifier().equals(identifier)))
							.toList(),
						m.events()
							.stream()
							.filter((e) -> !(kind.equals("event") && e.identifier().equals(identifier)))
							.toList(),
						m.services()
							.stream()
							.filter((s) -> !(kind.equals("service") && s.identifier().equals(identifier)))
							.toList()));
	}

	private String change(UUID id, UnaryOperator<ThingModel> change) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		DeviceType type = this.types.get(me, id);
		this.types.update(me, id, new DeviceTypeDraft(type.code(), type.nameZh(), type.nameEn(), type.description(),
				change.apply(type.model())));
		return "redirect:/device-types/" + id;
	}

	private static <T> List<T> plus(List<T> list, T item) {
		List<T> more = new ArrayList<>(list);
		more.add(item);
		return more;
	}

	private static List<String> values(String commaSeparated) {
		return Arrays.stream(commaSeparated.split("[,，]")).map(String::trim).filter((v) -> !v.isEmpty()).toList();
	}

}
