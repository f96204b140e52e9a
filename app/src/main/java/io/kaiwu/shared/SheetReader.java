package io.kaiwu.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an {@code .xlsx} file, or a UTF-8 {@code .csv} file, whose
 * first row is the header. Header cells are matched to canonical column names through
 * aliases (English codes and the Chinese headings), case-insensitively; other columns are
 * ignored.
 */
public final class SheetReader {

	/** More rows than this are refused as a whole. */
	public static final int MAX_ROWS = 10_000;

	private SheetReader() {
	}

	/**
	 * Reads a sheet.
	 * @param filename the uploaded file's name; its extension picks the format.
	 * @param in the file's content.
	 * @param aliases canonical column name by lower-case heading.
	 */
	public static Sheet read(String filename, InputStream in, Map<String, String> aliases) {
		String name = filename.toLowerCase(Locale.ROOT);
		try {
			List<List<String>> table;
			List<Integer> numbers = new ArrayList<>();
			if (name.endsWith(".csv")) {
				table = csv(in, numbers);
			}
			else if (name.endsWith(".xlsx")) {
				table = xlsx(in, numbers);
			}
			else {
				throw new KaiwuProblem.InvalidInput("file", "problem.import.format", filename);
			}
			return sheet(table, numbers, aliases);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof KaiwuProblem problem) {
				throw problem;
			}
			throw new KaiwuProblem.InvalidInput("file", "problem.import.unreadable", filename);
		}
	}

	private static Sheet sheet(List<List<String>> table, List<Integer> numbers, Map<String, String> aliases) {
		if (table.isEmpty()) {
			throw new KaiwuProblem.InvalidInput("file", "problem.import.empty");
		}
		if (table.size() - 1 > MAX_ROWS) {
			throw new KaiwuProblem.InvalidInput("file", "problem.import.too-many-rows", MAX_ROWS);
		}
		List<String> header = table.get(0);
		List<String> columns = new ArrayList<>();
		for (String heading : header) {
			String key = heading.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
			columns.add(aliases.getOrDefault(key, ""));
		}
		List<SheetRow> rows = new ArrayList<>();
		for (int i = 1; i < table.size(); i++) {
			List<String> cells = table.get(i);
			Map<String, String> byColumn = new LinkedHashMap<>();
			for (int c = 0; c < columns.size(); c++) {
				if (!columns.get(c).isEmpty() && !byColumn.containsKey(columns.get(c))) {
					byColumn.put(columns.get(c), (c < cells.size()) ? cells.get(c) : "");
				}
			}
			SheetRow row = new SheetRow(numbers.get(i), byColumn);
			if (!row.isBlank()) {
				rows.add(row);
			}
		}
		return new Sheet(columns.stream().filter((c) -> !c.isEmpty()).distinct().toList(), rows);
	}

	private static List<List<String>> csv(InputStream in, List<Integer> numbers) throws IOException {
		Reader reader = new InputStreamReader(in,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
		List<List<String>> table = new ArrayList<>();
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(false).get().parse(reader)) {
			int line = 0;
			for (CSVRecord record : parser) {
				line++;
				table.add(record.toList());
				numbers.add(line);
			}
		}
		catch (java.io.UncheckedIOException ex) {
			if (ex.getCause() instanceof CharacterCodingException) {
				throw new KaiwuProblem.InvalidInput("file", "problem.import.encoding");
			}
			throw ex;
		}
		return table;
	}

	private static List<List<String>> xlsx(InputStream in, List<Integer> numbers) throws IOException {
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		List<List<String>> table = new ArrayList<>();
		try (Workbook workbook = new XSSFWorkbook(in)) {
			if (workbook.getNumberOfSheets() == 0) {
				return table;
			}
			for (Row row : workbook.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				short last = row.getLastCellNum();
				for (int c = 0; c < last; c++) {
					Cell cell = row.getCell(c);
					cells.add((cell == null) ? "" : formatter.formatCellValue(cell));
				}
				if (table.isEmpty() && cells.stream().allMatch(String::isBlank)) {
					continue;
				}
				table.add(cells);
				numbers.add(row.getRowNum() + 1);
			}
		}
		return table;
	}

}
