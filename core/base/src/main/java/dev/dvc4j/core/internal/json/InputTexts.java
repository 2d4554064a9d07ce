package dev.dvc4j.core.internal.json;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.id.Masking;
import java.util.Locale;

/**
 * The codes and bilingual texts of the reading policy's problems, shared by every reader (Jackson 2 and 3, JSON and
 * line-based inputs) so the same hostile input reads the same everywhere. No text names a Java class or repeats a
 * library's wording; a value is shown only shortened and, where it could be personal data, masked. Not part of the
 * API.
 */
public final class InputTexts {

    /** A byte that is not strict UTF-8. */
    public static final String UTF8 = "input.utf8";
    /** An empty document or record. */
    public static final String EMPTY = "input.empty";
    /** A document or record that is {@code null}. */
    public static final String NULL = "input.null";
    /** Malformed JSON. */
    public static final String SYNTAX = "input.syntax";
    /** Content after the document. */
    public static final String TRAILING = "input.trailing";
    /** A key twice in one object. */
    public static final String DUPLICATE_KEY = "input.duplicate-key";
    /** A property the format does not have. */
    public static final String UNKNOWN_PROPERTY = "input.unknown-property";
    /** A value of the wrong JSON type. */
    public static final String WRONG_TYPE = "input.wrong-type";
    /** A required value missing or {@code null}. */
    public static final String MISSING = "input.missing";
    /** A value that cannot be read as what it should be. */
    public static final String INVALID_VALUE = "input.invalid-value";
    /** A {@code type} property naming no known type. */
    public static final String UNKNOWN_TYPE = "input.unknown-type";
    /** The input could not be read. */
    public static final String IO = "input.io";
    /** Prefix of the codes of exceeded limits: {@code input.limit.document}, {@code .line}, {@code .string}, … */
    public static final String LIMIT = "input.limit.";

    private InputTexts() {
    }

    /** The limits, each with its code and the unit it counts. */
    public enum Limit {
        /** Bytes of a document. */
        DOCUMENT("document", "tài liệu dài quá %,d byte", "the document is longer than %,d bytes"),
        /** Bytes of a line. */
        LINE("line", "dòng dài quá %,d byte", "the line is longer than %,d bytes"),
        /** Characters of a string. */
        STRING("string", "chuỗi dài quá %,d ký tự", "a string is longer than %,d characters"),
        /** Characters of a number. */
        NUMBER("number", "số dài quá %,d ký tự", "a number is longer than %,d characters"),
        /** Characters of a property name. */
        NAME("name", "tên thuộc tính dài quá %,d ký tự", "a property name is longer than %,d characters"),
        /** Nesting depth. */
        DEPTH("depth", "lồng sâu quá %,d cấp", "nested deeper than %,d levels"),
        /** Tokens of a document. */
        TOKENS("tokens", "tài liệu có quá %,d phần tử cú pháp", "the document has more than %,d tokens");

        private final String code;
        private final String vi;
        private final String en;

        Limit(String code, String vi, String en) {
            this.code = code;
            this.vi = vi;
            this.en = en;
        }

        /** @return the problem code, {@code input.limit.<name>} */
        public String code() {
            return LIMIT + code;
        }

        /**
         * @param limit the limit's value
         * @return the text naming it
         */
        public LocalizedText text(long limit) {
            return LocalizedText.of(String.format(Locale.ROOT, vi, limit).replace(',', '.'),
                    String.format(Locale.ROOT, en, limit));
        }
    }

    /**
     * @param b the malformed byte, 0–255
     * @return the text
     */
    public static LocalizedText utf8(int b) {
        return LocalizedText.of("byte 0x%02X không phải UTF-8 hợp lệ", "byte 0x%02X is not valid UTF-8").formatted(b);
    }

    /** @return the text of an empty document */
    public static LocalizedText empty() {
        return LocalizedText.of("tài liệu rỗng", "the document is empty");
    }

    /** @return the text of a {@code null} document */
    public static LocalizedText nullDocument() {
        return LocalizedText.of("tài liệu là null, không phải một giá trị", "the document is null, not a value");
    }

    /** @return the text of content after the document */
    public static LocalizedText trailing() {
        return LocalizedText.of("còn dữ liệu sau khi tài liệu đã kết thúc", "there is content after the end of the document");
    }

