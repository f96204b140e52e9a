package io.kaiwu.transform.atlas;

/**
 * Something wrong in an atlas pack file.
 *
 * @param file the file's name, for example {@code machining.yaml}.
 * @param path where in the file, for example {@code scenarios[3].links[0].to}.
 * @param message what is wrong and how to fix it.
 */
public record AtlasProblem(String file, String path, String message) {

	@Override
	public String toString() {
		return this.file + ": " + this.path + ": " + this.message;
	}

}
