package io.passerelle.hub.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request body read whole but never beyond a limit, whether or not the caller declared its length (a
 * chunked upload declares none): an oversized call is refused with 413 before it can fill the memory.
 */
public final class BoundedBody {

    private BoundedBody() {
    }

    /** @param refusal what the 413 says, e.g. "a webhook call is limited to 1048576 bytes" */
    public static byte[] read(HttpServletRequest request, int maxBytes, String refusal) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, refusal);
        }
        byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, refusal);
        }
        return body;
    }
}
