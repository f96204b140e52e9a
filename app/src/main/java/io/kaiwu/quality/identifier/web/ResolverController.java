package io.kaiwu.quality.identifier.web;

import java.util.Optional;

import io.kaiwu.shared.ProblemDetails;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The identifier resolver (标识解析): {@code GET /id/88.118.8/L7K3QZ9X2M4PA} answers the
 * public part of the lot's record, as a page for a phone that scanned the label or as
 * JSON for a system that asks for it; an unknown identifier answers 404. No sign-in (see
 * {@link PublicResolverSecurity}).
 */
@Controller
class ResolverController {

	private final PublicRecords records;

	private final ProblemDetails problems;

	ResolverController(PublicRecords records, ProblemDetails problems) {
		this.records = records;
		this.problems = problems;
	}

	@GetMapping(path = "/id/{*identifier}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> json(@PathVariable String identifier) {
		String id = strip(identifier);
		Optional<PublicRecord> record = this.records.resolve(id);
		if (record.isPresent()) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(record.get());
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				this.problems.message("problem.not-found", "identifier", id));
		problem.setTitle(this.problems.message("problem.title.not-found"));
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@GetMapping(path = "/id/{*identifier}", produces = MediaType.TEXT_HTML_VALUE)
	String page(@PathVariable String identifier, Model model, HttpServletResponse response) {
		String id = strip(identifier);
		Optional<PublicRecord> record = this.records.resolve(id);
		if (record.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		model.addAttribute("identifier", id);
		model.addAttribute("record", record.orElse(null));
		return "quality/identifier/public";
	}

	private static String strip(String path) {
		return path.startsWith("/") ? path.substring(1) : path;
	}

}
