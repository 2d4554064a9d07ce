package dev.dvc4j.stats.beam;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.procedure.OnlineMode;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.Feedback;
import dev.dvc4j.stats.StatsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.util.VarInt;

/**
 * A compact, deterministic Beam coder for {@link DossierFacts}, writing each field explicitly (no Java
 * serialization): a version byte, a varint of flags (the six booleans and which optional times are present), the
 * five codes as length-prefixed UTF-8, the enums as one byte each, the filing time as a varint and every other time
 * as a varint offset from the filing time (or from its supplement request), so a typical fact takes 60–90 bytes.
 *
 * <p>The encoding is deterministic (equal facts give equal bytes), so facts can be keys of a grouping. It is meant
 * for the data in flight of one pipeline, written and read by the same dvc4j version; enums are written by their
 * declaration order. Decoding validates the facts like {@link DossierFacts.Builder#build()} and reports corrupt
 * input as a {@link CoderException}.
 *
 * <p>Registered for {@code DossierFacts} through Beam's {@code CoderProviderRegistrar} service, so a
 * {@code PCollection<DossierFacts>} needs no {@code setCoder}.
 */
public final class DossierFactsCoder extends AtomicCoder<DossierFacts> {

    private static final long serialVersionUID = 1L;

    private static final DossierFactsCoder INSTANCE = new DossierFactsCoder();

    private static final int VERSION = 1;

    private static final int FEE_BEARING = 1;
    private static final int DIGITISED = 1 << 1;
    private static final int REUSED = 1 << 2;
    private static final int ELECTRONIC_RESULT = 1 << 3;
    private static final int VNEID = 1 << 4;
    private static final int POPULATION_DATA = 1 << 5;
    private static final int HAS_RECEIVED = 1 << 6;
    private static final int HAS_DUE = 1 << 7;
    private static final int HAS_FINISHED = 1 << 8;
    private static final int HAS_RETURNED = 1 << 9;
    private static final int HAS_DELIVERY = 1 << 10;
    private static final int KNOWN_FLAGS = (1 << 11) - 1;

    private static final Channel[] CHANNELS = Channel.values();
    private static final DossierStatus[] STATUSES = DossierStatus.values();
    private static final ResultDelivery[] DELIVERIES = ResultDelivery.values();
    private static final OnlineMode[] MODES = OnlineMode.values();
    private static final Feedback[] FEEDBACK = Feedback.values();

    private static final StringUtf8Coder STRING = StringUtf8Coder.of();

    private DossierFactsCoder() {
    }

    /**
     * The coder.
     *
     * @return the shared instance
     */
    public static DossierFactsCoder of() {
        return INSTANCE;
    }

    @Override
    public void encode(DossierFacts f, OutputStream out) throws IOException {
        if (f == null) {
            throw new CoderException("cannot encode a null DossierFacts");
        }
        out.write(VERSION);
        long filed = f.filedEpochSecond();
        long received = f.receivedEpochSecond();
        long due = f.dueEpochSecond();
        long finished = f.finishedEpochSecond();
        long returned = f.returnedEpochSecond();
        int flags = (f.feeBearing() ? FEE_BEARING : 0) | (f.digitised() ? DIGITISED : 0) | (f.reused() ? REUSED : 0)
                | (f.electronicResult() ? ELECTRONIC_RESULT : 0) | (f.vneid() ? VNEID : 0)
                | (f.populationData() ? POPULATION_DATA : 0)
                | (received != DossierFacts.NO_TIME ? HAS_RECEIVED : 0) | (due != DossierFacts.NO_TIME ? HAS_DUE : 0)
                | (finished != DossierFacts.NO_TIME ? HAS_FINISHED : 0)
                | (returned != DossierFacts.NO_TIME ? HAS_RETURNED : 0)
                | (f.resultDelivery() != null ? HAS_DELIVERY : 0);
        VarInt.encode(flags, out);
        STRING.encode(f.code(), out);
        STRING.encode(f.agency(), out);
        STRING.encode(f.procedure(), out);
        STRING.encode(f.sector(), out);
        STRING.encode(f.province(), out);
        out.write(f.channel().ordinal());
        out.write(f.status().ordinal());
        out.write(f.onlineMode().ordinal());
        out.write(f.feedback().ordinal());
        out.write(f.resultDelivery() == null ? 0 : f.resultDelivery().ordinal());
        out.write(f.legacyLevel());
        out.write(f.paymentFlag());
        VarInt.encode(filed, out);
        // Later times are at or after filing: their offsets are small and non-negative. Two's-complement wrapping
        // keeps even extreme values exact (decoding adds the offset back modulo 2^64).
        if (received != DossierFacts.NO_TIME) {
            VarInt.encode(received - filed, out);
        }
        if (due != DossierFacts.NO_TIME) {
            VarInt.encode(due - filed, out);
        }
        if (finished != DossierFacts.NO_TIME) {
            VarInt.encode(finished - filed, out);
        }
        if (returned != DossierFacts.NO_TIME) {
            VarInt.encode(returned - filed, out);
        }
        int supplements = f.supplementCount();
        VarInt.encode(supplements, out);
        for (int i = 0; i < supplements; i++) {
            long requested = f.supplementRequestedEpochSecond(i);
            long completed = f.supplementCompletedEpochSecond(i);
            VarInt.encode(requested - filed, out);
            // 0 marks an open request; otherwise 1 + the wait (completion is never before the request).
            VarInt.encode(completed == DossierFacts.NO_TIME ? 0 : completed - requested + 1, out);
        }
        // −1 (unknown) is written as 0.
        VarInt.encode(f.legalMaxMinutes() + 1, out);
        VarInt.encode(f.distanceKm() + 1, out);
    }

