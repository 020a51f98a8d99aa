package io.quizcast.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket client written by hand on a plain TCP socket, for tests that need what a library hides: a client
 * that stops reading (its receive buffer is tiny and nothing drains it) until the test lets it read again.
 */
public final class RawWebSocket implements AutoCloseable {

    /** A frame as it came off the wire: its opcode, its text (or the close reason) and, for a close, its code. */
    public record Frame(int opcode, String text, int closeCode) {

        public boolean isClose() {
            return opcode == 8;
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private RawWebSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Opens /api/ws/event/{id}?token=... with a receive buffer of {@code receiveBuffer} bytes. */
    public static RawWebSocket connect(URI httpBase, UUID eventId, String token, int receiveBuffer) {
        try {
            Socket socket = new Socket();
            socket.setReceiveBufferSize(receiveBuffer); // before connecting, so the window is small from the start
            socket.connect(new InetSocketAddress(httpBase.getHost(), httpBase.getPort()), 5000);
            socket.setSoTimeout(10_000);
            RawWebSocket ws = new RawWebSocket(socket);
            ws.handshake(httpBase.getHost() + ":" + httpBase.getPort(),
                    "/api/ws/event/" + eventId + "?token=" + (token == null ? "null" : token));
            return ws;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handshake(String host, String path) throws IOException {
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        String request = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce)
                + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        // the response head, byte by byte up to the blank line (nothing after it is read here)
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed during the handshake: " + head);
            }
            head.append((char) b);
        }
        if (!head.toString().startsWith("HTTP/1.1 101")) {
            throw new IOException("handshake refused: " + head);
        }
    }

    /** Sends one masked text frame, as a client must. */
    public void sendText(String text) {
        send(0x1, text.getBytes(StandardCharsets.UTF_8));
    }

    private void send(int opcode, byte[] payload) {
        ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 14);
        frame.write(0x80 | opcode);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else if (payload.length < 65536) {
            frame.write(0x80 | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xff);
        } else {
            throw new IllegalArgumentException("frame too large for this client");
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        frame.writeBytes(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        try {
            out.write(frame.toByteArray());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the next frame (the server's frames are never masked and, here, never fragmented). */
    public Frame read() {
        try {
            int first = in.readUnsignedByte();
            int second = in.readUnsignedByte();
            long length = second & 0x7f;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] payload = new byte[(int) length];
            in.readFully(payload);
            int opcode = first & 0x0f;
            if (opcode == 8) {
                int code = payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
                String reason = payload.length > 2
                        ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8)
                        : "";
                return new Frame(opcode, reason, code);
            }
            return new Frame(opcode, new String(payload, StandardCharsets.UTF_8), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads frames up to the first text frame that contains {@code text}. */
    public Frame readUntil(String text) {
        while (true) {
            Frame f = read();
            if (f.text().contains(text)) {
                return f;
            }
        }
    }

    /**
     * Reads every frame up to the close frame, answers it with the same code (the closing handshake) and returns
     * it; fails when the connection ends without one.
     */
    public Frame readUntilClose() {
        while (true) {
            Frame f = read();
            if (f.isClose()) {
                send(0x8, new byte[]{(byte) (f.closeCode() >>> 8), (byte) f.closeCode()});
                return f;
            }
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }
}
