package org.eservices.portal.requests;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param timeZone the public body's time zone ({@code eservices.time-zone}, one setting
 * for every module): the year in reference numbers follows it
 */
@ConfigurationProperties("eservices")
public record PortalSettings(@DefaultValue("UTC") ZoneId timeZone) {

}
