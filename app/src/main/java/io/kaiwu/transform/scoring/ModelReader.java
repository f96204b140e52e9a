package io.kaiwu.transform.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.kaiwu.transform.scoring.MaturityModel.Band;
import io.kaiwu.transform.scoring.MaturityModel.Derivation;
import io.kaiwu.transform.scoring.MaturityModel.Dimension;
import io.kaiwu.transform.scoring.MaturityModel.Fulfilment;
import io.kaiwu.transform.scoring.MaturityModel.Grade;
import io.kaiwu.transform.scoring.MaturityModel.GradeTable;
import io.kaiwu.transform.scoring.MaturityModel.Indicator;
import io.kaiwu.transform.scoring.MaturityModel.Input;
import io.kaiwu.transform.scoring.MaturityModel.ItemsAtLevel;
import io.kaiwu.transform.scoring.MaturityModel.Level;
import io.kaiwu.transform.scoring.MaturityModel.Option;
import io.kaiwu.transform.scoring.MaturityModel.Question;
import io.kaiwu.transform.scoring.MaturityModel.QuestionType;
import io.kaiwu.transform.scoring.MaturityModel.Rubric;
import io.kaiwu.transform.scoring.MaturityModel.RubricGroup;
import io.kaiwu.transform.scoring.MaturityModel.RubricItem;
import io.kaiwu.transform.scoring.MaturityModel.RubricMethod;
import io.kaiwu.transform.scoring.MaturityModel.SubDimension;
import io.kaiwu.transform.scoring.MaturityModel.Unverified;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a maturity model file (YAML) and checks it whole: a missing level, points that do
 * not add up to the declared maximum, a grade rule naming an unknown item, a duplicate
 * code and every other problem are all listed with the file and the path inside it, and
 * the model is refused if there is any. The file format is described in
 * {@code docs/assessment.md}.
 */
public final class ModelReader {

	private static final Pattern EVIDENCE_KEY = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");

	private final String file;

	private final List<ModelProblem> problems = new ArrayList<>();

	/** Codes of dimensions, sub-dimensions, indicators, questions, groups and items. */
	private final Map<String, String> codes = new HashMap<>();

	private ModelReader(String file) {
		this.file = file;
	}

