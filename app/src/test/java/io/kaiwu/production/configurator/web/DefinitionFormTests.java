package io.kaiwu.production.configurator.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.production.configurator.ProductDraft;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The definition form as posted: rows kept in order, blank rows dropped, bad values
 * named.
 */
class DefinitionFormTests {

	/** A master data without items: the form must not need one for these fields. */
	private static final ItemCatalog NO_ITEMS = new ItemCatalog() {

		@Override
		public Optional<ItemSummary> item(TenantId tenant, UUID itemId) {
			return Optional.empty();
		}

		@Override
		public Optional<ItemSummary> byCode(TenantId tenant, String code) {
			return Optional.empty();
		}

	};

	@Test
	void blankRowsAreDroppedAndTheRestKeepTheirOrder() {
		MultiValueMap<String, String> posted = new LinkedMultiValueMap<>();
		posted.add("name", " 齿轮轴 ");
		posted.add("groups[1].code", "SURF");
		posted.add("groups[1].name", "表面处理");
		posted.add("groups[1].several", "true");
		posted.add("groups[0].code", "HT");
		posted.add("groups[0].name", "热处理");
		posted.add("groups[0].required", "true");
		posted.add("groups[0].options[10].code", "HT-IND");
		posted.add("groups[0].options[10].effects[0].kind", "EXTRA_STEP");
		posted.add("groups[0].options[10].effects[0].sequence", "40");
		posted.add("groups[0].options[10].effects[0].resources[0].resourceId", "");
		posted.add("groups[0].options[2].code", "HT-QT");
		posted.add("groups[0].options[3].code", "");
		posted.add("groups[0].options[3].effects[0].kind", "");
		posted.add("groups[2].code", "");
		posted.add("groups[2].options[0].code", "");
		posted.add("rules[0].kind", "REQUIRES");
		posted.add("rules[0].option", "");
		posted.add("rules[1].kind", "EXCLUDES");
		posted.add("rules[1].option", "HT-IND");
		posted.add("rules[1].other", "SURF-BLK");

		DefinitionForm form = DefinitionForm.of(posted);

		assertThat(form.name()).isEqualTo("齿轮轴");
		assertThat(form.groups()).extracting(DefinitionForm.Group::code).containsExactly("HT", "SURF");
		assertThat(form.groups().get(0).required()).isTrue();
		assertThat(form.groups().get(1).several()).isTrue();
		// options 2 and 10 in index order, option 3 (blank) gone
		assertThat(form.groups().get(0).options()).extracting(DefinitionForm.Option::code)
			.containsExactly("HT-QT", "HT-IND");
		DefinitionForm.Effect step = form.groups().get(0).options().get(1).effects().get(0);
		assertThat(step.sequence()).isEqualTo("40");
		assertThat(step.resources()).isEmpty();
		assertThat(form.rules()).extracting(DefinitionForm.Rule::kind).containsExactly("EXCLUDES");

		DefinitionForm shown = form.withBlankRows();
		assertThat(shown.groups()).hasSize(3);
		assertThat(shown.groups().get(0).options()).hasSize(3);
		assertThat(shown.groups().get(0).options().get(1).effects()).hasSize(2);
		assertThat(shown.rules()).hasSize(2);
	}

	@Test
	void aValueThatIsNotANumberOrAChoiceIsNamedByItsRestField() {
		MultiValueMap<String, String> posted = new LinkedMultiValueMap<>();
		posted.add("plantId", "SZ");
		posted.add("groups[0].code", "PREC");
		posted.add("groups[0].options[0].code", "PREC-HI");
		posted.add("groups[0].options[0].effects[0].kind", "RUN_FACTOR");
		posted.add("groups[0].options[0].effects[0].sequence", "20.5");
		posted.add("groups[0].options[0].effects[0].factor", "1,3");
		List<FieldError> errors = new ArrayList<>();

		ProductDraft draft = DefinitionForm.of(posted).draft(new TenantId(UUID.randomUUID()), NO_ITEMS, errors);

		assertThat(errors).extracting(FieldError::field)
			.containsExactly("groups[0].options[0].effects[0].sequence", "groups[0].options[0].effects[0].factor",
					"plantId");
		assertThat(draft.plantId()).isNull();
		assertThat(draft.groups().get(0).options().get(0).effects().get(0).factor()).isNull();
	}

}
