package dev.dvc4j.core.dossier;

import dev.dvc4j.core.internal.json.VnTimes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes an event's canonical JSON straight into bytes and hashes it: the hash chain's inner loop, run once per
 * transition and once per event of every verified read.
 *
 * <p>The bytes are exactly those of {@code Dvc4jJson.canonical().writerFor(DossierEvent.class)} (the format is
 * described on {@link DossierEvent}). Written by hand instead of through Jackson's serializers, the hash chain of a
 * nine-event history takes 4.7 µs instead of 9.1 µs, SHA-256 being about 2.2 µs of it (BENCHMARKS.md).
 * {@code CanonicalEventsTest} and {@code CanonicalEventsProperties} hold the two writers to the same bytes, every
 * event type with every optional property set and unset, so a property added to an event fails them until it is
 * written here too.
 *
 * <p>One instance per thread: the buffer is reused, so a hash allocates only the digest and its hex text.
 */
final class CanonicalEvents {

    private static final ThreadLocal<CanonicalEvents> PER_THREAD = ThreadLocal.withInitial(CanonicalEvents::new);
    private static final byte[] HEX_UPPER = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX_LOWER = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int INITIAL = 1024;
    /** A buffer grown past this (a dossier with huge notes) is dropped after use rather than kept by the thread. */
    private static final int RETAINED = 64 * 1024;

    private byte[] buf = new byte[INITIAL];
    private int len;
    private boolean comma;
    /** Whether enum values are written in their old snake_case spelling (see {@link #legacyHash}). */
    private boolean legacy;
    /** Whether a value was written in an old spelling that differs from its wire name. */
    private boolean respelled;

    private CanonicalEvents() {
    }

    /**
     * @param event the event
     * @return the SHA-256 of its canonical JSON, as 64 lower-case hex digits
     */
    static String hash(DossierEvent event) {
        CanonicalEvents w = PER_THREAD.get();
        w.legacy = false;
        w.write(event);
        return w.digest();
    }

    /**
     * The hash of the event as a dvc4j release before kebab-case wire names wrote it: the same canonical JSON with
     * every enum value in its old snake_case spelling ({@code in_person}, {@code national_portal}). Read only to
     * verify a history written then; nothing new is hashed this way.
     *
     * @param event the event
     * @return the SHA-256 of its old canonical JSON, or {@code null} when no value of the event had another spelling
     *         (the old JSON is then the current one)
     */
    static String legacyHash(DossierEvent event) {
        CanonicalEvents w = PER_THREAD.get();
        w.legacy = true;
        w.respelled = false;
        try {
            w.write(event);
        } finally {
            w.legacy = false;
        }
        if (!w.respelled) {
            w.release();
            return null;
        }
        return w.digest();
    }

    private String digest() {
        byte[] digest = Hashing.sha256(buf, len);
        release();
        byte[] hex = new byte[64];
        for (int i = 0; i < 32; i++) {
            hex[2 * i] = HEX_LOWER[(digest[i] >> 4) & 0xF];
            hex[2 * i + 1] = HEX_LOWER[digest[i] & 0xF];
        }
        return new String(hex, StandardCharsets.ISO_8859_1);
    }

    /**
     * @param event the event
     * @return its canonical JSON
     */
    static byte[] bytes(DossierEvent event) {
        CanonicalEvents w = PER_THREAD.get();
        w.legacy = false;
        w.write(event);
        byte[] out = Arrays.copyOf(w.buf, w.len);
        w.release();
        return out;
    }

    private void release() {
        if (buf.length > RETAINED) {
            buf = new byte[INITIAL];
        }
    }

