package org.eservices.portal.requests;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param timeZone the public body's time zone ({@code eservices.time-zone}, one setting
 * for every module): the year in reference numbers follows it
 * @param publicUrl the portal's public address ({@code ESERVICES_PUBLIC_URL}): links in
 * documents, such as their verification page's
 */
@ConfigurationProperties("eservices")
public record PortalSettings(@DefaultValue("UTC") ZoneId timeZone,
		@DefaultValue("http://localhost:8080") String publicUrl) {

	/** The portal's address as people reach it, without a trailing slash. */
	public String portalUrl(String path) {
		return this.publicUrl.replaceAll("/+$", "") + path;
	}

}
