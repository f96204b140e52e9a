package io.kaiwu;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a user sees comes from a message bundle, in both languages: each bundle has
 * the same keys in 简体中文 and English, every key a template or the code names exists, and
 * no template carries hard-coded text.
 */
class I18nTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path SOURCES = Path.of("src/main/java");

	@Test
	void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
		for (Path zh : bundles()) {
			Path en = zh.resolveSibling(zh.getFileName().toString().replace(".properties", "_en.properties"));
			assertThat(en).as("English bundle beside %s", zh).exists();
			Set<String> zhKeys = keys(zh);
			Set<String> enKeys = keys(en);
			assertThat(difference(zhKeys, enKeys)).as("keys of %s missing in English", zh).isEmpty();
			assertThat(difference(enKeys, zhKeys)).as("keys of %s missing in 简体中文", en).isEmpty();
		}
	}

	@Test
	void everyKeyNamedInATemplateExists() throws IOException {
		Set<String> known = allKeys();
		Pattern key = Pattern.compile("#\\{([a-z][a-zA-Z0-9._-]*)");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = key.matcher(Files.readString(template));
			while (m.find()) {
				if (!known.contains(m.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyNamedInTheCodeExists() throws IOException {
		Set<String> known = allKeys();
		Pattern key = Pattern.compile(
				"\"((?:problem|nav|structure|tenant|role|audit|masterdata|home|portal|device|telemetry|alarm|quality|production|mrp|shopfloor|schedule|planning|configurator|energy|ehs)\\.[a-z0-9][a-z0-9._-]*[a-z0-9])\"");
		List<String> missing = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path source : files.filter((p) -> p.toString().endsWith(".java")).toList()) {
				Matcher m = key.matcher(Files.readString(source));
				while (m.find()) {
					if (!known.contains(m.group(1)) && !m.group(1).endsWith(".")) {
						missing.add(SOURCES.relativize(source) + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void noTemplateCarriesHardCodedText() throws IOException {
		Pattern text = Pattern.compile(">([^<>]+)<");
		Pattern wordy = Pattern.compile("[\\p{L}]");
		Pattern plainAttribute = Pattern
			.compile("\\s(placeholder|title|alt|aria-label|data-confirm)=\"([^\"]*\\p{L}[^\"]*)\"");
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template)
				.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<script[^>]*>.*?</script>", "<script></script>")
				.replaceAll("(?s)<style[^>]*>.*?</style>", "<style></style>")
				.replaceAll("(?s)<!DOCTYPE[^>]*>", "");
			Matcher m = text.matcher(html);
			while (m.find()) {
				String content = m.group(1).strip();
				if (!content.isEmpty() && wordy.matcher(content).find()) {
					found.add(TEMPLATES.relativize(template) + ": \"" + content + "\"");
				}
			}
			Matcher a = plainAttribute.matcher(html);
			while (a.find()) {
				found.add(TEMPLATES.relativize(template) + ": " + a.group(1) + "=\"" + a.group(2) + "\"");
			}
		}
		assertThat(found).isEmpty();
	}

	private static List<Path> bundles() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			return files.filter((p) -> p.toString().endsWith(".properties") && !p.toString().contains("_"))
				.sorted()
				.toList();
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((p) -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Set<String> allKeys() throws IOException {
		Set<String> keys = new HashSet<>();
		for (Path bundle : bundles()) {
			keys.addAll(keys(bundle));
		}
		return keys;
	}

	private static Set<String> keys(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(bundle);
				Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties.stringPropertyNames();
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> d = new TreeSet<>(a);
		d.removeAll(b);
		return d;
	}

}
