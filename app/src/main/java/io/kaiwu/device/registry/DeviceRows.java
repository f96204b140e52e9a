package io.kaiwu.device.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.kaiwu.shared.Sheet;
import io.kaiwu.shared.SheetRow;

/**
 * The columns of a device sheet and the rules of each imported row: {@code key},
 * {@code name}, {@code type} (the device type's code), {@code node} (the code of the
 * structure node), and the optional {@code description}. Headings may be these names or
 * the Chinese ones.
 */
public final class DeviceRows {

	/** Letters, digits and {@code . _ -}, starting with a letter or digit. */
	public static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	public static final List<String> COLUMNS = List.of("key", "name", "type", "node", "description");

	static final List<String> REQUIRED = List.of("key", "name", "type", "node");

	public static final Map<String, String> HEADINGS = headings();

	private DeviceRows() {
	}

	/**
	 * A bad cell of an import, before it is put into the user's language.
	 *
	 * @param row the row number as the spreadsheet shows it.
	 * @param column the canonical column name.
	 * @param messageKey bundle key of the reason.
	 * @param args arguments of the message.
	 */
	public record Problem(int row, String column, String messageKey, Object... args) {
	}

	/**
	 * The good rows and every problem.
	 *
	 * @param good drafts of the good rows, in file order.
	 * @param problems every bad cell, in file order.
	 */
	public record Checked(List<DeviceDraft> good, List<Problem> problems) {

		public Checked {
			good = List.copyOf(good);
			problems = List.copyOf(problems);
		}

	}

	/**
	 * Checks every row.
	 * @param sheet the imported sheet.
	 * @param types the tenant's device type ids by code.
	 * @param nodes the ids of the structure nodes the importing user may see, by code.
	 * @param keyTaken whether a key is already used anywhere on the platform.
	 */
	public static Checked check(Sheet sheet, Map<String, UUID> types, Map<String, UUID> nodes,
			Predicate<String> keyTaken) {
		List<Problem> problems = new ArrayList<>();
		for (String column : REQUIRED) {
			if (!sheet.columns().contains(column)) {
				problems.add(new Problem(1, column, "problem.device.import.column-missing", column));
			}
		}
		if (!problems.isEmpty()) {
			return new Checked(List.of(), problems);
		}
		List<DeviceDraft> good = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (SheetRow row : sheet.rows()) {
			List<Problem> found = new ArrayList<>();
			String key = required(row, "key", 64, found);
			if (!key.isEmpty() && !KEY.matcher(key).matches()) {
				found.add(new Problem(row.number(), "key", "problem.device.key-format"));
			}
			else if (!key.isEmpty()) {
				Integer first = seen.putIfAbsent(key, row.number());
				if (first != null) {
					found.add(new Problem(row.number(), "key", "problem.device.import.key-repeated", key, first));
				}
				else if (keyTaken.test(key)) {
					found.add(new Problem(row.number(), "key", "problem.device.key-taken", key));
				}
			}
			String name = required(row, "name", 200, found);
			String typeCode = required(row, "type", 50, found);
			UUID type = types.get(typeCode);
			if (!typeCode.isEmpty() && type == null) {
				found.add(new Problem(row.number(), "type", "problem.device.import.type-unknown", typeCode));
			}
			String nodeCode = required(row, "node", 50, found);
			UUID node = nodes.get(nodeCode);
			if (!nodeCode.isEmpty() && node == null) {
				found.add(new Problem(row.number(), "node", "problem.device.import.node-unknown", nodeCode));
			}
			String description = row.get("description");
			if (description.length() > 1000) {
				found.add(new Problem(row.number(), "description", "problem.device.too-long", 1000));
			}
			if (found.isEmpty() && type != null && node != null) {
				good.add(new DeviceDraft(key, name, description, type, node));
			}
			problems.addAll(found);
		}
		return new Checked(good, problems);
	}

	private static String required(SheetRow row, String column, int max, List<Problem> found) {
		String text = row.get(column);
		if (text.isEmpty()) {
			found.add(new Problem(row.number(), column, "problem.device.required"));
		}
		else if (text.length() > max) {
			found.add(new Problem(row.number(), column, "problem.device.too-long", max));
		}
		return text;
	}

	private static Map<String, String> headings() {
		Map<String, String> headings = new LinkedHashMap<>();
		COLUMNS.forEach((c) -> headings.put(c.toLowerCase(Locale.ROOT), c));
		headings.put("devicekey", "key");
		headings.put("设备标识", "key");
		headings.put("名称", "name");
		headings.put("设备名称", "name");
		headings.put("typecode", "type");
		headings.put("设备类型", "type");
		headings.put("类型", "type");
		headings.put("nodecode", "node");
		headings.put("位置", "node");
		headings.put("安装位置", "node");
		headings.put("描述", "description");
		headings.put("说明", "description");
		return Map.copyOf(headings);
	}

}
