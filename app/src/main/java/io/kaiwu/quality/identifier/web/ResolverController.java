package io.kaiwu.quality.identifier.web;

import io.kaiwu.shared.KaiwuProblem;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The identifier resolver (标识解析): {@code GET /id/88.118.8/L7K3QZ9X2M4PA} answers the
 * public part of the lot's record, as a page for a phone that scanned the label or as
 * JSON for a system that asks for it. No sign-in (see {@link PublicResolverSecurity}).
 */
@Controller
class ResolverController {

	private final PublicRecords records;

	ResolverController(PublicRecords records) {
		this.records = records;
	}

	@GetMapping(path = "/id/{*identifier}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	PublicRecord json(@PathVariable String identifier) {
		return find(identifier);
	}

	@GetMapping(path = "/id/{*identifier}", produces = MediaType.TEXT_HTML_VALUE)
	String page(@PathVariable String identifier, Model model) {
		model.addAttribute("record", find(identifier));
		return "quality/identifier/public";
	}

	private PublicRecord find(String path) {
		String identifier = path.startsWith("/") ? path.substring(1) : path;
		return this.records.resolve(identifier).orElseThrow(() -> new KaiwuProblem.NotFound("identifier", identifier));
	}

}
