package org.eservices.connectors.payment;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicUrl where citizens reach the portal: the checkout returns there, and the
 * sandbox checkout page lives there
 */
@ConfigurationProperties("eservices.connectors.checkout")
public record CheckoutSettings(@DefaultValue("http://localhost:8080") URI publicUrl) {

	String requestPage(String reference) {
		return this.publicUrl.resolve("/requests/" + reference).toString();
	}

}
