package io.kaiwu.device.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.device.thingmodel.DeviceType;
import io.kaiwu.device.thingmodel.ManagingDeviceTypes;
import io.kaiwu.device.thingmodel.ThingModelJson;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Device types (设备类型) with their thing model (物模型). Create, update and import all take
 * the thing-model document (see {@link ThingModelJson}); problems name the JSON path of
 * each bad field.
 */
@RestController
@RequestMapping("/api/v1/device-types")
@PreAuthorize("hasRole('VIEWER')")
class DeviceTypeApiController {

	private final ManagingDeviceTypes types;

	DeviceTypeApiController(ManagingDeviceTypes types) {
		this.types = types;
	}

	/**
	 * The answer: the document, with the id, the timestamps and the number of devices.
	 */
	static Map<String, Object> view(DeviceType type, long devices) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", type.id());
		Map<String, Object> document = ThingModelJson.write(type.draft());
		document.remove("format");
		json.putAll(document);
		json.put("devices", devices);
		json.put("createdAt", utc(type.createdAt()));
		json.put("updatedAt", utc(type.updatedAt()));
		return json;
	}

	@GetMapping
	Page<Map<String, Object>> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.types.list(CurrentPrincipal.get(), q, PageQuery.of(page, size))
			.map((t) -> view(t, this.types.devicesOfType(CurrentPrincipal.get(), t.id())));
	}

	@GetMapping("/{id}")
	Map<String, Object> get(@PathVariable UUID id) {
		DeviceType type = this.types.get(CurrentPrincipal.get(), id);
		return view(type, this.types.devicesOfType(CurrentPrincipal.get(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> create(@RequestBody JsonNode document) {
		return view(this.types.create(CurrentPrincipal.get(), document), 0);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> update(@PathVariable UUID id, @RequestBody JsonNode document) {
		DeviceType type = this.types.update(CurrentPrincipal.get(), id, document);
		return view(type, this.types.devicesOfType(CurrentPrincipal.get(), id));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.types.delete(CurrentPrincipal.get(), id);
	}

	/** The thing-model document of a type, as a JSON download that import accepts. */
	@GetMapping("/{id}/thing-model")
	ResponseEntity<Map<String, Object>> export(@PathVariable UUID id) {
		DeviceType type = this.types.get(CurrentPrincipal.get(), id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(type.code() + ".thing-model.json").build().toString())
			.body(ThingModelJson.write(type.draft()));
	}

	/** Creates a type from an exported thing-model document. */
	@PostMapping("/import")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> importDocument(@RequestBody JsonNode document) {
		return view(this.types.create(CurrentPrincipal.get(), document), 0);
	}

	static OffsetDateTime utc(java.time.Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

}
