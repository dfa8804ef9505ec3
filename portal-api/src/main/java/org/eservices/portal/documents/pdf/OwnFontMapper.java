package org.eservices.portal.documents.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * What PDFBox finds when asked for a font a document does not embed: the platform's own
 * Noto Sans, never the machine's fonts. The renderer asks for Helvetica for every
 * document (the default of form fields, which documents do not have), and PDFBox's own
 * mapper then searches all fonts installed on the machine, each time: with a full font
 * package that was the largest cost of issuing a document under load. Every font a
 * document shows is embedded from the platform's files, so nothing it shows changes.
 */
final class OwnFontMapper implements FontMapper {

	private final byte[] fallback;

	OwnFontMapper(byte[] fallback) {
		this.fallback = fallback;
	}

	@Override
	public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
		return new FontMapping<>(parsed(), true);
	}

	@Override
	public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
		return new FontMapping<>(parsed(), true);
	}

	@Override
	public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
		return new CIDFontMapping(null, parsed(), true);
	}

	/** A font of its own for each caller: a parsed font reads its tables lazily. */
	private TrueTypeFont parsed() {
		try {
			return new TTFParser().parse(new RandomAccessReadBuffer(this.fallback));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The platform's font cannot be read", ex);
		}
	}

}
