package io.kaiwu.transform.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import io.kaiwu.transform.scoring.MaturityModel;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sections of a run assigned to respondents (managers, department heads, frontline
 * workers), with each section's progress. A section is a dimension of the scored part or
 * a group of the rubric.
 */
@Service
public class Assignments {

	private final JdbcClient jdbc;

	private final AssessmentRuns runs;

	Assignments(JdbcClient jdbc, AssessmentRuns runs) {
		this.jdbc = jdbc;
		this.runs = runs;
	}

	/** What assigning one section takes. */
	public record Assign(@Nullable String group, @Nullable String assignee) {
	}

	/** Every section of the run, assigned or not, with its progress. */
	public List<SectionAssignment> list(TenantId tenant, UUID id) {
		AssessmentRun run = this.runs.get(tenant, id);
		MaturityModel model = this.runs.model(tenant, run);
		Set<String> answered = this.runs.answers(tenant, id)
			.stream()
			.map(StoredAnswer::code)
			.collect(Collectors.toSet());
		Map<String, Assigned> assigned = this.jdbc.sql(
				"SELECT section, respondent_group, assignee FROM assessment_assignment WHERE tenant_id = ? AND run_id = ?")
			.params(tenant.value(), id)
			.query((rs, row) -> new Assigned(rs.getString("section"),
					RespondentGroup.valueOf(rs.getString("respondent_group")), rs.getString("assignee")))
			.list()
			.stream()
			.collect(Collectors.toMap(Assigned::section, (a) -> a));
		List<SectionAssignment> sections = new ArrayList<>();
		for (MaturityModel.Dimension d : model.dimensions()) {
			List<String> codes = d.subDimensions()
				.stream()
				.flatMap((s) -> s.indicators().stream())
				.flatMap((i) -> i.questions().stream())
				.map(MaturityModel.Question::code)
				.toList();
			sections.add(section(d.code(), d.name(), d.nameEn(), codes, answered, assigned.get(d.code())));
		}
		if (model.rubric() != null) {
			for (MaturityModel.RubricGroup g : model.rubric().groups()) {
				List<String> codes = g.items().stream().map(MaturityModel.RubricItem::code).toList();
				sections.add(section(g.code(), g.name(), g.nameEn(), codes, answered, assigned.get(g.code())));
			}
		}
		return sections;
	}

	/**
	 * Assigns sections, all or none.
	 * @param assignments by section code.
	 */
	@Transactional
	public List<SectionAssignment> assign(TenantId tenant, UUID id, Map<String, Assign> assignments) {
		List<SectionAssignment> sections = list(tenant, id);
		Set<String> known = sections.stream().map(SectionAssignment::section).collect(Collectors.toSet());
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		assignments.forEach((section, assign) -> {
			if (!known.contains(section)) {
				errors.add(new KaiwuProblem.FieldError(section, "assessment.assignment.unknown-section", section,
						known.stream().sorted().toList()));
			}
			else if (group(assign) == null) {
				errors.add(new KaiwuProblem.FieldError(section, "assessment.assignment.group",
						List.of(RespondentGroup.values())));
			}
			else if (assign.assignee() != null && assign.assignee().length() > 100) {
				errors.add(new KaiwuProblem.FieldError(section, "assessment.run.too-long", 100));
			}
		});
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		assignments.forEach((section, assign) -> {
			this.jdbc.sql("DELETE FROM assessment_assignment WHERE tenant_id = ? AND run_id = ? AND section = ?")
				.params(tenant.value(), id, section)
				.update();
			String assignee = (assign.assignee() == null || assign.assignee().isBlank()) ? null
					: assign.assignee().strip();
			this.jdbc.sql("""
					INSERT INTO assessment_assignment (run_id, tenant_id, section, respondent_group, assignee)
					VALUES (?, ?, ?, ?, ?)""")
				.params(id, tenant.value(), section, group(assign).name(), assignee)
				.update();
		});
		return list(tenant, id);
	}

	private static @Nullable RespondentGroup group(Assign assign) {
		if (assign.group() == null) {
			return null;
		}
		for (RespondentGroup group : RespondentGroup.values()) {
			if (group.name().equals(assign.group().strip().toUpperCase(Locale.ROOT))) {
				return group;
			}
		}
		return null;
	}

	private static SectionAssignment section(String code, String name, String nameEn, List<String> codes,
			Set<String> answered, @Nullable Assigned assigned) {
		int done = (int) codes.stream().filter(answered::contains).count();
		return new SectionAssignment(code, name, nameEn, (assigned != null) ? assigned.group() : null,
				(assigned != null) ? assigned.assignee() : null, done, codes.size());
	}

	private record Assigned(String section, RespondentGroup group, @Nullable String assignee) {
	}

}
