package io.kaiwu.production.schedule.web;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.kaiwu.production.schedule.jobshop.JobShopFormat;
import io.kaiwu.production.schedule.jobshop.JobShopFormatError;
import io.kaiwu.production.schedule.jobshop.JobShopInstance;
import io.kaiwu.production.schedule.jobshop.JobShopOperation;
import io.kaiwu.production.schedule.jobshop.JobShopSolver;
import io.kaiwu.production.schedule.solver.ProblemRefused;
import io.kaiwu.shared.KaiwuProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The classic job-shop problem on the APS engine: an instance in the standard text format
 * in, the schedule with the smallest makespan found within the time limit out. Engineers
 * and tenant admins may call it.
 */
@RestController
@PreAuthorize("hasRole('ENGINEER')")
class JobShopApiController {

	/** Longest time limit a caller may ask for. */
	static final Duration MAX_TIME_LIMIT = Duration.ofMinutes(5);

	private final JobShopSolver solver;

	private final int workers;

	JobShopApiController(JobShopSolver solver, @Value("${kaiwu.schedule.workers:2}") int workers) {
		this.solver = solver;
		this.workers = workers;
	}

	/**
	 * The answer, indices from 0 as in the instance file.
	 *
	 * @param makespan end of the last operation.
	 * @param operations every operation, by job and step.
	 */
	record JobShopAnswer(int makespan, List<JobShopOperation> operations) {
	}

	@PostMapping(path = "/api/v1/scheduling/job-shop", consumes = MediaType.TEXT_PLAIN_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	JobShopAnswer solve(@RequestParam(name = "timeLimit", required = false) @Nullable String timeLimit,
			@RequestBody(required = false) @Nullable String instance) {
		Duration limit = timeLimit(timeLimit);
		JobShopInstance parsed = parse((instance != null) ? instance : "");
		try {
			JobShopSolver.Answer answer = this.solver.solve(parsed, limit, this.workers);
			return new JobShopAnswer(answer.makespan(), answer.operations());
		}
		catch (ProblemRefused ex) {
			throw new KaiwuProblem.InvalidInput("timeLimit", "schedule.time-limit.too-short", timeLimit);
		}
	}

	private static Duration timeLimit(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new KaiwuProblem.InvalidInput("timeLimit", "schedule.time-limit.missing");
		}
		Duration limit;
		try {
			limit = Duration.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new KaiwuProblem.InvalidInput("timeLimit", "schedule.time-limit.unreadable", text);
		}
		if (limit.compareTo(Duration.ofSeconds(1)) < 0 || limit.compareTo(MAX_TIME_LIMIT) > 0) {
			throw new KaiwuProblem.InvalidInput("timeLimit", "schedule.time-limit.out-of-range", text);
		}
		return limit;
	}

	private static JobShopInstance parse(String text) {
		try {
			return JobShopFormat.parse(text);
		}
		catch (JobShopFormatError ex) {
			String where = "line " + ex.line() + ((ex.pair() > 0) ? ", pair " + ex.pair() : "");
			Object[] details = ex.details();
			Object[] args = new Object[details.length + 2];
			args[0] = ex.line();
			args[1] = ex.pair();
			System.arraycopy(details, 0, args, 2, details.length);
			throw new KaiwuProblem.InvalidInput(where, ex.messageKey(), args);
		}
	}

}
