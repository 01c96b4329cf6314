package dev.ispconfig.client.transport.apache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;

/**
 * The request body, written in slices so that {@link Abort} sees progress: a panel that stops reading is noticed
 * within a read timeout. Its content type is the request's own header.
 */
final class GuardedEntity extends AbstractHttpEntity {

    /** Small enough that a healthy panel takes a slice well within any read timeout. */
    private static final int SLICE = 16 * 1024;

    private final byte[] body;
    private final Abort abort;

    GuardedEntity(byte[] body, Abort abort) {
        super((String) null, null);
        this.body = body;
        this.abort = abort;
    }

    @Override
    public long getContentLength() {
        return body.length;
    }

    @Override
    public InputStream getContent() {
        return new ByteArrayInputStream(body);
    }

    @Override
    public boolean isRepeatable() {
        return true; // a proxy's 407 may need it sent again, to the proxy
    }

    @Override
    public boolean isStreaming() {
        return false;
    }

    @Override
    public void close() {
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        if (body.length <= SLICE) { // fits any socket buffer: the write cannot block
            out.write(body);
            out.flush();
            return;
        }
        abort.writing();
        try {
            for (int offset = 0; offset < body.length; offset += SLICE) {
                out.write(body, offset, Math.min(SLICE, body.length - offset));
                abort.progressed();
            }
            out.flush();
        } finally {
            abort.written();
        }
    }
}