    @Override
    public DossierFacts decode(InputStream in) throws IOException {
        int version = in.read();
        if (version != VERSION) {
            throw new CoderException(version < 0 ? "end of stream before DossierFacts"
                    : "unknown DossierFacts encoding version " + version);
        }
        int flags = VarInt.decodeInt(in);
        if ((flags & ~KNOWN_FLAGS) != 0) {
            throw new CoderException("unknown DossierFacts flags " + Integer.toBinaryString(flags));
        }
        DossierFacts.Builder b = DossierFacts.builder()
                .code(STRING.decode(in))
                .agency(STRING.decode(in))
                .procedure(STRING.decode(in))
                .sector(STRING.decode(in))
                .province(STRING.decode(in))
                .channel(CHANNELS[index(in, CHANNELS.length, "channel")])
                .status(STATUSES[index(in, STATUSES.length, "status")])
                .onlineMode(MODES[index(in, MODES.length, "online mode")])
                .feedback(FEEDBACK[index(in, FEEDBACK.length, "feedback")]);
        int delivery = index(in, DELIVERIES.length, "result delivery");
        b.resultDelivery((flags & HAS_DELIVERY) != 0 ? DELIVERIES[delivery] : null)
                .legacyLevel(index(in, 256, "level"))
                .paymentFlag(index(in, 256, "payment flag"))
                .feeBearing((flags & FEE_BEARING) != 0)
                .digitised((flags & DIGITISED) != 0)
                .reused((flags & REUSED) != 0)
                .electronicResult((flags & ELECTRONIC_RESULT) != 0)
                .vneid((flags & VNEID) != 0)
                .populationData((flags & POPULATION_DATA) != 0);
        long filed = VarInt.decodeLong(in);
        b.filedEpochSecond(filed);
        if ((flags & HAS_RECEIVED) != 0) {
            b.receivedEpochSecond(filed + VarInt.decodeLong(in));
        }
        if ((flags & HAS_DUE) != 0) {
            b.dueEpochSecond(filed + VarInt.decodeLong(in));
        }
        if ((flags & HAS_FINISHED) != 0) {
            b.finishedEpochSecond(filed + VarInt.decodeLong(in));
        }
        if ((flags & HAS_RETURNED) != 0) {
            b.returnedEpochSecond(filed + VarInt.decodeLong(in));
        }
        int supplements = VarInt.decodeInt(in);
        if (supplements < 0) {
            throw new CoderException("negative supplement count " + supplements);
        }
        for (int i = 0; i < supplements; i++) {
            long requested = filed + VarInt.decodeLong(in);
            long wait = VarInt.decodeLong(in);
            b.addSupplementEpochSeconds(requested, wait == 0 ? DossierFacts.NO_TIME : requested + wait - 1);
        }
        b.legalMaxMinutes(VarInt.decodeInt(in) - 1);
        b.distanceKm(VarInt.decodeInt(in) - 1);
        try {
            return b.build();
        } catch (StatsException e) {
            throw new CoderException("corrupt DossierFacts: " + e.getMessage(), e);
        }
    }

    private static int index(InputStream in, int size, String what) throws IOException {
        int v = in.read();
        if (v < 0) {
            throw new CoderException("end of stream in DossierFacts " + what);
        }
        if (v >= size) {
            throw new CoderException("invalid DossierFacts " + what + " " + v);
        }
        return v;
    }

    /** Equal facts always give equal bytes. */
    @Override
    public void verifyDeterministic() {
        // Deterministic: every field is written in a fixed order with a fixed encoding.
    }

    @Override
    public boolean consistentWithEquals() {
        return true;
    }

    @Override
    public List<? extends org.apache.beam.sdk.coders.Coder<?>> getCoderArguments() {
        return Collections.emptyList();
    }

    private Object readResolve() {
        return INSTANCE;
    }

    @Override
    public String toString() {
        return "DossierFactsCoder";
    }
}
