package org.eservices.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The submissions the platform acknowledged (201, with a reference), one line each:
 * reference, then the Idempotency-Key it was sent with. A failure drill checks afterwards
 * that each is in the database once, and nothing else it sent is there twice.
 */
final class Acknowledged implements AutoCloseable {

	private final Writer out;

	private Acknowledged(Writer out) {
		this.out = out;
	}

	/** Into this file, or nowhere when it is not given. */
	static Acknowledged to(String file) {
		if (file == null || file.isBlank()) {
			return new Acknowledged(Writer.nullWriter());
		}
		try {
			Path path = Path.of(file);
			Files.createDirectories(path.toAbsolutePath().getParent());
			return new Acknowledged(Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.TRUNCATE_EXISTING));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	synchronized void record(String reference, String idempotencyKey) {
		try {
			this.out.write(reference + "," + idempotencyKey + "\n");
			this.out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public synchronized void close() throws IOException {
		this.out.close();
	}

}
