package org.eservices.portal.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.json.SpinJsonNode;
import org.eservices.portal.attachments.AttachmentInfo;
import org.eservices.portal.attachments.Attachments;
import org.eservices.portal.audit.AuditKind;
import org.eservices.portal.audit.AuditLog;
import org.eservices.portal.documents.pdf.HtmlPart;
import org.eservices.portal.documents.pdf.PdfRenderer;
import org.eservices.portal.documents.pdf.QrCodes;
import org.eservices.portal.forms.FormValidationException;
import org.eservices.portal.i18n.Messages;
import org.eservices.portal.problems.ConflictException;
import org.eservices.portal.problems.NotFoundException;
import org.eservices.portal.requests.IssuedToRequests;
import org.eservices.portal.requests.PortalSettings;
import org.eservices.portal.requests.RequestView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Issues documents to requests (a licence as a PDF/A, stored as one of the request's
 * documents) and answers for them: whether one is genuine, valid, revoked or expired.
 */
@Service
public class IssuedDocuments implements IssuedToRequests {

	private final IssuedDocumentRepository documents;

	private final DocumentTemplates templates;

	private final PdfRenderer renderer;

	private final Attachments attachments;

	private final AuditLog auditLog;

	private final PortalSettings settings;

	private final Clock clock;

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The revocation_reason column's length. */
	static final int MAX_REASON = 1000;

	private final VerificationCodes codes = new VerificationCodes();

