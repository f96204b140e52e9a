package io.kaiwu.transform.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The model files shipped in the repository, read as the application reads them. */
final class ShippedModels {

	private ShippedModels() {
	}

	static MaturityModel load(String file) {
		return ModelReader.read(file, text("transform/models/" + file));
	}

	static String text(String resource) {
		try (InputStream in = ShippedModels.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("No resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
