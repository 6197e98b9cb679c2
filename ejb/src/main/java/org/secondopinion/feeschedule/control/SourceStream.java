package org.secondopinion.feeschedule.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that counts its bytes and remembers its own failure, so that an I/O error of the
 * source (a dropped upload) is told apart from a parser's complaint about the content,
 * which parsers report as I/O errors too.
 */
final class SourceStream extends FilterInputStream {

    private long bytesRead;
    private IOException failure;

    SourceStream(InputStream in) {
        super(in);
    }

    long bytesRead() {
        return bytesRead;
    }

    /** The first I/O error this stream raised, or null. */
    IOException failure() {
        return failure;
    }

    @Override
    public int read() throws IOException {
        try {
            int b = super.read();
            if (b >= 0) {
                bytesRead++;
            }
            return b;
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                bytesRead += n;
            }
            return n;
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            long skipped = super.skip(n);
            bytesRead += skipped;
            return skipped;
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() {
        // the caller owns the source stream and closes it
    }

    private IOException failed(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
