package org.eservices.connectors.notification;

public enum Channel {

	EMAIL, SMS

}
