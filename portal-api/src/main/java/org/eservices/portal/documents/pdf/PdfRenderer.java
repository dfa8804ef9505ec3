package org.eservices.portal.documents.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.jsoup.helper.W3CDom;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns a document's HTML (one part per language) into an archivable PDF/A-2u: every font
 * embedded (Noto Sans and Noto Sans Arabic, shipped with the platform under the SIL Open
 * Font License), Arabic shaped and laid out right to left (ICU), tagged for screen
 * readers, and nothing fetched from outside the template's own files.
 */
@Component
public class PdfRenderer {

	static final String SANS = "Noto Sans";

	static final String ARABIC = "Noto Sans Arabic";

	private static final String FONTS = "fonts/";

	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	static {
		// once for the library, which logs through a static logger of its own
		XRLog.setLoggerImpl(new RendererLog());
	}

	private final byte[][] fonts = { font("NotoSans-Regular.ttf"), font("NotoSans-Bold.ttf"),
			font("NotoSansArabic-Regular.ttf"), font("NotoSansArabic-Bold.ttf") };

	public PdfRenderer() {
		// PDFBox has one font mapper for the whole JVM, read from a static place
		FontMappers.set(new OwnFontMapper(this.fonts[0]));
	}

	/**
	 * @param parts the document in each of its languages, in order; each starts on a new
	 * page
	 * @param files the template's own files (style sheets, images) its HTML names
	 * relatively
	 */
	public byte[] render(List<HtmlPart> parts, TemplateFiles files) {
		if (parts.isEmpty()) {
			throw new IllegalArgumentException("A document needs at least one language");
		}
		HtmlParts.Joined joined = HtmlParts.join(parts);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode()
			.usePdfAConformance(PdfAConformance.PDFA_2_U)
			.usePdfUaAccessibility(true)
			.useColorProfile(SRGB)
			.withProducer("eservices")
			.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
			.useUnicodeBidiReorderer(new ICUBidiReorderer())
			.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(Locale.forLanguageTag(joined.language())))
			.defaultTextDirection(joined.rightToLeft() ? TextDirection.RTL : TextDirection.LTR)
			.useProtocolsStreamImplementation(files.streams(), TemplateFiles.SCHEME)
			// only the template's files and inline data: no address an analyst's or a
			// citizen's text names is ever fetched
			.useExternalResourceAccessControl(
					(uri, type) -> uri.startsWith(TemplateFiles.SCHEME + ":") || uri.startsWith("data:"),
					ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
			.withW3cDocument(new W3CDom().fromJsoup(joined.document()), TemplateFiles.BASE_URI)
			.toStream(out);
		useFont(builder, 0, SANS, 400);
		useFont(builder, 1, SANS, 700);
		useFont(builder, 2, ARABIC, 400);
		useFont(builder, 3, ARABIC, 700);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private void useFont(PdfRendererBuilder builder, int index, String family, int weight) {
		byte[] bytes = this.fonts[index];
		// PDF/A: embedded, and only the glyphs used (a licence is not 500 KB of font)
		builder.useFont(() -> new ByteArrayInputStream(bytes), family, weight, FontStyle.NORMAL, true);
	}

	private static byte[] font(String name) {
		try (InputStream in = new ClassPathResource(FONTS + name).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The platform's font " + name + " is missing", ex);
		}
	}

}
