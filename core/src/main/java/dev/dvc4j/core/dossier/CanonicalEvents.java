package dev.dvc4j.core.dossier;

import dev.dvc4j.core.internal.json.VnTimes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Writes an event's canonical JSON straight into bytes and hashes it: the hash chain's inner loop.
 *
 * <p>The bytes are exactly those of {@code Dvc4jJson.canonical().writerFor(DossierEvent.class)}: the {@code type}
 * property first, then every other property in alphabetical order, {@code null} properties left out, no whitespace,
 * strings in UTF-8 with Jackson's escapes ({@code \"}, {@code \\}, {@code \b \t \n \f \r}; other control characters
 * and every UTF-16 surrogate, paired or not, as {@code \}{@code uXXXX}). Writing them by hand instead of through Jackson's serializers makes a hash about five times
 * cheaper; {@code CanonicalEventsTest} and {@code CanonicalEventsProperties} hold the two writers to the same bytes,
 * so a field added to an event must be added here too (the tests fail until it is).
 *
 * <p>One instance per thread: the buffer and digest are reused, so hashing allocates only the result.
 */
final class CanonicalEvents {

    private static final ThreadLocal<CanonicalEvents> PER_THREAD = ThreadLocal.withInitial(CanonicalEvents::new);
    private static final byte[] HEX_UPPER = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX_LOWER = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int INITIAL = 1024;
    /** A buffer grown past this (a dossier with huge notes) is dropped after use rather than kept by the thread. */
    private static final int RETAINED = 64 * 1024;

    private final MessageDigest sha256 = Hashing.newSha256();
    private final char[] time = new char[VnTimes.MAX_LENGTH];
    private byte[] buf = new byte[INITIAL];
    private int len;
    private boolean comma;

    private CanonicalEvents() {
    }

    /**
     * @param event the event
     * @return the SHA-256 of its canonical JSON, as 64 lower-case hex digits
     */
    static String hash(DossierEvent event) {
        CanonicalEvents w = PER_THREAD.get();
        w.write(event);
        w.sha256.reset();
        w.sha256.update(w.buf, 0, w.len);
        byte[] digest = w.sha256.digest();
        w.release();
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
        text("type", event.type());
        text("actor", event.actor());
        if (event instanceof Filed f) {
            text("agency", f.agency().toString());
            name("applicant");
            applicant(f.applicant());
            time("at", f.at());
            text("channel", f.channel().wireName());
            text("code", f.code().toString());
            documents("documents", f.documents());
            fees("fees", f.fees());
            text("note", f.note());
            text("period", f.period().toString());
            text("previousHash", f.previousHash());
            text("procedure", f.procedure().toString());
            text("resultDelivery", f.resultDelivery().wireName());
            text("summary", f.summary());
            bool("vneidAuthenticated", f.vneidAuthenticated());
        } else if (event instanceof Received r) {
            time("at", r.at());
            time("dueAt", r.dueAt());
            tail(r.note(), r.previousHash());
        } else if (event instanceof ProcessingStarted p) {
            header(p.at(), p.note());
            text("previousHash", p.previousHash());
            text("unit", p.unit());
        } else if (event instanceof SupplementRequested s) {
            reasoned(s.at(), s.note(), s.previousHash(), s.reason());
        } else if (event instanceof Supplemented s) {
            time("at", s.at());
            documents("documents", s.documents());
            time("dueAt", s.dueAt());
            tail(s.note(), s.previousHash());
        } else if (event instanceof ObligationRequested o) {
            time("at", o.at());
            fees("fees", o.fees());
            tail(o.note(), o.previousHash());
        } else if (event instanceof Paid p) {
            header(p.at(), p.note());
            name("payment");
            payment(p.payment());
            text("previousHash", p.previousHash());
        } else if (event instanceof Processed p) {
            header(p.at(), p.note());
            text("outcome", p.outcome().wireName());
            text("previousHash", p.previousHash());
            texts("reasons", p.reasons());
            results("results", p.results());
        } else if (event instanceof ResultReturned r) {
            time("at", r.at());
            text("delivery", r.delivery().wireName());
            tail(r.note(), r.previousHash());
        } else if (event instanceof RefusedAtReception r) {
            reasoned(r.at(), r.note(), r.previousHash(), r.reason());
        } else if (event instanceof Withdrawn w) {
            reasoned(w.at(), w.note(), w.previousHash(), w.reason());
        } else if (event instanceof Stopped s) {
            reasoned(s.at(), s.note(), s.previousHash(), s.reason());
        } else if (event instanceof Apologised a) {
            time("at", a.at());
            time("newDueAt", a.newDueAt());
            tail(a.note(), a.previousHash());
            text("reason", a.reason());
        } else {
            throw new IllegalStateException("no canonical form for " + event.getClass());
        }
        close('}');
    }

