package io.kaiwu.production.schedule.jobshop;

import java.util.ArrayList;
import java.util.List;

import io.kaiwu.production.schedule.jobshop.JobShopFormatError.Kind;
import io.kaiwu.production.schedule.jobshop.JobShopInstance.Step;

/**
 * Reads the standard job-shop text format: {@code #} comment lines and blank lines are
 * skipped, the first other line is {@code n m}, then exactly n lines of m
 * {@code machine duration} pairs. Anything else is a {@link JobShopFormatError} naming
 * the line and pair.
 */
public final class JobShopFormat {

	/** Beyond this the endpoint's answer would not come back in a useful time. */
	public static final int MAX_JOBS = 1000;

	public static final int MAX_MACHINES = 200;

	private JobShopFormat() {
	}

	public static JobShopInstance parse(String text) {
		String[] lines = text.split("\r?\n|\r", -1);
		int jobs = -1;
		int machines = -1;
		int headerLine = 0;
		List<List<Step>> steps = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			int number = i + 1;
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\\s+");
			if (jobs < 0) {
				if (fields.length != 2) {
					throw new JobShopFormatError(Kind.BAD_HEADER, number, 0, line);
				}
				jobs = headerNumber(fields[0], number, line);
				machines = headerNumber(fields[1], number, line);
				if (jobs > MAX_JOBS || machines > MAX_MACHINES) {
					throw new JobShopFormatError(Kind.TOO_LARGE, number, 0, MAX_JOBS, MAX_MACHINES);
				}
				headerLine = number;
				continue;
			}
			if (steps.size() == jobs) {
				throw new JobShopFormatError(Kind.TOO_MANY_LINES, number, 0, jobs, headerLine);
			}
			steps.add(jobLine(fields, number, machines));
		}
		if (jobs < 0) {
			throw new JobShopFormatError(Kind.EMPTY, 1, 0);
		}
		if (steps.size() < jobs) {
			throw new JobShopFormatError(Kind.TOO_FEW_LINES, lines.length, 0, jobs, steps.size());
		}
		return new JobShopInstance(machines, steps);
	}

	private static int headerNumber(String field, int line, String text) {
		try {
			int value = Integer.parseInt(field);
			if (value > 0) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below with the whole header
		}
		throw new JobShopFormatError(Kind.BAD_HEADER, line, 0, text);
	}

	private static List<Step> jobLine(String[] fields, int line, int machines) {
		if (fields.length != 2 * machines) {
			throw new JobShopFormatError(Kind.WRONG_PAIR_COUNT, line, 0, fields.length, machines, 2 * machines);
		}
		List<Step> steps = new ArrayList<>(machines);
		for (int p = 0; p < machines; p++) {
			int pair = p + 1;
			int machine = number(fields[2 * p], line, pair);
			int duration = number(fields[2 * p + 1], line, pair);
			if (machine < 0 || machine >= machines) {
				throw new JobShopFormatError(Kind.MACHINE_OUT_OF_RANGE, line, pair, machine, machines - 1);
			}
			if (duration < 0) {
				throw new JobShopFormatError(Kind.NEGATIVE_DURATION, line, pair, duration);
			}
			steps.add(new Step(machine, duration));
		}
		return steps;
	}

	private static int number(String field, int line, int pair) {
		try {
			return Integer.parseInt(field);
		}
		catch (NumberFormatException ex) {
			throw new JobShopFormatError(Kind.NOT_A_NUMBER, line, pair, field);
		}
	}

}
