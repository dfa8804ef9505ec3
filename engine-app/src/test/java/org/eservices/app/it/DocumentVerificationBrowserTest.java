package org.eservices.app.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.eservices.app.web.Axe;
import org.eservices.app.web.Chromium;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An approved business licence in Chromium, from its holder to anyone who checks it: the
 * citizen's request page shows the licence (the one the approval e-mail links to, in
 * focus) with its number, its validity and its code, and downloads it and the application
 * receipt as PDFs; signed out, the licence's code gives its status, kind, number and
 * holder, by its printed address or typed in any case without dashes, in English and
 * Arabic; a wrong code is not found. axe finds nothing serious on any of it.
 */
class DocumentVerificationBrowserTest extends PostgresIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void aCitizenDownloadsTheirLicenceAndAnyoneChecksItsCode() throws IOException {
		String reference = submitPaidBusinessLicence(TestUsers.ANNA, "Verified Vintners");
		String instance = processInstanceOf(reference);
		String task = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();
		this.api.post(TestUsers.CLARA, "/api/tasks/" + task + "/complete", "{\"decision\": \"approve\"}");
		HttpHeaders english = new HttpHeaders();
		english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
		JsonNode request = await().atMost(Duration.ofSeconds(30)).until(() -> {
			runDueJobs(instance);
			return this.api.exchange(TestUsers.ANNA, HttpMethod.GET, "/api/requests/" + reference, null, english)
				.getBody();
		}, (view) -> view.path("documents").size() > 0);
		assertThat(request.get("status").asText()).isEqualTo("approved");
		JsonNode licence = request.get("documents").get(0);
		String title = licence.get("title").asText();
		String number = licence.get("number").asText();
		String code = licence.get("verificationCode").asText();
		assertThat(licence.get("status").asText()).isEqualTo("valid");
		assertThat(request.get("receipts").findValuesAsText("kind")).containsExactlyInAnyOrder("submission", "payment");
		String applicationReceipt = receipt(request, "submission").get("title").asText();
		String paymentReceipt = receipt(request, "payment").get("title").asText();

		Portal portal = new Portal(this.port);
		try (BrowserContext context = browser()) {
			Page page = context.newPage();
			portal.signIn(page, TestUsers.ANNA, "/requests");
			// the approval e-mail's link
			page.navigate(portal.url("/requests/" + reference + "?document=" + licence.get("id").asText()));
			Locator issued = section(page, "Issued documents");
			assertThat(issued.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName(title).setExact(true)))
				.isFocused();
			assertThat(issued).containsText(number);
			assertThat(issued).containsText("Valid");
			assertThat(issued).containsText(code);
			assertThat(issued.getByRole(AriaRole.LINK,
					new Locator.GetByRoleOptions().setName("Check this document online")))
				.hasAttribute("href", "/verify/" + code);
			Download licencePdf = page.waitForDownload(() -> issued
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Download " + title + " (PDF)"))
				.click());
			assertThat(licencePdf.suggestedFilename()).endsWith(".pdf");
			assertThat(pdfText(licencePdf.path())).contains(number);

			Locator receipts = section(page, "Receipts");
			assertThat(receipts.getByRole(AriaRole.LINK)).hasCount(2);
			assertThat(receipts.getByRole(AriaRole.LINK,
					new Locator.GetByRoleOptions().setName("Download " + paymentReceipt + " (PDF)")))
				.isVisible();
			Download receiptPdf = page
				.waitForDownload(() -> receipts
					.getByRole(AriaRole.LINK,
							new Locator.GetByRoleOptions().setName("Download " + applicationReceipt + " (PDF)"))
					.click());
			assertThat(receiptPdf.suggestedFilename()).endsWith(".pdf");
			assertThat(pdfText(receiptPdf.path())).contains(reference);
			assertThat(Axe.seriousViolations(page)).isEmpty();
		}

		JsonNode checked = this.api.exchange(null, HttpMethod.GET, "/api/verify/" + code, null, english).getBody();
		assertThat(checked.get("status").asText()).isEqualTo("valid");
		assertThat(checked.get("number").asText()).isEqualTo(number);
		String kind = checked.get("kind").asText();
		String holder = checked.get("holder").asText();
		try (BrowserContext context = browser()) {
			Page page = context.newPage();
			// signed out, by the address printed on the licence
			page.navigate(portal.url("/verify/" + code));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Check a document");
			assertThat(page.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName("This document is genuine and valid")))
				.isFocused();
			Locator result = page.getByRole(AriaRole.STATUS);
			assertThat(result).containsText(kind);
			assertThat(result).containsText(number);
			assertThat(result).containsText(holder);
			assertThat(result).containsText("Date of issue");
			assertThat(Axe.seriousViolations(page)).isEmpty();

			// typed from the paper, in lower case and without dashes
			page.navigate(portal.url("/"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check a document")).click();
			assertThat(page).hasURL(portal.url("/verify"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Check a document");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check")).click();
			assertThat(page.getByRole(AriaRole.ALERT))
				.containsText("Enter the verification code printed on the document.");
			assertThat(Axe.seriousViolations(page)).isEmpty();
			String typed = code.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
			page.getByLabel("Verification code").fill(typed);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check")).click();
			assertThat(page).hasURL(portal.url("/verify/" + typed));
			assertThat(page.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName("This document is genuine and valid")))
				.isFocused();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText(number);
			assertThat(page.getByRole(AriaRole.STATUS)).containsText(holder);

			// a code no document has
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check another document")).click();
			page.getByLabel("Verification code").fill(wrong(code));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Document not found")))
				.isFocused();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("No document has the code " + wrong(code));
			assertThat(page.getByRole(AriaRole.STATUS)).not().containsText(number);
			assertThat(Axe.seriousViolations(page)).isEmpty();

			// in Arabic, right to left
			page.navigate(portal.url("/verify/" + code));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("العربية")).click();
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("التحقق من مستند");
			assertThat(page.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName("هذا المستند أصلي وساري المفعول")))
				.isFocused();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText(number);
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("تاريخ الإصدار");
			assertThat(Axe.seriousViolations(page)).isEmpty();
		}
	}

	private static BrowserContext browser() {
		return Chromium.browser()
			.newContext(new NewContextOptions().setBypassCSP(true)
				.setAcceptDownloads(true)
				.setViewportSize(1280, 900)
				.setLocale("en-GB"));
	}

	/** A part of the page under its heading. */
	private static Locator section(Page page, String heading) {
		return page.locator("section")
			.filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName(heading).setExact(true).setLevel(2))));
	}

	private static JsonNode receipt(JsonNode request, String kind) {
		for (JsonNode receipt : request.get("receipts")) {
			if (kind.equals(receipt.get("kind").asText())) {
				return receipt;
			}
		}
		throw new AssertionError("no " + kind + " receipt on " + request);
	}

	/** The code with its last character changed: well formed, but no document's. */
	private static String wrong(String code) {
		char last = code.charAt(code.length() - 1);
		return code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A');
	}

	private static String pdfText(Path file) throws IOException {
		return Pdfs.text(Files.readAllBytes(file));
	}

}
