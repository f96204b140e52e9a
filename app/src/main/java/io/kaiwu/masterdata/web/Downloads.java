package io.kaiwu.masterdata.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.kaiwu.masterdata.sheet.SheetWriter;
import io.kaiwu.shared.KaiwuProblem;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An export as a file download: CSV (UTF-8) or Excel. */
final class Downloads {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Downloads() {
	}

	static ResponseEntity<byte[]> of(String format, String name, List<String> header, List<List<String>> rows) {
		String which = format.trim().toLowerCase(Locale.ROOT);
		byte[] body;
		MediaType type;
		if (which.equals("csv")) {
			body = SheetWriter.csv(header, rows);
			type = new MediaType("text", "csv", StandardCharsets.UTF_8);
		}
		else if (which.equals("xlsx")) {
			body = SheetWriter.xlsx(name, header, rows);
			type = XLSX;
		}
		else {
			throw new KaiwuProblem.InvalidInput("format", "problem.export.format", format);
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + "." + which).build().toString())
			.body(body);
	}

}
