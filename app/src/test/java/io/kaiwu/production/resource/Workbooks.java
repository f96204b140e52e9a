package io.kaiwu.production.resource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Excel files for the import tests, written and read with POI as Excel would. */
public final class Workbooks {

	private Workbooks() {
	}

	/** A workbook of one sheet; each row a list of texts. */
	public static byte[] xlsx(List<List<String>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("import");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The texts of the first sheet. */
	public static List<List<String>> read(byte[] xlsx) {
		DataFormatter formatter = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				row.forEach((cell) -> cells.add(formatter.formatCellValue(cell)));
				rows.add(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

}