    /**
     * @param name the key
     * @return the text
     */
    public static LocalizedText duplicateKey(String name) {
        return LocalizedText.of("khóa \"%s\" xuất hiện hai lần trong một đối tượng", "key \"%s\" appears twice in one object")
                .formatted(shown(name));
    }

    /**
     * @param name the property
     * @return the text
     */
    public static LocalizedText unknownProperty(String name) {
        return LocalizedText.of("thuộc tính \"%s\" không có trong định dạng", "unknown property \"%s\"").formatted(shown(name));
    }

    /**
     * @param expected what should be there
     * @param found what is there
     * @return the text
     */
    public static LocalizedText wrongType(JsonType expected, JsonType found) {
        return LocalizedText.of("sai kiểu: cần " + expected.vi + ", nhận được " + found.vi,
                "wrong type: expected " + expected.en + ", found " + found.en);
    }

    /**
     * @param name the missing property's name, or {@code null} when not known
     * @return the text
     */
    public static LocalizedText missing(String name) {
        return name == null
                ? LocalizedText.of("thiếu giá trị bắt buộc (hoặc giá trị là null)", "a required value is missing or null")
                : LocalizedText.of("thiếu giá trị bắt buộc \"%s\" (hoặc giá trị là null)",
                "the required value \"%s\" is missing or null").formatted(name);
    }

    /**
     * @param value the value as written, or {@code null} when not known
     * @param expected what it should be
     * @return the text
     */
    public static LocalizedText invalidValue(String value, JsonType expected) {
        return value == null
                ? LocalizedText.of("giá trị không hợp lệ, cần " + expected.vi, "invalid value, expected " + expected.en)
                : LocalizedText.of("giá trị \"%s\" không hợp lệ, cần " + expected.vi, "invalid value \"%s\", expected " + expected.en)
                .formatted(shown(value));
    }

    /**
     * @param id the type name given, or {@code null} when none was
     * @return the text
     */
    public static LocalizedText unknownType(String id) {
        return id == null ? LocalizedText.of("đối tượng thiếu thuộc tính \"type\"", "the object lacks its \"type\" property")
                : LocalizedText.of("kiểu \"%s\" không tồn tại", "unknown type \"%s\"").formatted(shown(id));
    }

    /**
     * @param detail what the reader saw
     * @return the text
     */
    public static LocalizedText syntax(Syntax detail, String token) {
        return switch (detail) {
            case END -> LocalizedText.of("JSON sai cú pháp: tài liệu kết thúc giữa chừng",
                    "malformed JSON: the document ends in the middle of a value");
            case CHARACTER -> LocalizedText.of("JSON sai cú pháp: ký tự '%s' không được phép ở đây",
                    "malformed JSON: character '%s' is not allowed here").formatted(shown(token));
            case WORD -> LocalizedText.of("JSON sai cú pháp: \"%s\" không phải giá trị JSON",
                    "malformed JSON: \"%s\" is not a JSON value").formatted(shown(token));
            case CONTROL -> LocalizedText.of("JSON sai cú pháp: ký tự điều khiển chưa thoát trong chuỗi",
                    "malformed JSON: an unescaped control character in a string");
            case ESCAPE -> LocalizedText.of("JSON sai cú pháp: chuỗi thoát không hợp lệ",
                    "malformed JSON: an invalid escape sequence");
            case NUMBER -> LocalizedText.of("JSON sai cú pháp: số không hợp lệ", "malformed JSON: an invalid number");
            case CLOSE -> LocalizedText.of("JSON sai cú pháp: dấu đóng ']' hoặc '}' không khớp với dấu mở",
                    "malformed JSON: the closing ']' or '}' does not match what it closes");
            case NON_NUMERIC -> LocalizedText.of("JSON sai cú pháp: NaN và Infinity không phải số JSON",
                    "malformed JSON: NaN and Infinity are not JSON numbers");
            case OTHER -> LocalizedText.of("JSON sai cú pháp", "malformed JSON");
        };
    }

