package io.kaiwu.masterdata.web;

import java.io.IOException;
import java.io.InputStream;

import io.kaiwu.shared.ImportReport;
import io.kaiwu.shared.KaiwuProblem;

import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An import uploaded through a page form: the report goes to the page the user returns
 * to, as the flash attribute {@code report}.
 */
final class SheetUpload {

	/** Reads the file's content into an import service. */
	@FunctionalInterface
	interface Importer {

		ImportReport read(String filename, InputStream content);

	}

	private SheetUpload() {
	}

	static void run(MultipartFile file, Importer importer, RedirectAttributes redirect) {
		String filename = ItemApiController.filename(file);
		try (InputStream in = file.getInputStream()) {
			redirect.addFlashAttribute("report", importer.read(filename, in));
			redirect.addFlashAttribute("reportFile", filename);
		}
		catch (IOException ex) {
			throw new KaiwuProblem.InvalidInput("file", "problem.import.unreadable", filename);
		}
	}

}
