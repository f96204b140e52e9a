package io.kaiwu.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CsvTableTests {

	@Test
	void textIsQuotedNumbersAreNotAndMissingIsEmpty() {
		String csv = CsvTable.of("meter", "kWh", "note")
			.row("EL-01 \"主进线\"", new BigDecimal("1.50E+3"), null)
			.row("WATER", 12, "a, b")
			.text();
		assertThat(csv).isEqualTo(
				"\"meter\",\"kWh\",\"note\"\r\n" + "\"EL-01 \"\"主进线\"\"\",1500,\r\n" + "\"WATER\",12,\"a, b\"\r\n");
	}

	@Test
	void aFormulaTypedByAUserIsNeverRun() {
		assertThat(CsvTable.cell("=SUM(A1:A9)")).isEqualTo("\"'=SUM(A1:A9)\"");
		assertThat(CsvTable.cell("-3")).isEqualTo("\"'-3\"");
		assertThat(CsvTable.cell(-3)).isEqualTo("-3");
	}

	@Test
	void timesAreIso() {
		assertThat(CsvTable.cell(OffsetDateTime.of(2026, 11, 26, 8, 0, 0, 0, ZoneOffset.ofHours(8))))
			.isEqualTo("\"2026-11-26T08:00:00+08:00\"");
		assertThat(CsvTable.cell(LocalDate.of(2026, 11, 1))).isEqualTo("\"2026-11-01\"");
	}

	@Test
	void aRowOfTheWrongWidthIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> CsvTable.of("a", "b").row("only one"))
			.withMessageContaining("a row of 1 cells for 2 columns");
	}

}