    private void write(DossierEvent event) {
        len = 0;
        comma = false;
        open('{');
        ascii(K.type, event.type());
        text(K.actor, event.actor());
        if (event instanceof Filed f) {
            ascii(K.agency, f.agency().toString());
            name(K.applicant);
            applicant(f.applicant());
            time(K.at, f.at());
            wire(K.channel, f.channel());
            ascii(K.code, f.code().toString());
            array(K.documents, f.documents(), CanonicalEvents::document);
            array(K.fees, f.fees(), CanonicalEvents::fee);
            text(K.note, f.note());
            ascii(K.period, f.period().toString());
            ascii(K.previousHash, f.previousHash());
            ascii(K.procedure, f.procedure().toString());
            wire(K.resultDelivery, f.resultDelivery());
            text(K.summary, f.summary());
            bool(K.vneidAuthenticated, f.vneidAuthenticated());
        } else if (event instanceof Received r) {
            time(K.at, r.at());
            time(K.dueAt, r.dueAt());
            tail(r.note(), r.previousHash());
        } else if (event instanceof ProcessingStarted p) {
            header(p.at(), p.note());
            ascii(K.previousHash, p.previousHash());
            text(K.unit, p.unit());
        } else if (event instanceof SupplementRequested s) {
            reasoned(s.at(), s.note(), s.previousHash(), s.reason());
        } else if (event instanceof Supplemented s) {
            time(K.at, s.at());
            array(K.documents, s.documents(), CanonicalEvents::document);
            time(K.dueAt, s.dueAt());
            tail(s.note(), s.previousHash());
        } else if (event instanceof ObligationRequested o) {
            time(K.at, o.at());
            array(K.fees, o.fees(), CanonicalEvents::fee);
            tail(o.note(), o.previousHash());
        } else if (event instanceof Paid p) {
            header(p.at(), p.note());
            name(K.payment);
            payment(p.payment());
            ascii(K.previousHash, p.previousHash());
        } else if (event instanceof Processed p) {
            header(p.at(), p.note());
            wire(K.outcome, p.outcome());
            ascii(K.previousHash, p.previousHash());
            array(K.reasons, p.reasons(), CanonicalEvents::string);
            array(K.results, p.results(), CanonicalEvents::result);
        } else if (event instanceof ResultReturned r) {
            time(K.at, r.at());
            wire(K.delivery, r.delivery());
            tail(r.note(), r.previousHash());
        } else if (event instanceof RefusedAtReception r) {
            reasoned(r.at(), r.note(), r.previousHash(), r.reason());
        } else if (event instanceof Withdrawn w) {
            reasoned(w.at(), w.note(), w.previousHash(), w.reason());
        } else if (event instanceof Stopped s) {
            reasoned(s.at(), s.note(), s.previousHash(), s.reason());
        } else if (event instanceof Apologised a) {
            time(K.at, a.at());
            time(K.newDueAt, a.newDueAt());
            tail(a.note(), a.previousHash());
            text(K.reason, a.reason());
        } else {
            throw new IllegalStateException("no canonical form for " + event.getClass());
        }
        close('}');
    }

    /** {@code at} then {@code note}, for events whose other properties all sort after {@code note}. */
    private void header(Instant at, String note) {
        time(K.at, at);
        text(K.note, note);
    }

    private void tail(String note, String previousHash) {
        text(K.note, note);
        ascii(K.previousHash, previousHash);
    }

    private void reasoned(Instant at, String note, String previousHash, String reason) {
        header(at, note);
        ascii(K.previousHash, previousHash);
        text(K.reason, reason);
    }

    // ------------------------------------------------------------------ nested values, properties sorted

    private void applicant(Applicant a) {
        open('{');
        if (a instanceof Citizen c) {
            ascii(K.type, "citizen");
            address(c.address());
            if (c.birthDate() != null) {
                ascii(K.birthDate, c.birthDate().toString());
            }
            contact(c.contact());
            text(K.fullName, c.fullName());
            ascii(K.personalId, c.personalId().value());
        } else if (a instanceof Organisation o) {
            ascii(K.type, "organisation");
            address(o.address());
            contact(o.contact());
            text(K.name, o.name());
            text(K.representative, o.representative());
            ascii(K.taxCode, o.taxCode().value());
        }
        close('}');
    }

    private void address(Address a) {
        if (a != null) {
            name(K.address);
            open('{');
            text(K.communeCode, a.communeCode());
            text(K.line, a.line());
            text(K.provinceCode, a.provinceCode());
            close('}');
        }
    }

    private void contact(Contact c) {
        if (c != null) {
            name(K.contact);
            open('{');
            text(K.email, c.email());
            ascii(K.phone, c.phone() == null ? null : c.phone().value());
            close('}');
        }
    }

    /** An array property, each element written by {@code element} (a method reference, so no per-call object). */
    private <T> void array(K field, List<T> items, BiConsumer<CanonicalEvents, T> element) {
        name(field);
        open('[');
        for (T item : items) {
            value();
            element.accept(this, item);
        }
        close(']');
    }

    private void document(SubmittedDocument d) {
        open('{');
        text(K.componentCode, d.componentCode());
        bool(K.digitised, d.digitised());
        bool(K.fromNationalStore, d.fromNationalStore());
        text(K.name, d.name());
        bool(K.reused, d.reused());
        ascii(K.sha256, d.sha256());
        close('}');
    }

    private void fee(Fee f) {
        open('{');
        number(K.amount, f.amount().dong());
        text(K.code, f.code());
        wire(K.kind, f.kind());
        text(K.name, f.name());
        close('}');
    }

    private void payment(Payment p) {
        open('{');
        number(K.amount, p.amount().dong());
        wire(K.method, p.method());
        text(K.reference, p.reference());
        close('}');
    }

    private void result(ResultDocument r) {
        open('{');
        text(K.code, r.code());
        bool(K.electronic, r.electronic());
        text(K.name, r.name());
        ascii(K.sha256, r.sha256());
        close('}');
    }

    // ------------------------------------------------------------------ tokens

