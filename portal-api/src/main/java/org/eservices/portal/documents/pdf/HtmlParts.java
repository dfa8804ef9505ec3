package org.eservices.portal.documents.pdf;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Joins a document's languages into one HTML document: each part's body in a block of its
 * own language and direction, starting on a new page, and each part's style sheets in the
 * one head, after the platform's page and font rules.
 */
final class HtmlParts {

	/**
	 * Fonts are the platform's: any other family would fall back to a font the PDF cannot
	 * embed, which PDF/A forbids.
	 */
	static final String PLATFORM_STYLE = """
			@page { size: A4; margin: 18mm 16mm; }
			* { font-family: '%s', '%s' !important; }
			body { font-size: 11pt; line-height: 1.4; margin: 0; }
			.document-part + .document-part { page-break-before: always; }
			[dir=rtl] { direction: rtl; }
			""".formatted(PdfRenderer.SANS, PdfRenderer.ARABIC);

	private HtmlParts() {
	}

	static Joined join(List<HtmlPart> parts) {
		Document joined = Document.createShell(TemplateFiles.BASE_URI);
		HtmlPart first = parts.get(0);
		joined.selectFirst("html").attr("lang", first.language());
		joined.head().appendElement("meta").attr("charset", "utf-8");
		joined.head().appendElement("style").text(PLATFORM_STYLE);
		String title = null;
		for (HtmlPart part : parts) {
			Document page = Jsoup.parse(part.html(), TemplateFiles.BASE_URI);
			if (title == null && !page.title().isBlank()) {
				title = page.title();
			}
			for (Element sheet : page.head().select("style, link[rel=stylesheet]")) {
				joined.head().appendChild(sheet.clone());
			}
			Element block = joined.body()
				.appendElement("div")
				.addClass("document-part")
				.attr("lang", part.language())
				.attr("dir", part.rightToLeft() ? "rtl" : "ltr");
			for (String name : List.of("class", "style")) {
				if (page.body().hasAttr(name)) {
					block.attr(name, (block.attr(name) + " " + page.body().attr(name)).strip());
				}
			}
			block.addClass("document-part");
			page.body().childNodes().forEach((node) -> block.appendChild(node.clone()));
		}
		// a PDF's title and description, which readers show and PDF/UA requires
		joined.title((title != null) ? title : "Document");
		joined.head().appendElement("meta").attr("name", "description").attr("content", joined.title());
		return new Joined(joined, first.language(), first.rightToLeft());
	}

	record Joined(Document document, String language, boolean rightToLeft) {

	}

}
