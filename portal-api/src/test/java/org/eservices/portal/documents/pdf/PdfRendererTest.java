package org.eservices.portal.documents.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.sun.net.httpserver.HttpServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

import static org.assertj.core.api.Assertions.assertThat;

class PdfRendererTest {

	private static final String URL = "https://portal.example.org/verify/K7QM2XD9PA4F";

	private final PdfRenderer renderer = new PdfRenderer();

	@Test
	void rendersEnglishAndArabicAsArchivablePdfWithAReadableQrCode() throws Exception {
		String english = """
				<!DOCTYPE html><html><head><title>Business licence</title>
				<link rel="stylesheet" href="licence.css"></head>
				<body><h1>Business licence</h1><p class="holder">Holder: Anna Citizen</p>
				<p>Number: LIC-BL-2026-000001</p><img alt="Verification code" src="%s" width="100">
				</body></html>""".formatted(QrCodes.dataUri(URL));
		String arabic = """
				<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>رخصة مزاولة نشاط تجاري</title></head>
				<body><h1>رخصة مزاولة نشاط تجاري</h1><p>صاحب الرخصة: آنا</p><p>رقم الرخصة: LIC-BL-2026-000001</p>
				</body></html>""";
		byte[] css = "h1 { color: #1d4f91; } .holder { font-weight: bold; }".getBytes(StandardCharsets.UTF_8);
		TemplateFiles files = (name) -> "licence.css".equals(name) ? Optional.of(css) : Optional.empty();

		byte[] pdf = this.renderer.render(List.of(new HtmlPart(english, "en"), new HtmlPart(arabic, "ar")), files);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Business licence");
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Business licence", "Holder: Anna Citizen", "LIC-BL-2026-000001");
			// the Arabic words in their reading order, whatever the glyphs' order on the
			// page
			assertThat(text).contains("رخصة مزاولة نشاط تجاري", "صاحب الرخصة");
			// and shaped: the glyphs drawn are the letters' joined forms (presentation
			// forms)
			assertThat(drawnCharacters(document, 2)).anyMatch((c) -> c >= 0xFE70 && c <= 0xFEFF);
			assertThat(decodeQr(new PDFRenderer(document).renderImageWithDPI(0, 150))).isEqualTo(URL);
		}
		assertThat(validate(pdf).isCompliant()).as(validate(pdf).toString()).isTrue();
	}

	@Test
	void fetchesNothingFromTheNetworkWhateverTheTemplateNames() throws Exception {
		AtomicInteger requests = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", (exchange) -> {
			requests.incrementAndGet();
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		server.start();
		try {
			String base = "http://127.0.0.1:" + server.getAddress().getPort();
			String html = """
					<html><head><title>T</title><link rel="stylesheet" href="%1$s/style.css">
					<style>@import url('%1$s/more.css'); body { background: url('%1$s/bg.png'); }</style></head>
					<body><p>Text</p><img alt="x" src="%1$s/logo.png"><img alt="y" src="file:///etc/passwd"></body></html>"""
				.formatted(base);

			byte[] pdf = this.renderer.render(List.of(new HtmlPart(html, "en")), TemplateFiles.NONE);

			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThat(new PDFTextStripper().getText(document)).contains("Text").doesNotContain("root:");
			}
			assertThat(requests).hasValue(0);
		}
		finally {
			server.stop(0);
		}
	}

	private static List<Integer> drawnCharacters(PDDocument document, int page) throws IOException {
		List<Integer> drawn = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {

			@Override
			protected void processTextPosition(TextPosition text) {
				text.getUnicode().codePoints().forEach(drawn::add);
				super.processTextPosition(text);
			}

		};
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		stripper.getText(document);
		return drawn;
	}

	private static String decodeQr(BufferedImage page) throws NotFoundException {
		return new MultiFormatReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))), Map
				.of(DecodeHintType.TRY_HARDER, true, DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)))
			.getText();
	}

	static ValidationResult validate(byte[] pdf) throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_U);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_U, false)) {
			return validator.validate(parser);
		}
	}

}