    /** {@code at} then {@code note}, for events whose other properties all sort after {@code note}. */
    private void header(Instant at, String note) {
        time("at", at);
        text("note", note);
    }

    private void tail(String note, String previousHash) {
        text("note", note);
        text("previousHash", previousHash);
    }

    private void reasoned(Instant at, String note, String previousHash, String reason) {
        header(at, note);
        text("previousHash", previousHash);
        text("reason", reason);
    }

    // ------------------------------------------------------------------ nested values, properties sorted

    private void applicant(Applicant a) {
        open('{');
        if (a instanceof Citizen c) {
            text("type", "citizen");
            address(c.address());
            if (c.birthDate() != null) {
                text("birthDate", c.birthDate().toString());
            }
            contact(c.contact());
            text("fullName", c.fullName());
            text("personalId", c.personalId().value());
        } else if (a instanceof Organisation o) {
            text("type", "organisation");
            address(o.address());
            contact(o.contact());
            text("name", o.name());
            text("representative", o.representative());
            text("taxCode", o.taxCode().value());
        }
        close('}');
    }

    private void address(Address a) {
        if (a != null) {
            name("address");
            open('{');
            text("communeCode", a.communeCode());
            text("line", a.line());
            text("provinceCode", a.provinceCode());
            close('}');
        }
    }

    private void contact(Contact c) {
        if (c != null) {
            name("contact");
            open('{');
            text("email", c.email());
            text("phone", c.phone() == null ? null : c.phone().value());
            close('}');
        }
    }

    private void documents(String field, List<SubmittedDocument> documents) {
        name(field);
        open('[');
        for (SubmittedDocument d : documents) {
            value();
            open('{');
            text("componentCode", d.componentCode());
            bool("digitised", d.digitised());
            bool("fromNationalStore", d.fromNationalStore());
            text("name", d.name());
            bool("reused", d.reused());
            text("sha256", d.sha256());
            close('}');
        }
        close(']');
    }

    private void fees(String field, List<Fee> fees) {
        name(field);
        open('[');
        for (Fee f : fees) {
            value();
            open('{');
            number("amount", f.amount().dong());
            text("code", f.code());
            text("kind", f.kind().wireName());
            text("name", f.name());
            close('}');
        }
        close(']');
    }

    private void payment(Payment p) {
        open('{');
        number("amount", p.amount().dong());
        text("method", p.method().wireName());
        text("reference", p.reference());
        close('}');
    }

    private void results(String field, List<ResultDocument> results) {
        name(field);
        open('[');
        for (ResultDocument r : results) {
            value();
            open('{');
            text("code", r.code());
            bool("electronic", r.electronic());
            text("name", r.name());
            text("sha256", r.sha256());
            close('}');
        }
        close(']');
    }

    private void texts(String field, List<String> texts) {
        name(field);
        open('[');
        for (String t : texts) {
            value();
            string(t);
        }
        close(']');
    }

    // ------------------------------------------------------------------ tokens

    /** Writes a string property; a {@code null} value leaves the property out, as {@code NON_NULL} does. */
    private void text(String field, String value) {
        if (value != null) {
            name(field);
            string(value);
        }
    }

    private void time(String field, Instant value) {
        if (value == null) {
            return;
        }
        int n = VnTimes.format(value, time);
        if (n < 0) {
            text(field, VnTimes.format(value));
            return;
        }
        name(field);
        ensure(n + 2);
        buf[len++] = '"';
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) time[i];
        }
        buf[len++] = '"';
        comma = true;
    }

    private void bool(String field, boolean value) {
        name(field);
        ascii(value ? "true" : "false");
    }

    private void number(String field, long value) {
        name(field);
        ascii(Long.toString(value));
    }

    /** A property name (always ASCII, never escaped), preceded by a comma unless it opens its object. */
    private void name(String field) {
        value();
        ensure(field.length() + 3);
        buf[len++] = '"';
        for (int i = 0; i < field.length(); i++) {
            buf[len++] = (byte) field.charAt(i);
        }
        buf[len++] = '"';
        buf[len++] = ':';
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

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[len++] = (byte) s.charAt(i);
        }
        comma = true;
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
