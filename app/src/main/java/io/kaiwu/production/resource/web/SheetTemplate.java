package io.kaiwu.production.resource.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An import template as an Excel download: a bold header the import reads back and
 * example rows, every cell text so Excel keeps codes like {@code 0010} and dates as
 * typed.
 */
public final class SheetTemplate {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private SheetTemplate() {
	}

	public static ResponseEntity<byte[]> download(String name, List<String> header, List<List<String>> examples) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle bold = workbook.createCellStyle();
			bold.cloneStyleFrom(text);
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet sheet = workbook.createSheet(name);
			write(sheet.createRow(0), header, bold);
			for (int i = 0; i < examples.size(); i++) {
				write(sheet.createRow(i + 1), examples.get(i), text);
			}
			for (int c = 0; c < header.size(); c++) {
				sheet.setDefaultColumnStyle(c, text);
				sheet.setColumnWidth(c, 16 * 256);
			}
			workbook.write(out);
			return ResponseEntity.ok()
				.contentType(XLSX)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(name + "-template.xlsx").build().toString())
				.body(out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Row row, List<String> cells, CellStyle style) {
		for (int c = 0; c < cells.size(); c++) {
			row.createCell(c).setCellValue(cells.get(c));
			row.getCell(c).setCellStyle(style);
		}
	}

}