    /** What a syntax error is about. */
    public enum Syntax {
        /** The input ends inside a value. */
        END,
        /** A character where none of its kind may be. */
        CHARACTER,
        /** A bare word. */
        WORD,
        /** A control character in a string. */
        CONTROL,
        /** A bad escape. */
        ESCAPE,
        /** A malformed number. */
        NUMBER,
        /** A closing bracket or brace that closes nothing open. */
        CLOSE,
        /** NaN or Infinity. */
        NON_NUMERIC,
        /** Anything else. */
        OTHER
    }

    /**
     * @param reason the I/O failure's own message (the operating system's), or {@code null}
     * @return the text
     */
    public static LocalizedText io(String reason) {
        return reason == null ? LocalizedText.of("lỗi đọc dữ liệu", "the input could not be read")
                : LocalizedText.of("lỗi đọc dữ liệu: %s", "the input could not be read: %s").formatted(reason);
    }

    /** The JSON types a reader expects or finds, named in both languages. */
    public enum JsonType {
        /** An object. */
        OBJECT("đối tượng", "an object"),
        /** An array. */
        ARRAY("mảng", "an array"),
        /** A string. */
        STRING("chuỗi", "a string"),
        /** An integer. */
        INTEGER("số nguyên", "an integer"),
        /** A number with a fraction or exponent. */
        DECIMAL("số thập phân", "a decimal number"),
        /** Any number. */
        NUMBER("số", "a number"),
        /** true or false. */
        BOOLEAN("true hoặc false", "true or false"),
        /** null. */
        NULL("null", "null"),
        /** A date-time string. */
        DATE_TIME("chuỗi ngày giờ ISO-8601", "an ISO-8601 date-time string"),
        /** A date string. */
        DATE("chuỗi ngày ISO-8601 (yyyy-MM-dd)", "an ISO-8601 date string (yyyy-MM-dd)"),
        /** A value of the format's own kind. */
        VALUE("giá trị đúng định dạng", "a value of the right form"),
        /** Nothing: the input ended. */
        END("hết dữ liệu", "the end of the input");

        private final String vi;
        private final String en;

        JsonType(String vi, String en) {
            this.vi = vi;
            this.en = en;
        }

        /** @return the Vietnamese name */
        public String vi() {
            return vi;
        }

        /** @return the English name */
        public String en() {
            return en;
        }

        /**
         * The JSON type a Java type is read from.
         *
         * @param type the Java type, or {@code null}
         * @return the JSON type
         */
        public static JsonType of(Class<?> type) {
            if (type == null) {
                return VALUE;
            }
            if (type == String.class || type == Character.class || type == char.class || type.isEnum()) {
                return STRING;
            }
            if (type == Boolean.class || type == boolean.class) {
                return BOOLEAN;
            }
            if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                    || type == Short.class || type == short.class || type == Byte.class || type == byte.class
                    || type == java.math.BigInteger.class) {
                return INTEGER;
            }
            if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
                return NUMBER;
            }
            if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class
                    || type == java.time.ZonedDateTime.class || type == java.time.LocalDateTime.class) {
                return DATE_TIME;
            }
            if (type == java.time.LocalDate.class) {
                return DATE;
            }
            if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
                return ARRAY;
            }
            Class<?> written = writtenAs(type);
            if (written != null) {
                return of(written);
            }
            if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()
                    || type.getName().startsWith("com.fasterxml.jackson.databind.node.ObjectNode")) {
                return OBJECT;
            }
            return VALUE;
        }

        /**
         * What a value type is written as: the type its {@code @JsonValue} method returns (an identifier is a string,
         * an amount an integer, however the class is declared), or {@code null} when it has none.
         */
        private static Class<?> writtenAs(Class<?> type) {
            for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
                com.fasterxml.jackson.annotation.JsonValue value =
                        m.getAnnotation(com.fasterxml.jackson.annotation.JsonValue.class);
                if (value != null && value.value() && m.getParameterCount() == 0 && m.getReturnType() != type) {
                    return m.getReturnType();
                }
            }
            return null;
        }
    }

    /**
     * A value as a message may show it: at most 40 characters, masked where it could be personal data.
     *
     * @param value the value
     * @return the shown form
     */
    public static String shown(String value) {
        if (value == null) {
            return "null";
        }
        String masked = Masking.inMessage(value);
        return masked.length() <= 40 ? masked : masked.substring(0, 37) + "...";
    }
}
