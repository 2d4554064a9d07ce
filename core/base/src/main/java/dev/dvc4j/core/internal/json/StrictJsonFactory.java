package dev.dvc4j.core.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * The JSON factory of the reading policy: every parser it makes, whatever it reads from (text, bytes, streams,
 * readers, data input, non-blocking feeds), refuses a repeated key through {@link DuplicateKeyParser}. The factory
 * keeps Jackson's {@code STRICT_DUPLICATE_DETECTION} enabled, so a factory rebuilt from it ({@link #rebuild()}, a plain
 * {@link JsonFactory}) still refuses duplicates, with Jackson's own detector.
 */
final class StrictJsonFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;

    StrictJsonFactory(JsonFactoryBuilder builder) {
        super(builder);
    }

    private StrictJsonFactory(StrictJsonFactory source, ObjectCodec codec) {
        super(source, codec);
    }

    /** Jackson checks the name to allow JSON-only sources (data input, non-blocking feeds) in a subclass. */
    @Override
    public String getFormatName() {
        return FORMAT_NAME_JSON;
    }

    @Override
    public JsonFactory copy() {
        return new StrictJsonFactory(this, null);
    }

    @Override
    protected Object readResolve() {
        return new StrictJsonFactory(this, _objectCodec);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext context) throws IOException {
        return new DuplicateKeyParser(super._createParser(in, context));
    }

    @Override
    protected JsonParser _createParser(Reader r, IOContext context) throws IOException {
        return new DuplicateKeyParser(super._createParser(r, context));
    }

    @Override
    protected JsonParser _createParser(char[] data, int offset, int len, IOContext context, boolean recyclable)
            throws IOException {
        return new DuplicateKeyParser(super._createParser(data, offset, len, context, recyclable));
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int len, IOContext context) throws IOException {
        return new DuplicateKeyParser(super._createParser(data, offset, len, context));
    }

    @Override
    protected JsonParser _createParser(DataInput input, IOContext context) throws IOException {
        return new DuplicateKeyParser(super._createParser(input, context));
    }

    @Override
    public JsonParser createNonBlockingByteArrayParser() throws IOException {
        return new DuplicateKeyParser(super.createNonBlockingByteArrayParser());
    }

    @Override
    public JsonParser createNonBlockingByteBufferParser() throws IOException {
        return new DuplicateKeyParser(super.createNonBlockingByteBufferParser());
    }
}
