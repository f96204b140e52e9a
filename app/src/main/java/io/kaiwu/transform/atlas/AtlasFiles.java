package io.kaiwu.transform.atlas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kaiwu.transform.atlas.PackReader.PackFile;
import io.kaiwu.transform.atlas.PackReader.RawLink;
import io.kaiwu.transform.atlas.PackReader.RawScenario;

/**
 * Turns the atlas pack files into packs: reads each, merges every industry pack into the
 * pack it extends, and checks what the files refer to (a scenario's category, a link's
 * target, the scenario an industry pack refines, the pack it extends). Every problem of
 * every file is reported, with the file and the path inside it. Plain Java.
 */
public final class AtlasFiles {

	private AtlasFiles() {
	}

	/**
	 * A pack file's name and text.
	 *
	 * @param file its name, for example {@code general.yaml}.
	 * @param content its text.
	 */
	public record Source(String file, String content) {
	}

	/**
	 * The packs and every problem; the packs are only to be used when there is none.
	 *
	 * @param packs the packs, the general ones first, by code.
	 * @param problems every problem found.
	 */
	public record Result(Map<String, AtlasPack> packs, List<AtlasProblem> problems) {

		public Result {
			packs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(packs));
			problems = List.copyOf(problems);
		}

	}

	/**
	 * Reads and checks the pack files.
	 * @param sources every pack file.
	 * @return the packs and every problem found.
	 */
	public static Result read(List<Source> sources) {
		List<AtlasProblem> problems = new ArrayList<>();
		Map<String, PackFile> files = new LinkedHashMap<>();
		for (Source source : sources) {
			PackFile file = PackReader.read(source.file(), source.content(), problems);
			if (file == null) {
				continue;
			}
			PackFile first = files.putIfAbsent(file.code(), file);
			if (first != null) {
				problems.add(new AtlasProblem(file.file(), "pack",
						"duplicate pack code '" + file.code() + "', also in " + first.file()));
			}
		}
		Map<String, AtlasPack> packs = new LinkedHashMap<>();
		files.values()
			.stream()
			.filter((f) -> f.extendsCode() == null)
			.forEach((f) -> packs.put(f.code(), general(f, problems)));
		files.values().stream().filter((f) -> f.extendsCode() != null).forEach((f) -> {
			AtlasPack base = packs.get(f.extendsCode());
			if (base == null || files.get(f.extendsCode()).extendsCode() != null) {
				problems.add(new AtlasProblem(f.file(), "extends", "unknown pack '" + f.extendsCode()
						+ "': an industry pack extends a general pack, one of " + generalCodes(files)));
				return;
			}
			packs.put(f.code(), refined(base, f, problems));
		});
		return new Result(packs, problems);
	}

	private static List<String> generalCodes(Map<String, PackFile> files) {
		return files.values().stream().filter((f) -> f.extendsCode() == null).map(PackFile::code).toList();
	}

	private static AtlasPack general(PackFile file, List<AtlasProblem> problems) {
		Set<String> categories = new HashSet<>();
		file.categories().forEach((c) -> categories.add(c.code()));
		Set<String> codes = new HashSet<>();
		file.scenarios().forEach((s) -> codes.add(s.code()));
		List<Scenario> scenarios = new ArrayList<>();
		Set<String> used = new HashSet<>();
		for (RawScenario raw : file.scenarios()) {
			if (raw.category() != null && !categories.contains(raw.category())) {
				problems.add(new AtlasProblem(file.file(), raw.path() + ".category", "unknown category '"
						+ raw.category() + "': use one of " + categories.stream().sorted().toList()));
			}
			checkLinks(file, raw, codes, problems);
			if (raw.category() != null) {
				used.add(raw.category());
			}
			if (raw.category() == null || raw.name() == null || raw.module() == null || raw.description() == null) {
				continue;
			}
			scenarios.add(new Scenario(raw.code(), raw.category(), raw.name(), raw.module(), raw.description(),
					raw.painPoints(), raw.tags(), raw.lists(), links(raw.links())));
		}
		for (int i = 0; i < file.categories().size(); i++) {
			Category category = file.categories().get(i);
			if (!used.contains(category.code())) {
				problems.add(new AtlasProblem(file.file(), "categories[" + i + "]",
						"category '" + category.code() + "' has no scenario"));
			}
		}
		return new AtlasPack(file.code(), file.name(), file.source(), file.version(), file.categories(), scenarios);
	}

	private static AtlasPack refined(AtlasPack base, PackFile file, List<AtlasProblem> problems) {
		Map<String, RawScenario> refinements = new LinkedHashMap<>();
		Set<String> codes = new HashSet<>();
		base.scenarios().forEach((s) -> codes.add(s.code()));
		for (RawScenario raw : file.scenarios()) {
			if (!codes.contains(raw.code())) {
				problems.add(new AtlasProblem(file.file(), raw.path() + ".code", "unknown scenario '" + raw.code()
						+ "': an industry pack refines the scenarios of pack '" + base.code() + "'"));
				continue;
			}
			checkLinks(file, raw, codes, problems);
			refinements.put(raw.code(), raw);
		}
		List<Scenario> scenarios = base.scenarios().stream().map((s) -> {
			RawScenario raw = refinements.get(s.code());
			if (raw == null) {
				return s;
			}
			List<ValueTag> tags = new ArrayList<>(s.tags());
			raw.tags().stream().filter((t) -> !tags.contains(t)).forEach(tags::add);
			List<ScenarioLink> links = new ArrayList<>(s.links());
			links(raw.links()).stream().filter((l) -> !links.contains(l)).forEach(links::add);
			List<Text> painPoints = new ArrayList<>(s.painPoints());
			painPoints.addAll(raw.painPoints());
			return new Scenario(s.code(), s.category(), s.name(), s.module(),
					(raw.description() != null) ? raw.description() : s.description(), painPoints, tags,
					s.lists().plus(raw.lists()), links);
		}).toList();
		return new AtlasPack(file.code(), file.name(), file.source(), file.version(), base.categories(), scenarios);
	}

	private static void checkLinks(PackFile file, RawScenario raw, Set<String> codes, List<AtlasProblem> problems) {
		Set<ScenarioLink> seen = new HashSet<>();
		for (RawLink link : raw.links()) {
			if (!codes.contains(link.to())) {
				problems.add(new AtlasProblem(file.file(), link.path() + ".to",
						"unknown link target '" + link.to() + "': no scenario has this code"));
			}
			else if (!seen.add(new ScenarioLink(link.to(), link.kind()))) {
				problems.add(new AtlasProblem(file.file(), link.path(),
						"duplicate link to '" + link.to() + "' of kind " + link.kind()));
			}
		}
	}

	private static List<ScenarioLink> links(List<RawLink> raw) {
		return raw.stream().map((l) -> new ScenarioLink(l.to(), l.kind())).distinct().toList();
	}

}
