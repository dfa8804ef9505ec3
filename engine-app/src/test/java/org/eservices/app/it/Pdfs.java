package org.eservices.app.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * What a person and an archive read from a PDF: its text, its QR code, its PDF/A-ness.
 */
final class Pdfs {

	private Pdfs() {
	}

	static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static int pages(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The QR code on a page, as a phone's camera would read it from the printed page. */
	static String qrCode(byte[] pdf, int page) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new MultiFormatReader().decode(
					new BinaryBitmap(new HybridBinarizer(
							new BufferedImageLuminanceSource(new PDFRenderer(document).renderImageWithDPI(page, 150)))),
					Map.of(DecodeHintType.TRY_HARDER, true, DecodeHintType.POSSIBLE_FORMATS,
							List.of(BarcodeFormat.QR_CODE)))
				.getText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NotFoundException ex) {
			throw new AssertionError("No QR code on page " + (page + 1), ex);
		}
	}

	/** veraPDF's verdict on PDF/A-2u, the archival form the platform issues. */
	static ValidationResult pdfA(byte[] pdf) {
		VeraGreenfieldFoundryProvider.initialise();
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_U);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_U, false)) {
			return validator.validate(parser);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
