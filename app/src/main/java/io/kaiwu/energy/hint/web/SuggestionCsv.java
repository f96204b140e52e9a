package io.kaiwu.energy.hint.web;

import java.util.List;

import io.kaiwu.energy.hint.Suggestion;
import io.kaiwu.shared.CsvTable;

/** The ranked suggestions as a table, for the API's and the page's CSV export. */
final class SuggestionCsv {

	private SuggestionCsv() {
	}

	static CsvTable of(List<Suggestion> suggestions) {
		CsvTable table = CsvTable.of("rank", "kind", "subjectCode", "subjectName", "state", "moneyPerMonth",
				"kWhPerMonth", "tcePerMonth", "figures", "observedFrom", "observedTo", "computedAt");
		int rank = 0;
		for (Suggestion s : suggestions) {
			rank++;
			StringBuilder figures = new StringBuilder();
			s.finding()
				.figures()
				.forEach((name, value) -> figures.append((figures.length() > 0) ? "; " : "")
					.append(name)
					.append('=')
					.append((value != null) ? value.toPlainString() : ""));
			table.row(rank, s.finding().kind().name(), s.finding().subjectCode(), s.finding().subjectName(),
					s.state().name(), s.finding().moneyPerMonth(), s.finding().kWhPerMonth(), s.finding().tcePerMonth(),
					figures.toString(), s.finding().observedFrom(), s.finding().observedTo(), s.computedAt());
		}
		return table;
	}

}
