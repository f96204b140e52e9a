package io.kaiwu.transform.assessment;

import org.jspecify.annotations.Nullable;

/**
 * One section of a run (a dimension or a scenario group) with its respondents and how far
 * it is answered.
 *
 * @param group who answers it, {@literal null} while unassigned.
 * @param assignee the user named for it, {@literal null} for the whole group.
 * @param answered questions and scenarios of the section answered so far.
 * @param total questions and scenarios in the section.
 */
public record SectionAssignment(String section, String name, String nameEn, @Nullable RespondentGroup group,
		@Nullable String assignee, int answered, int total) {
}
