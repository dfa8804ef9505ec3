package org.eservices.app.buildingpermit;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eservices.app.SentMessages;
import org.eservices.connectors.notification.Channel;
import org.eservices.connectors.notification.MessageTemplates;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each message the building permit sends exists for the channel it is sent on, names only
 * data the process has and renders (see {@link SentMessages}); an optional note left
 * empty shows nothing.
 */
class BuildingPermitMessagesTest {

	static final String KEY = "building-permit";

	@TestFactory
	Stream<DynamicTest> everyMessageSentExistsUsesKnownDataAndRenders() throws IOException {
		return SentMessages.check(KEY, Set.of("fee", "inspectionTime", "permitNumber", "permitDocumentId"));
	}

	@Test
	void anInspectionNoteLeftEmptyAddsNoSection() {
		MessageTemplates templates = new MessageTemplates(new DefaultResourceLoader());
		Map<String, Object> data = new HashMap<>(Map.of("reference", "BP-2026-000001", "applicantName", "Anna",
				"inspectionTime", "15 January 2030, 09:30 UTC", "inspectionNotes", ""));

		String withoutNote = templates.render(KEY, "inspection-scheduled", Channel.EMAIL, data).body();
		data.put("inspectionNotes", "Have the plans at hand.");
		String withNote = templates.render(KEY, "inspection-scheduled", Channel.EMAIL, data).body();

		assertThat(withoutNote).contains("15 January 2030, 09:30 UTC").doesNotContain("Please note");
		assertThat(withNote).contains("Please note").contains("Have the plans at hand.");
	}

}