	IssuedDocuments(IssuedDocumentRepository documents, DocumentTemplates templates, PdfRenderer renderer,
			Attachments attachments, AuditLog auditLog, PortalSettings settings, Clock clock) {
		this.documents = documents;
		this.templates = templates;
		this.renderer = renderer;
		this.attachments = attachments;
		this.auditLog = auditLog;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Renders the e-service's template in each of the order's languages into one PDF and
	 * keeps it with the request, with a verification code of its own. In the caller's
	 * transaction: a job that fails leaves no document behind, and its retry issues one.
	 */
	@Transactional
	public AttachmentInfo issue(Issue order) {
		Instant now = this.clock.instant();
		String code = this.codes.next();
		String url = verificationUrl(code);
		String qr = QrCodes.dataUri(url);
		Map<String, Map<String, Object>> data = new HashMap<>();
		for (String language : order.languages()) {
			data.put(language, data(order, language, now, code, url, qr));
		}
		List<HtmlPart> parts = this.templates
			.fill(order.definitionId(), order.serviceKey(), order.template(), order.languages(), data)
			.stream()
			.map((part) -> carriesQrCode(part, qr) ? part : withVerification(part, code, url, qr))
			.toList();
		byte[] pdf = this.renderer.render(parts, this.templates.filesOf(order.definitionId(), order.serviceKey()));
		AttachmentInfo stored = this.attachments.issue(order.reference(), order.citizenId(),
				order.template() + "-" + order.number() + ".pdf", pdf);
		this.documents.save(new IssuedDocument(stored.id(), code, order.reference(), order.serviceKey(),
				titles(parts, order.template()), order.number(), stored.filename(), order.holder(), now,
				order.validUntil()));
		return stored;
	}

	/** What the public verification page shows, for a code as typed or scanned. */
	@Transactional(readOnly = true)
	public Optional<Verification> verify(String typed, Locale locale) {
		Instant now = this.clock.instant();
		return VerificationCodes.normalise(typed)
			.flatMap(this.documents::findByVerificationCode)
			.map((document) -> new Verification(document.statusAt(now), document.titleIn(locale.getLanguage()),
					document.getDocumentNumber(), document.getHolderName(),
					LocalDate.ofInstant(document.getIssuedAt(), this.settings.timeZone())));
	}

	/**
	 * From now on its verification page says it was revoked.
	 * @param by who revoked it: an admin's user id, or the process that did
	 */
	@Transactional
	public DocumentRecord revoke(String id, String reason, String by) {
		if (!StringUtils.hasText(reason)) {
			throw new FormValidationException(Map.of("reason", List.of(Messages.get("document.revocationReason"))));
		}
		if (reason.strip().length() > MAX_REASON) {
			throw new FormValidationException(
					Map.of("reason", List.of(Messages.get("document.revocationReasonTooLong", MAX_REASON))));
		}
		IssuedDocument document = this.documents.findById(id)
			.orElseThrow(() -> new NotFoundException("issued document", id));
		if (document.getRevokedAt() != null) {
			throw new ConflictException(Messages.get("document.alreadyRevoked"));
		}
		document.revoke(this.clock.instant(), by, reason.strip());
		this.auditLog.record(AuditKind.DOCUMENT_REVOKED, by, document.getReference(),
				"Revoked " + document.titleIn("en") + " " + document.getDocumentNumber() + ".");
		return record(document, Locale.ENGLISH);
	}

	/** For a process step: revoking a document revoked already changes nothing. */
	@Transactional
	public void revokeOnce(String id, String reference, String reason, String by) {
		// only what was issued to the process's own request, whatever a variable says
		IssuedDocument document = this.documents.findByIdAndReference(id, reference)
			.orElseThrow(() -> new IllegalArgumentException("No document " + id + " was issued to " + reference));
		if (document.getRevokedAt() == null) {
			revoke(id, reason, by);
		}
	}

	/** An admin's list: every document issued to the request. */
	@Transactional(readOnly = true)
	public List<DocumentRecord> recordsOf(String reference, Locale locale) {
		return this.documents.findByReferenceOrderByIssuedAtAscIdAsc(reference)
			.stream()
			.map((document) -> record(document, locale))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<RequestView.IssuedDocument> of(String reference, Locale locale) {
		Instant now = this.clock.instant();
		return this.documents.findByReferenceOrderByIssuedAtAscIdAsc(reference)
			.stream()
			.map((document) -> new RequestView.IssuedDocument(document.getId(), document.titleIn(locale.getLanguage()),
					document.getDocumentNumber(), document.getFilename(), document.getIssuedAt(),
					document.getValidThrough(), document.statusAt(now).json(), document.getRevokedAt(),
					VerificationCodes.printed(document.getVerificationCode()),
					verificationUrl(document.getVerificationCode())))
			.toList();
	}

	/**
	 * With their requests: the verification pages of their documents say no more.
	 * @return how many
	 */
	@Transactional
	public int eraseOf(Collection<String> references) {
		return references.isEmpty() ? 0 : this.documents.deleteOf(references);
	}

	private DocumentRecord record(IssuedDocument document, Locale locale) {
		return new DocumentRecord(document.getId(), document.getReference(), document.titleIn(locale.getLanguage()),
				document.getDocumentNumber(), document.getHolderName(), document.getIssuedAt(),
				document.getValidThrough(), document.statusAt(this.clock.instant()), document.getRevokedAt(),
				document.getRevocationReason(), VerificationCodes.printed(document.getVerificationCode()));
	}

	private String verificationUrl(String code) {
		return this.settings.portalUrl("/verify/" + code);
	}

	private Map<String, Object> data(Issue order, String language, Instant now, String code, String url, String qr) {
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(Locale.forLanguageTag(language))
			.withZone(this.settings.timeZone());
		Map<String, Object> data = new HashMap<>(order.variables());
		data.replaceAll((name, value) -> readable(value, dates));
		data.put("reference", order.reference());
		data.put("documentNumber", order.number());
		data.put("holder", order.holder());
		data.put("issuedOn", dates.format(now));
		if (order.validUntil() != null) {
			data.put("validUntil", dates.format(IssuedDocument.validThrough(order.validUntil())));
		}
		data.put("verification", Map.of("code", VerificationCodes.printed(code), "url", url, "qr", qr));
		return data;
	}

	/**
	 * Dates as the language writes them; JSON answers (a group's address, a list) as maps
	 * and lists, whose fields the template names ({@code {{address.street}}}).
	 */
	private static Object readable(Object value, DateTimeFormatter dates) {
		if (value instanceof Date date) {
			return dates.format(date.toInstant());
		}
		if (value instanceof SpinJsonNode json) {
			try {
				return JSON.readValue(json.toString(), Object.class);
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException("A JSON variable is not JSON", ex);
			}
		}
		return value;
	}

	/**
	 * Whether the filled template shows the QR code, read as the renderer reads it: the
	 * template's escaping writes the data URI's "=" as an entity.
	 */
	private static boolean carriesQrCode(HtmlPart part, String qr) {
		return Jsoup.parse(part.html()).select("img[src]").stream().anyMatch((img) -> qr.equals(img.attr("src")));
	}

	/**
	 * A template that does not place the QR code itself gets it at the end, with the code
	 * and the address to type it in.
	 */
	private static HtmlPart withVerification(HtmlPart part, String code, String url, String qr) {
		Locale locale = Locale.forLanguageTag(part.language());
		Document page = Jsoup.parse(part.html());
		Element row = page.body()
			.appendElement("table")
			.addClass("verification")
			.attr("style", "margin-top: 10mm; border-top: 0.5pt solid #777; padding-top: 3mm; width: 100%")
			.appendElement("tr");
		row.appendElement("td")
			.attr("style", "width: 32mm; vertical-align: top")
			.appendElement("img")
			.attr("src", qr)
			.attr("alt", Messages.in(locale, "document.verifyCode") + " " + VerificationCodes.printed(code))
			.attr("style", "width: 30mm; height: 30mm");
		Element text = row.appendElement("td").attr("style", "vertical-align: top; font-size: 9pt");
		text.appendElement("p").text(Messages.in(locale, "document.verify", url, VerificationCodes.printed(code)));
		text.appendElement("p")
			.attr("style", "font-size: 13pt; font-weight: bold; direction: ltr")
			.text(VerificationCodes.printed(code));
		return new HtmlPart(page.outerHtml(), part.language());
	}

	private static Map<String, String> titles(List<HtmlPart> parts, String template) {
		Map<String, String> titles = new LinkedHashMap<>();
		for (HtmlPart part : parts) {
			String title = Jsoup.parse(part.html()).title().strip();
			titles.put(part.language(), title.isEmpty() ? template : title);
		}
		return titles;
	}

	/**
	 * @param languages each gets its template ({@code licence.html} in English,
	 * {@code licence.ar.html} in Arabic), all in one PDF
	 * @param validUntil when it expires, or {@code null} for never
	 * @param variables the case's data, which the templates show
	 */
	public record Issue(String reference, String citizenId, String serviceKey, String definitionId, String template,
			List<String> languages, String number, String holder, Instant validUntil, Map<String, Object> variables) {

	}

	/** What anyone with the code may know; nothing more. */
	public record Verification(DocumentStatus status, String kind, String number, String holder, LocalDate issuedOn) {

	}

	/** An issued document as admins see it. */
	public record DocumentRecord(String id, String reference, String title, String number, String holder,
			Instant issuedAt, Instant validUntil, DocumentStatus status, Instant revokedAt, String revocationReason,
			String verificationCode) {

	}

}