    /**
     * The property names of the canonical form, each kept as its bytes {@code "name":}. The constants are spelled
     * exactly as the JSON properties, so they break the naming convention on purpose.
     */
    @SuppressWarnings("java:S115")
    private enum K {
        type, actor, address, agency, amount, applicant, at, birthDate, channel, code, communeCode, componentCode,
        contact, delivery, digitised, documents, dueAt, electronic, email, fees, fromNationalStore, fullName, kind,
        line, method, name, newDueAt, note, outcome, payment, period, personalId, phone, previousHash, procedure,
        provinceCode, reason, reasons, reference, representative, resultDelivery, results, reused, sha256, summary,
        taxCode, unit, vneidAuthenticated;

        final byte[] json = ('"' + name() + "\":").getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes a string property; a {@code null} value leaves the property out, as {@code NON_NULL} does. */
    private void text(K field, String value) {
        if (value != null) {
            name(field);
            string(value);
        }
    }

    /**
     * Writes a property whose value is known to be printable ASCII without quotes or backslashes (validated codes,
     * digests, wire names): copied in bulk, no escaping. {@code null} leaves the property out.
     */
    private void ascii(K field, String value) {
        if (value != null) {
            name(field);
            quotedAscii(value);
        }
    }

    /** An enum value by its wire name, or by its old spelling while {@link #legacy} is set. */
    private void wire(K field, dev.dvc4j.core.Labelled value) {
        String name = value.wireName();
        if (legacy) {
            java.util.Optional<String> old = value.legacyWireName();
            if (old.isPresent()) {
                name = old.get();
                respelled = true;
            }
        }
        ascii(field, name);
    }

    private void time(K field, Instant value) {
        if (value == null) {
            return;
        }
        name(field);
        ensure(VnTimes.MAX_LENGTH + 2);
        int at = len + 1;
        int n = VnTimes.format(value, buf, at);
        if (n < 0) {
            quotedAscii(VnTimes.format(value));
            return;
        }
        buf[len] = '"';
        buf[at + n] = '"';
        len = at + n + 1;
        comma = true;
    }

    private void bool(K field, boolean value) {
        name(field);
        raw(value ? "true" : "false");
    }

    private void number(K field, long value) {
        name(field);
        raw(Long.toString(value));
    }

    /** A property name, preceded by a comma unless it opens its object. */
    private void name(K field) {
        value();
        byte[] k = field.json;
        ensure(k.length);
        System.arraycopy(k, 0, buf, len, k.length);
        len += k.length;
    }

    /**
     * Before an array element or a property: the separating comma when one is due. Every value written sets
     * {@link #comma} when it ends, an opening bracket clears it.
     */
    private void value() {
        if (comma) {
            ensure(1);
            buf[len++] = ',';
        }
    }

    private void open(char c) {
        ensure(1);
        buf[len++] = (byte) c;
        comma = false;
    }

    private void close(char c) {
        ensure(1);
        buf[len++] = (byte) c;
        comma = true;
    }

    private void quotedAscii(String s) {
        ensure(s.length() + 2);
        buf[len++] = '"';
        copyAscii(s);
        buf[len++] = '"';
        comma = true;
    }

    private void raw(String s) {
        ensure(s.length());
        copyAscii(s);
        comma = true;
    }

    /**
     * Copies an ASCII string's characters as bytes. The JDK's {@code getBytes(int, int, byte[], int)} keeps the low
     * byte of each character, which is exact for ASCII and a single array copy for a Latin-1 string; it is
     * deprecated only because it is wrong for other text, which never reaches it.
     */
    @SuppressWarnings("deprecation")
    private void copyAscii(String s) {
        int n = s.length();
        s.getBytes(0, n, buf, len);
        len += n;
    }

    /** A JSON string in UTF-8 with Jackson's default escapes. */
    private void string(String s) {
        int n = s.length();
        ensure(n * 6 + 2);
        byte[] b = buf;
        int p = len;
        b[p++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    b[p++] = (byte) c;
                } else {
                    p = escape(b, p, c);
                }
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else {
                // Jackson 2 escapes each surrogate, paired or not, unless COMBINE_UNICODE_SURROGATES_IN_UTF8 is on
                p = unicodeEscape(b, p, c);
            }
        }
        b[p++] = '"';
        len = p;
        comma = true;
    }

    private static int escape(byte[] b, int p, char c) {
        char shortForm = switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\f' -> 'f';
            case '\r' -> 'r';
            default -> 0;
        };
        if (shortForm == 0) {
            return unicodeEscape(b, p, c);
        }
        b[p++] = '\\';
        b[p++] = (byte) shortForm;
        return p;
    }

    private static int unicodeEscape(byte[] b, int p, char c) {
        b[p++] = '\\';
        b[p++] = 'u';
        b[p++] = HEX_UPPER[c >> 12];
        b[p++] = HEX_UPPER[(c >> 8) & 0xF];
        b[p++] = HEX_UPPER[(c >> 4) & 0xF];
        b[p++] = HEX_UPPER[c & 0xF];
        return p;
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }
}
