package org.eservices.portal.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.eservices.portal.attachments.AttachmentInfo;
import org.eservices.portal.attachments.Attachments;
import org.eservices.portal.audit.AuditLog;
import org.eservices.portal.drafts.Drafts;
import org.eservices.portal.requests.Requests;
import org.eservices.portal.requests.ServiceRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the platform holds about a person, as one ZIP archive: {@code data.json}
 * (the account, every request with its answers, timeline, outcome and payment, the
 * drafts, the sign-in history and each other store's part) and their documents beside it,
 * under the paths {@code data.json} names.
 */
@Service
public class DataExport {

	static final String DATA = "data.json";

	private final IdentityService identityService;

	private final Requests requests;

	private final Drafts drafts;

	private final Attachments attachments;

	private final AuditLog audit;

	private final List<PersonalDataPart> parts;

	private final ObjectMapper mapper;

	private final Clock clock;

	DataExport(IdentityService identityService, Requests requests, Drafts drafts, Attachments attachments,
			AuditLog audit, List<PersonalDataPart> parts, ObjectMapper mapper, Clock clock) {
		this.identityService = identityService;
		this.requests = requests;
		this.drafts = drafts;
		this.attachments = attachments;
		this.audit = audit;
		this.parts = parts;
		this.mapper = mapper;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public void write(String citizenId, Locale locale, OutputStream out) throws IOException {
		List<ServiceRequest> own = this.requests.allOf(citizenId);
		CitizenRecords records = new CitizenRecords(citizenId, own.stream().map(ServiceRequest::getReference).toList(),
				own.stream().map(ServiceRequest::getProcessInstanceId).filter((id) -> id != null).toList());
		List<File> files = new ArrayList<>();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("exportedAt", this.clock.instant());
		data.put("account", account(citizenId));
		List<Map<String, Object>> requestData = new ArrayList<>();
		for (ServiceRequest request : own) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("request", this.requests.detail(request, locale));
			entry.put("documents",
					documents(this.attachments.forCitizenOf(request.getReference()),
							"documents/" + request.getReference() + "/", files,
							(id) -> this.attachments.downloadForCitizen(request.getReference(), id).content()));
			requestData.add(entry);
		}
		data.put("requests", requestData);
		List<Map<String, Object>> draftData = new ArrayList<>();
		for (Drafts.Draft draft : this.drafts.mine(citizenId)) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("draft", draft);
			entry.put("documents",
					documents(this.attachments.ofDraft(citizenId, draft.serviceKey()),
							"drafts/" + draft.serviceKey() + "/", files,
							(id) -> this.attachments.downloadFromDraft(citizenId, draft.serviceKey(), id).content()));
			draftData.add(entry);
		}
		data.put("drafts", draftData);
		data.put("signIns", this.audit.signInsOf(citizenId));
		for (PersonalDataPart part : this.parts) {
			data.put(part.name(), part.export(records));
		}
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(DATA));
			zip.write(this.mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(data));
			zip.closeEntry();
			for (File file : files) {
				zip.putNextEntry(new ZipEntry(file.path()));
				zip.write(file.content().read(file.id()));
				zip.closeEntry();
			}
		}
	}

	private Map<String, Object> account(String citizenId) {
		Map<String, Object> account = new LinkedHashMap<>();
		User user = this.identityService.createUserQuery().userId(citizenId).singleResult();
		account.put("id", citizenId);
		if (user != null) {
			account.put("firstName", user.getFirstName());
			account.put("lastName", user.getLastName());
			account.put("email", user.getEmail());
		}
		account.put("groups",
				this.identityService.createGroupQuery()
					.groupMember(citizenId)
					.list()
					.stream()
					.map(Group::getId)
					.toList());
		return account;
	}

	private static List<Map<String, Object>> documents(List<AttachmentInfo> found, String folder, List<File> files,
			Content content) {
		List<Map<String, Object>> documents = new ArrayList<>();
		for (AttachmentInfo document : found) {
			String path = folder + document.id() + "-" + document.filename();
			files.add(new File(document.id(), path, content));
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("document", document);
			entry.put("file", path);
			documents.add(entry);
		}
		return documents;
	}

	@FunctionalInterface
	private interface Content {

		byte[] read(String id);

	}

	private record File(String id, String path, Content content) {

	}

}
