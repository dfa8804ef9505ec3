package org.eservices.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The load generator's side of one HTTP/1.1 keep-alive connection: the same request,
 * again and again. It shares the machine's cores with the server it measures, so it does
 * as little as a client can (a wrk-like loop, no cookie, proxy or redirect handling):
 * what it spends is measured against the platform, which a client on another machine
 * would not be. Reconnects when the server closes the connection (Tomcat does every 100
 * requests).
 */
final class KeepAliveClient implements AutoCloseable {

	private final String host;

	private final int port;

	private final byte[] request;

	private Socket socket;

	private OutputStream out;

	private InputStream in;

	private final StringBuilder line = new StringBuilder();

	/**
	 * @param headers extra request header lines, e.g. {@code Authorization: Basic ...}
	 */
	KeepAliveClient(URI uri, byte[] body, String... headers) {
		this.host = uri.getHost();
		this.port = uri.getPort();
		StringBuilder head = new StringBuilder("POST ").append(uri.getRawPath())
			.append(" HTTP/1.1\r\nHost: ")
			.append(this.host)
			.append(':')
			.append(this.port)
			.append("\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: ")
			.append(body.length)
			.append("\r\n");
		for (String header : headers) {
			head.append(header).append("\r\n");
		}
		byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
		this.request = new byte[headBytes.length + body.length];
		System.arraycopy(headBytes, 0, this.request, 0, headBytes.length);
		System.arraycopy(body, 0, this.request, headBytes.length, body.length);
	}

	/** Sends the request, reads the whole answer, returns its status code. */
	int send() throws IOException {
		if (this.socket == null) {
			connect();
		}
		// the whole request in one write
		this.out.write(this.request);
		int status = Integer.parseInt(readLine().substring(9, 12));
		long length = 0;
		boolean chunked = false;
		boolean close = false;
		for (String header = readLine(); !header.isEmpty(); header = readLine()) {
			String lower = header.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				length = Long.parseLong(lower.substring(15).trim());
			}
			else if (lower.startsWith("transfer-encoding:")) {
				chunked = lower.contains("chunked");
			}
			else if (lower.startsWith("connection:")) {
				close = lower.contains("close");
			}
		}
		if (chunked) {
			for (int size = Integer.parseInt(readLine().trim(), 16); size > 0; size = Integer
				.parseInt(readLine().trim(), 16)) {
				this.in.skipNBytes(size);
				readLine();
			}
			readLine();
		}
		else {
			this.in.skipNBytes(length);
		}
		if (close) {
			close();
		}
		return status;
	}

	private void connect() throws IOException {
		this.socket = new Socket(this.host, this.port);
		this.socket.setTcpNoDelay(true);
		this.out = this.socket.getOutputStream();
		this.in = new BufferedInputStream(this.socket.getInputStream(), 8192);
	}

	private String readLine() throws IOException {
		this.line.setLength(0);
		for (int c = this.in.read(); c != '\n'; c = this.in.read()) {
			if (c < 0) {
				throw new EOFException("The server closed the connection in the middle of an answer");
			}
			if (c != '\r') {
				this.line.append((char) c);
			}
		}
		return this.line.toString();
	}

	void closeQuietly() {
		try {
			close();
		}
		catch (IOException ex) {
			// the benchmark is over: nothing to do about a connection that fails to close
		}
	}

	@Override
	public void close() throws IOException {
		if (this.socket != null) {
			this.socket.close();
			this.socket = null;
		}
	}

}
