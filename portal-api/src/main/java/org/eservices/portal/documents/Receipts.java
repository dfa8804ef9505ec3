package org.eservices.portal.documents;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eservices.portal.attachments.Attachments;
import org.eservices.portal.documents.pdf.HtmlPart;
import org.eservices.portal.documents.pdf.PdfRenderer;
import org.eservices.portal.problems.NotFoundException;
import org.eservices.portal.requests.FeePayments.FeePayment;
import org.eservices.portal.requests.PortalSettings;
import org.eservices.portal.requests.RequestView;
import org.eservices.portal.requests.Requests;
import org.eservices.portal.requests.ServiceRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receipts as PDF/A, made when asked for from what is kept (the submitted answers, the
 * payment ledger): of a submission (reference, e-service, date, answers) and of each
 * payment (amount, date, the provider's reference). In English, or in Arabic for a reader
 * who asks in it; the platform's templates, {@code documents/platform/}.
 */
@Service
class Receipts {

	static final String PLATFORM = "platform";

	private final Requests requests;

	private final Attachments attachments;

	private final DocumentTemplates templates;

	private final PdfRenderer renderer;

	private final PortalSettings settings;

	private final Clock clock;

	Receipts(Requests requests, Attachments attachments, DocumentTemplates templates, PdfRenderer renderer,
			PortalSettings settings, Clock clock) {
		this.clock = clock;
		this.requests = requests;
		this.attachments = attachments;
		this.templates = templates;
		this.renderer = renderer;
		this.settings = settings;
	}

	@Transactional(readOnly = true)
	public Attachments.Download ofSubmission(String citizenId, String reference, Locale asked) {
		String language = languageOf(asked);
		Locale locale = locale(language);
		ServiceRequest request = this.requests.ownedBy(citizenId, reference);
		RequestView view = this.requests.detail(request, locale);
		Map<String, Object> data = common(view.reference(), view.serviceName(), locale);
		data.put("submittedOn", dateTime(locale).format(view.submittedAt()));
		data.put("answers", FormAnswers.of(view.form(), view.data(),
				FormAnswers.filesByField(this.attachments.forCitizenOf(reference)), locale));
		return pdf("submission-receipt", language, data, "receipt-" + reference + ".pdf");
	}

	@Transactional(readOnly = true)
	public Attachments.Download ofPayment(String citizenId, String reference, String paymentId, Locale asked) {
		String language = languageOf(asked);
		Locale locale = locale(language);
		ServiceRequest request = this.requests.ownedBy(citizenId, reference);
		FeePayment payment = this.requests.paymentsOf(request)
			.stream()
			.filter((one) -> one.id().equals(paymentId) && one.paidAt() != null)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("payment", paymentId));
		Map<String, Object> data = common(request.getReference(), this.requests.serviceNameOf(request, locale), locale);
		data.put("paymentNumber", payment.id());
		data.put("amount", money(payment.amount(), payment.currency(), locale));
		data.put("paidOn", dateTime(locale).format(payment.paidAt()));
		data.put("providerReference", payment.providerReference());
		data.put("refunded", "REFUNDED".equals(payment.status()));
		return pdf("payment-receipt", language, data, "payment-receipt-" + reference + "-" + paymentId + ".pdf");
	}

	private Map<String, Object> common(String reference, String serviceName, Locale locale) {
		Map<String, Object> data = new HashMap<>();
		data.put("reference", reference);
		data.put("serviceName", serviceName);
		data.put("issuedOn", dateTime(locale).format(this.clock.instant()));
		return data;
	}

	private Attachments.Download pdf(String template, String language, Map<String, Object> data, String filename) {
		List<HtmlPart> parts = this.templates.fill(null, PLATFORM, template, List.of(language), Map.of(language, data));
		return new Attachments.Download(filename, "application/pdf",
				this.renderer.render(parts, this.templates.filesOf(null, PLATFORM)));
	}

	private DateTimeFormatter dateTime(Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(this.settings.timeZone());
	}

	private static String money(BigDecimal amount, String currency, Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(Currency.getInstance(currency));
		return format.format(amount);
	}

	/** The receipts' languages: Arabic for who asks in it, else English. */
	private static String languageOf(Locale asked) {
		return (asked != null && "ar".equals(asked.getLanguage())) ? "ar" : "en";
	}

	/** Western digits in Arabic too, as the portal and the documents write them. */
	private static Locale locale(String language) {
		return Locale.forLanguageTag("ar".equals(language) ? "ar-u-nu-latn" : "en-GB");
	}

}
