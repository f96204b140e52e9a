package io.kaiwu.benchmarks.mqtt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a process on this Linux machine uses: CPU time from {@code /proc/<pid>/stat}
 * (utime + stime), resident memory from {@code /proc/<pid>/status}, and the heap in use
 * after a full collection, through {@code jcmd} of the running JDK.
 */
public final class ProcessMeter {

	/**
	 * Clock ticks per second of /proc figures ({@code getconf CLK_TCK}); 100 on Linux.
	 */
	private static final double TICKS = 100.0;

	private static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");

	private final long pid;

	public ProcessMeter(long pid) {
		this.pid = pid;
	}

	public static ProcessMeter self() {
		return new ProcessMeter(ProcessHandle.current().pid());
	}

	/** CPU seconds used so far, user and system. */
	public double cpuSeconds() {
		String stat = read("/proc/" + this.pid + "/stat");
		// fields after the command name in parentheses (which may contain spaces)
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
	}

	/** Resident set size in bytes. */
	public long rssBytes() {
		for (String line : read("/proc/" + this.pid + "/status").split("\n")) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
			}
		}
		throw new IllegalStateException("no VmRSS for " + this.pid);
	}

	/** Heap in use right after a full collection, in bytes (the live set). */
	public long liveHeapBytes() {
		jcmd("GC.run");
		Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
		if (!used.find()) {
			throw new IllegalStateException("jcmd GC.heap_info said nothing about the heap in use");
		}
		return Long.parseLong(used.group(1)) * 1024;
	}

	/** Heap in use now, garbage included, in bytes. */
	public long heapBytes() {
		Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
		if (!used.find()) {
			throw new IllegalStateException("jcmd GC.heap_info said nothing about the heap in use");
		}
		return Long.parseLong(used.group(1)) * 1024;
	}

	/** CPU seconds of the whole machine so far (every process), from /proc/stat. */
	public static double machineCpuSeconds() {
		String[] fields = read("/proc/stat").split("\n")[0].trim().split("\\s+");
		long busy = 0;
		// user nice system idle iowait irq softirq steal: all but idle and iowait
		for (int i = 1; i <= 8; i++) {
			if (i != 4 && i != 5) {
				busy += Long.parseLong(fields[i]);
			}
		}
		return busy / TICKS;
	}

	public static String loadAverage() {
		return read("/proc/loadavg").trim();
	}

	private String jcmd(String command) {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		try {
			Process process = new ProcessBuilder(jcmd.toString(), Long.toString(this.pid), command)
				.redirectErrorStream(true)
				.start();
			String out = new String(process.getInputStream().readAllBytes());
			process.waitFor();
			return out;
		}
		catch (IOException ex) {
			throw new IllegalStateException("jcmd " + command + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String read(String path) {
		try {
			return Files.readString(Path.of(path));
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + path + " (Linux only)", ex);
		}
	}

}
