package io.kaiwu.production.schedule.jobshop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.kaiwu.production.schedule.jobshop.JobShopInstance.Step;

/**
 * Checks a job-shop answer against the instance alone: every operation present once, on
 * its machine, with its duration; each job's steps in order; no two operations on one
 * machine at once; the makespan is the latest end. Independent of the engine: it reads
 * only the instance and the answer.
 */
public final class FeasibilityCheck {

	private FeasibilityCheck() {
	}

	/** Every violation found, in words; empty when the answer is feasible. */
	public static List<String> violations(JobShopInstance instance, int makespan, List<JobShopOperation> answer) {
		List<String> violations = new ArrayList<>();
		JobShopOperation[][] placed = new JobShopOperation[instance.jobs().size()][];
		for (int j = 0; j < placed.length; j++) {
			placed[j] = new JobShopOperation[instance.jobs().get(j).size()];
		}
		for (JobShopOperation op : answer) {
			if (op.job() < 0 || op.job() >= placed.length || op.operation() < 0
					|| op.operation() >= placed[op.job()].length) {
				violations.add("unknown operation " + op);
			}
			else if (placed[op.job()][op.operation()] != null) {
				violations.add("operation placed twice " + op);
			}
			else {
				placed[op.job()][op.operation()] = op;
			}
		}
		int latestEnd = 0;
		for (int j = 0; j < placed.length; j++) {
			for (int o = 0; o < placed[j].length; o++) {
				JobShopOperation op = placed[j][o];
				Step step = instance.jobs().get(j).get(o);
				if (op == null) {
					violations.add("job " + j + " operation " + o + " missing");
					continue;
				}
				latestEnd = Math.max(latestEnd, op.end());
				if (op.machine() != step.machine()) {
					violations.add(op + " on machine " + op.machine() + ", the instance says " + step.machine());
				}
				if (op.end() - op.start() != step.duration() || op.start() < 0) {
					violations.add(op + " lasts " + (op.end() - op.start()) + ", the instance says " + step.duration());
				}
				if (o > 0 && placed[j][o - 1] != null && op.start() < placed[j][o - 1].end()) {
					violations.add(op + " starts before its predecessor ends at " + placed[j][o - 1].end());
				}
			}
		}
		for (int m = 0; m < instance.machines(); m++) {
			int machine = m;
			List<JobShopOperation> onMachine = answer.stream()
				.filter((op) -> op.machine() == machine && op.end() > op.start())
				.sorted(Comparator.comparingInt(JobShopOperation::start))
				.toList();
			for (int i = 1; i < onMachine.size(); i++) {
				if (onMachine.get(i).start() < onMachine.get(i - 1).end()) {
					violations.add(onMachine.get(i - 1) + " and " + onMachine.get(i) + " overlap on machine " + m);
				}
			}
		}
		if (makespan != latestEnd) {
			violations.add("makespan " + makespan + " but the latest end is " + latestEnd);
		}
		return violations;
	}

}
