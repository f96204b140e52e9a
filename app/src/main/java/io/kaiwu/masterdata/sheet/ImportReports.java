package io.kaiwu.masterdata.sheet;

import java.util.List;

import io.kaiwu.shared.ImportReport;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Puts the problems of an import into the user's language. */
@Component
public class ImportReports {

	private final MessageSource messages;

	ImportReports(MessageSource messages) {
		this.messages = messages;
	}

	public ImportReport report(int rows, int imported, List<RowProblem> problems) {
		return new ImportReport(rows, imported,
				problems.stream()
					.map((p) -> new ImportReport.RowError(p.row(), p.column(),
							this.messages.getMessage(p.messageKey(), p.args(), p.messageKey(),
									LocaleContextHolder.getLocale())))
					.toList());
	}

}
