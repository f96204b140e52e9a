package io.kaiwu.production.resource;

import java.util.Comparator;
import java.util.List;

import io.kaiwu.shared.ImportReport;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Puts the problems of a production import into the user's language, in row order. */
@Component
public class ImportResults {

	private final MessageSource messages;

	ImportResults(MessageSource messages) {
		this.messages = messages;
	}

	public ImportReport report(int rows, int imported, List<SheetCells.Problem> problems) {
		return new ImportReport(rows, imported,
				problems.stream()
					.sorted(Comparator.comparingInt(SheetCells.Problem::row))
					.map((p) -> new ImportReport.RowError(p.row(), p.column(), message(p.messageKey(), p.args())))
					.toList());
	}

	public String message(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