	/**
	 * The model in the file.
	 * @param file the file's name, used in the problems.
	 * @param content the file's text.
	 * @throws ModelRejected listing every problem found.
	 */
	public static MaturityModel read(String file, String content) {
		ModelReader reader = new ModelReader(file);
		Object parsed;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			options.setCodePointLimit(2 * 1024 * 1024);
			parsed = new Yaml(new SafeConstructor(options)).load(content);
		}
		catch (YAMLException ex) {
			throw new ModelRejected(List.of(ModelProblem.of(file, "", ModelProblem.Kind.UNREADABLE,
					String.valueOf(ex.getMessage()).lines().findFirst().orElse(""))));
		}
		YamlNode root = new YamlNode(file, "", parsed, reader.problems);
		if (!root.isMapping()) {
			root.problem(ModelProblem.Kind.WRONG_TYPE, "the file", "a mapping");
			throw new ModelRejected(reader.problems);
		}
		MaturityModel model = reader.model(root);
		if (!reader.problems.isEmpty()) {
			throw new ModelRejected(reader.problems);
		}
		return model;
	}

	private MaturityModel model(YamlNode root) {
		String code = root.text("code");
		String version = root.text("version");
		checkName(root, "code", code, 64);
		checkName(root, "version", version, 32);
		String name = root.text("name");
		String nameEn = root.textOr("nameEn", name);
		String source = root.text("source");
		List<Unverified> unverified = new ArrayList<>();
		for (YamlNode u : root.list("unverified", false)) {
			unverified.add(new Unverified(u.text("path"), u.text("note")));
		}
		List<Level> levels = levels(root);
		BigDecimal totalPoints = root.optionalNumber("totalPoints");
		List<Dimension> dimensions = new ArrayList<>();
		for (YamlNode d : root.list("dimensions", false)) {
			dimensions.add(dimension(d));
		}
		if (totalPoints != null) {
			checkSum(root, "totalPoints", dimensions.stream().map(Dimension::maxPoints).toList(), totalPoints);
		}
		else if (!dimensions.isEmpty()) {
			root.problemAt("totalPoints", ModelProblem.Kind.MISSING, "totalPoints");
		}
		YamlNode rubricNode = root.optionalObject("rubric");
		Rubric rubric = (rubricNode != null) ? rubric(rubricNode, levels.size()) : null;
		List<GradeTable> tables = new ArrayList<>();
		for (YamlNode t : root.list("gradeTables", true)) {
			tables.add(gradeTable(t, totalPoints, rubric, levels.size()));
		}
		return new MaturityModel(code, version, name, nameEn, source, unverified, levels, totalPoints, dimensions,
				rubric, tables);
	}

	private List<Level> levels(YamlNode root) {
		List<Level> levels = new ArrayList<>();
		Map<Integer, String> ranks = new HashMap<>();
		for (YamlNode l : root.list("levels", true)) {
			int rank = l.integer("rank", 0);
			if (!l.has("rank")) {
				l.problemAt("rank", ModelProblem.Kind.MISSING, "rank");
			}
			String firstAt = ranks.putIfAbsent(rank, l.path());
			if (firstAt != null) {
				l.problem(ModelProblem.Kind.DUPLICATE_CODE, rank, firstAt);
			}
			String name = l.text("name");
			levels.add(new Level(rank, l.textOr("code", "L" + rank), name, l.textOr("nameEn", name),
					l.textOr("description", "")));
		}
		for (int rank = 1; rank <= levels.size(); rank++) {
			if (!ranks.containsKey(rank)) {
				root.problemAt("levels", ModelProblem.Kind.MISSING_LEVEL, rank);
			}
		}
		levels.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
		return levels;
	}

	private String code(YamlNode node) {
		String code = node.text("code");
		if (!code.isEmpty()) {
			String firstAt = this.codes.putIfAbsent(code, node.path());
			if (firstAt != null) {
				node.problem(ModelProblem.Kind.DUPLICATE_CODE, code, firstAt);
			}
		}
		return code;
	}

	private Dimension dimension(YamlNode d) {
		String code = code(d);
		String name = d.text("name");
		BigDecimal max = d.number("maxPoints");
		List<SubDimension> subs = new ArrayList<>();
		for (YamlNode s : d.list("subDimensions", true)) {
			subs.add(subDimension(s));
		}
		checkSum(d, "maxPoints", subs.stream().map(SubDimension::maxPoints).toList(), max);
		return new Dimension(code, name, d.textOr("nameEn", name), max, subs);
	}

	private SubDimension subDimension(YamlNode s) {
		String code = code(s);
		String name = s.text("name");
		BigDecimal max = s.number("maxPoints");
		List<Indicator> indicators = new ArrayList<>();
		for (YamlNode i : s.list("indicators", true)) {
			indicators.add(indicator(i));
		}
		checkSum(s, "maxPoints", indicators.stream().map(Indicator::maxPoints).toList(), max);
		return new SubDimension(code, name, s.textOr("nameEn", name), max, indicators);
	}

	private Indicator indicator(YamlNode i) {
		String code = code(i);
		String name = i.text("name");
		BigDecimal max = i.number("maxPoints");
		List<Question> questions = new ArrayList<>();
		for (YamlNode q : i.list("questions", true)) {
			questions.add(question(q));
		}
		checkSum(i, "maxPoints", questions.stream().map(Question::maxPoints).toList(), max);
		return new Indicator(code, name, i.textOr("nameEn", name), max, questions);
	}

	private Question question(YamlNode q) {
		String code = code(q);
		String text = q.text("text");
		QuestionType type = q.choice("type", QuestionType.class);
		BigDecimal max = q.number("maxPoints");
		List<Option> options = new ArrayList<>();
		Map<String, String> optionCodes = new HashMap<>();
		for (YamlNode o : q.list("options", true)) {
			String optionCode = o.text("code");
			String firstAt = optionCodes.putIfAbsent(optionCode, o.path());
			if (firstAt != null && !optionCode.isEmpty()) {
				o.problem(ModelProblem.Kind.DUPLICATE_CODE, optionCode, firstAt);
			}
			String optionText = o.text("text");
			BigDecimal points = o.number("points");
			if (points.signum() < 0) {
				o.problemAt("points", ModelProblem.Kind.NEGATIVE, "points");
			}
			else if (points.compareTo(max) > 0) {
				q.problemAt("options", ModelProblem.Kind.POINTS_EXCEED, points.toPlainString(), max.toPlainString());
			}
			options
				.add(new Option(optionCode, optionText, o.textOr("textEn", optionText), points, o.flag("exclusive")));
		}
		if (type != null && !options.isEmpty()) {
			BigDecimal reachable = (type == QuestionType.SINGLE)
					? options.stream().map(Option::points).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO)
					: options.stream()
						.filter((o) -> !o.exclusive())
						.map(Option::points)
						.reduce(BigDecimal.ZERO, BigDecimal::add)
						.max(options.stream().map(Option::points).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO));
			if (reachable.compareTo(max) != 0) {
				q.problemAt("options", ModelProblem.Kind.POINTS_MISMATCH, reachable.toPlainString(),
						max.toPlainString());
			}
		}
		YamlNode derivationNode = q.optionalObject("derivation");
		Derivation derivation = null;
		if (derivationNode != null) {
			if (type == QuestionType.MULTIPLE) {
				derivationNode.problem(ModelProblem.Kind.DERIVATION_ON_MULTIPLE);
			}
			derivation = derivation(derivationNode, optionCodes);
		}
		String evidence = evidence(q);
		return new Question(code, q.path(), text, q.textOr("textEn", text), (type != null) ? type : QuestionType.SINGLE,
				max, options, derivation, evidence, q.texts("materials"));
	}

	private @Nullable String evidence(YamlNode node) {
		String evidence = node.optionalText("evidence");
		if (evidence != null && !EVIDENCE_KEY.matcher(evidence).matches()) {
			node.problemAt("evidence", ModelProblem.Kind.BAD_EVIDENCE_KEY, evidence);
		}
		return evidence;
	}

	private Derivation derivation(YamlNode d, Map<String, String> optionCodes) {
		List<Input> inputs = new ArrayList<>();
		for (YamlNode i : d.list("inputs", true)) {
			String name = i.text("name");
			inputs.add(new Input(i.text("code"), name, i.textOr("nameEn", name)));
		}
		String numerator = d.text("numerator");
		String denominator = d.text("denominator");
		for (String key : List.of(numerator, denominator)) {
			if (!key.isEmpty() && inputs.stream().noneMatch((i) -> i.code().equals(key))) {
				d.problem(ModelProblem.Kind.UNKNOWN_INPUT, key);
			}
		}
		List<Band> bands = new ArrayList<>();
		BigDecimal previous = null;
		for (YamlNode b : d.list("bands", true)) {
			BigDecimal upTo = b.number("upTo");
			String option = b.text("option");
			if (!option.isEmpty() && !optionCodes.containsKey(option)) {
				b.problemAt("option", ModelProblem.Kind.UNKNOWN_OPTION, option);
			}
			if (previous != null && upTo.compareTo(previous) <= 0) {
				b.problemAt("upTo", ModelProblem.Kind.BANDS_NOT_ASCENDING, upTo.toPlainString(),
						previous.toPlainString());
			}
			previous = upTo;
			bands.add(new Band(upTo, option));
		}
		if (previous != null && previous.compareTo(BigDecimal.valueOf(100)) < 0) {
			d.problemAt("bands", ModelProblem.Kind.BANDS_SHORT, previous.toPlainString());
		}
		return new Derivation(inputs, numerator, denominator, bands);
	}

	private Rubric rubric(YamlNode r, int levelCount) {
		String name = r.text("name");
		RubricMethod method = r.choice("method", RubricMethod.class);
		List<Fulfilment> scale = new ArrayList<>();
		for (YamlNode f : r.list("fulfilment", false)) {
			BigDecimal value = f.number("value");
			if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
				f.problemAt("value", ModelProblem.Kind.OUT_OF_UNIT, value.toPlainString());
			}
			String fname = f.text("name");
			scale.add(new Fulfilment(f.text("code"), fname, f.textOr("nameEn", fname), value));
		}
		BigDecimal pass = r.optionalNumber("passThreshold");
		if (method == RubricMethod.FULFILMENT && (scale.isEmpty() || pass == null)) {
			r.problem(ModelProblem.Kind.NO_FULFILMENT);
		}
		if (pass != null && (pass.signum() < 0 || pass.compareTo(BigDecimal.ONE) > 0)) {
			r.problemAt("passThreshold", ModelProblem.Kind.OUT_OF_UNIT, pass.toPlainString());
		}
		List<RubricGroup> groups = new ArrayList<>();
		for (YamlNode g : r.list("groups", true)) {
			String gcode = code(g);
			String gname = g.text("name");
			List<RubricItem> items = new ArrayList<>();
			for (YamlNode i : g.list("items", true)) {
				items.add(item(i, levelCount));
			}
			groups.add(new RubricGroup(gcode, gname, g.textOr("nameEn", gname), items));
		}
		return new Rubric(name, r.textOr("nameEn", name), (method != null) ? method : RubricMethod.HIGHEST_LEVEL, scale,
				pass, groups);
	}

	private RubricItem item(YamlNode i, int levelCount) {
		String code = code(i);
		String name = i.text("name");
		BigDecimal weight = i.optionalNumber("weight");
		if (weight != null && weight.signum() <= 0) {
			i.problemAt("weight", ModelProblem.Kind.NEGATIVE, "weight");
		}
		YamlNode descriptorNode = i.optionalObject("levels");
		List<String> descriptors = new ArrayList<>();
		if (descriptorNode == null) {
			i.problemAt("levels", ModelProblem.Kind.MISSING, "levels");
		}
		else {
			for (int rank = 1; rank <= levelCount; rank++) {
				descriptors.add(textOfRank(descriptorNode, rank));
			}
			for (String key : descriptorNode.keys()) {
				if (!key.matches("[1-9][0-9]*") || Integer.parseInt(key) > levelCount) {
					descriptorNode.problem(ModelProblem.Kind.EXTRA_LEVEL, key, levelCount);
				}
			}
		}
		return new RubricItem(code, i.path(), name, i.textOr("nameEn", name), i.flag("constrained"),
				(weight != null) ? weight : BigDecimal.ONE, descriptors, evidence(i));
	}

	private static String textOfRank(YamlNode descriptors, int rank) {
		String text = descriptors.rankText(rank);
		if (text == null) {
			descriptors.problem(ModelProblem.Kind.MISSING_LEVEL, rank);
			return "";
		}
		return text;
	}

	private GradeTable gradeTable(YamlNode t, @Nullable BigDecimal totalPoints, @Nullable Rubric rubric,
			int levelCount) {
		String code = t.text("code");
		String name = t.text("name");
		List<Grade> grades = new ArrayList<>();
		Map<String, String> gradeCodes = new HashMap<>();
		for (YamlNode g : t.list("grades", true)) {
			String gcode = g.text("code");
			String firstAt = gradeCodes.putIfAbsent(gcode, g.path());
			if (firstAt != null && !gcode.isEmpty()) {
				g.problem(ModelProblem.Kind.DUPLICATE_CODE, gcode, firstAt);
			}
			String gname = g.text("name");
			BigDecimal minScore = g.optionalNumber("minScore");
			if (minScore != null && totalPoints != null && minScore.compareTo(totalPoints) > 0) {
				g.problemAt("minScore", ModelProblem.Kind.SCORE_TOO_HIGH, minScore.toPlainString(),
						totalPoints.toPlainString());
			}
			BigDecimal minIndex = g.optionalNumber("minIndex");
			YamlNode itemsNode = g.optionalObject("itemsAtLevel");
			ItemsAtLevel items = (itemsNode != null) ? itemsAtLevel(itemsNode, rubric, levelCount) : null;
			if (minScore == null && minIndex == null && items == null) {
				g.problem(ModelProblem.Kind.NO_CONDITION);
			}
			grades.add(new Grade(gcode, gname, g.textOr("nameEn", gname), minScore, minIndex, items));
		}
		return new GradeTable(code, name, t.textOr("nameEn", name), grades);
	}

	private ItemsAtLevel itemsAtLevel(YamlNode n, @Nullable Rubric rubric, int levelCount) {
		int level = n.integer("level", 0);
		if (level < 1 || level > levelCount) {
			n.problemAt("level", ModelProblem.Kind.EXTRA_LEVEL, level, levelCount);
		}
		int count = n.integer("count", 0);
		int constrained = n.integer("constrained", 0);
		List<String> named = n.texts("items");
		if (rubric == null) {
			n.problem(ModelProblem.Kind.NO_RUBRIC);
			return new ItemsAtLevel(level, count, constrained, named);
		}
		List<RubricItem> all = rubric.groups().stream().flatMap((g) -> g.items().stream()).toList();
		TreeSet<String> known = new TreeSet<>(all.stream().map(RubricItem::code).toList());
		for (String code : named) {
			if (!known.contains(code)) {
				n.problemAt("items", ModelProblem.Kind.UNKNOWN_ITEM, code);
			}
		}
		List<RubricItem> counted = named.isEmpty() ? all
				: all.stream().filter((i) -> named.contains(i.code())).toList();
		if (count > counted.size()) {
			n.problemAt("count", ModelProblem.Kind.COUNT_TOO_HIGH, count, counted.size());
		}
		long constrainedItems = counted.stream().filter(RubricItem::constrained).count();
		if (constrained > constrainedItems) {
			n.problemAt("constrained", ModelProblem.Kind.COUNT_TOO_HIGH, constrained, constrainedItems);
		}
		return new ItemsAtLevel(level, count, constrained, named);
	}

	private static void checkName(YamlNode node, String key, String value, int length) {
		if (!value.isEmpty() && !value.matches("[A-Za-z0-9._-]{1," + length + "}")) {
			node.problemAt(key, ModelProblem.Kind.BAD_NAME, key, length);
		}
	}

	private void checkSum(YamlNode node, String key, List<BigDecimal> parts, BigDecimal declared) {
		if (parts.isEmpty()) {
			return;
		}
		BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (sum.compareTo(declared) != 0) {
			node.problemAt(key, ModelProblem.Kind.POINTS_MISMATCH, sum.toPlainString(), declared.toPlainString());
		}
	}

}
