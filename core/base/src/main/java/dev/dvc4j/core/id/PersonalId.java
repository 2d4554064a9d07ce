package dev.dvc4j.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.Chars;
import dev.dvc4j.core.internal.id.PersonalIdPlaces;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Vietnamese personal identification number (số định danh cá nhân, printed on the CCCD): 12 digits. Digits 1–3
 * are the place of birth registration (a code of the 63-province list, {@code 001} Hà Nội to {@code 096} Cà Mau),
 * digit 4 the century and sex (1900s: 0 male, 1 female; 2000s: 2/3; 2100s: 4/5; 2200s: 6/7; 2300s: 8/9), digits
 * 5–6 the last two digits of the birth year, then six random digits. There is no check digit, so a typing error in
 * the last six digits cannot be detected; {@link #check(LocalDate, Sex)} compares the encoded year and sex with what
 * the person declared.
 *
 * <p>{@link #toString()} masks the number.
 *
 * @param value the 12 digits
 */
public record PersonalId(String value) implements Serializable {

    /** Validates the format and the place code. */
    public PersonalId {
        Objects.requireNonNull(value, "value");
        if (!Chars.digits(value, 12)) {
            throw new InvalidIdentifierException("PersonalId", Masking.mask(value), LocalizedText.of(
                    "Số định danh cá nhân \"%s\" phải gồm đúng 12 chữ số",
                    "Personal identification number \"%s\" must be exactly 12 digits").formatted(Masking.mask(value)));
        }
        if (!PersonalIdPlaces.isKnown(value.substring(0, 3))) {
            throw new InvalidIdentifierException("PersonalId", Masking.mask(value), LocalizedText.of(
                    "Số định danh cá nhân \"%s\" có mã nơi đăng ký khai sinh %s không thuộc danh mục 63 tỉnh (001–096)",
                    "Personal identification number \"%s\" has place-of-registration code %s, which is not in the "
                            + "63-province list (001–096)").formatted(Masking.mask(value), value.substring(0, 3)));
        }
    }

    /**
     * Parses a personal identification number, ignoring surrounding whitespace.
     *
     * @param text the text
     * @return the number
     * @throws InvalidIdentifierException if malformed or its place code is unknown
     */
    @JsonCreator
    public static PersonalId parse(String text) {
        Objects.requireNonNull(text, "text");
        return new PersonalId(text.strip());
    }

    /**
     * Whether a text is a valid personal identification number ({@link #parse(String)} would accept it).
     *
     * @param text the text, or {@code null} (never valid)
     * @return whether it is valid
     */
    public static boolean isValid(@Nullable String text) {
        if (text == null) {
            return false;
        }
        String s = text.strip();
        return Chars.digits(s, 12) && PersonalIdPlaces.isKnown(s.substring(0, 3));
    }

    /** @return the digits, unmasked (for the wire format; never log this) */
    @JsonValue
    public String value() {
        return value;
    }

    /** @return the three-digit place-of-registration code, {@code "079"} */
    public String placeCode() {
        return value.substring(0, 3);
    }

    /**
     * The province where the birth was registered: a unit of the 63-province list in force until 2025-06-30, which
     * the number keeps for life, as the bundled gazetteer names it. Use {@link Provinces#placeOfRegistration(PersonalId)}
     * on the runtime's gazetteer ({@link IdentifierPoints#PROVINCES}) when a host or vendor plugs in its own, and
     * {@link Provinces#current(Province, LocalDate)} for the unit that administers that area today.
     *
     * @return the province
     */
    public Province placeOfRegistration() {
        return Provinces.bundled().placeOfRegistration(this);
    }

    /**
     * The birth century, as its first year.
     *
     * @return 1900, 2000, 2100, 2200 or 2300
     */
    public int century() {
        return 1900 + 100 * ((value.charAt(3) - '0') / 2);
    }

    /** @return the birth year, century plus digits 5–6 */
    public int birthYear() {
        return century() + Integer.parseInt(value.substring(4, 6));
    }

    /** @return the sex encoded in digit 4: even is male, odd is female */
    public Sex sex() {
        return (value.charAt(3) - '0') % 2 == 0 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * Compares the encoded birth year and sex with a person's declared birth date and sex.
     *
     * @param birthDate the declared birth date
     * @param sex the declared sex
     * @return every mismatch, empty if both agree
     */
    public List<PersonalIdMismatch> check(LocalDate birthDate, Sex sex) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        List<PersonalIdMismatch> out = new ArrayList<>(2);
        if (birthDate.getYear() != birthYear()) {
            out.add(new PersonalIdMismatch(PersonalIdMismatch.Field.BIRTH_YEAR,
                    String.valueOf(birthDate.getYear()), String.valueOf(birthYear()), LocalizedText.of(
                    "Năm sinh khai là %d nhưng số định danh cá nhân mã hóa năm %d",
                    "Declared birth year is %d but the personal identification number encodes %d")
                    .formatted(birthDate.getYear(), birthYear())));
        }
        if (sex != sex()) {
            out.add(new PersonalIdMismatch(PersonalIdMismatch.Field.SEX, sex.name(), sex().name(), LocalizedText.of(
                    "Giới tính khai là " + sex.label().vi() + " nhưng số định danh cá nhân mã hóa " + sex().label().vi(),
                    "Declared sex is " + sex.label().en() + " but the personal identification number encodes "
                            + sex().label().en())));
        }
        return List.copyOf(out);
    }

    /**
     * Whether the encoded birth year and sex agree with a person's declared ones.
     *
     * @param birthDate the declared birth date
     * @param sex the declared sex
     * @return {@code true} if {@link #check(LocalDate, Sex)} finds nothing
     */
    public boolean matches(LocalDate birthDate, Sex sex) {
        return check(birthDate, sex).isEmpty();
    }

    /**
     * Requires the encoded birth year and sex to agree with a person's declared ones.
     *
     * @param birthDate the declared birth date
     * @param sex the declared sex
     * @throws PersonalIdMismatchException listing every mismatch
     */
    public void verify(LocalDate birthDate, Sex sex) {
        List<PersonalIdMismatch> mismatches = check(birthDate, sex);
        if (!mismatches.isEmpty()) {
            throw new PersonalIdMismatchException(Masking.mask(value), mismatches);
        }
    }

    /** The masked number, {@code 0791******45}. */
    @Override
    public String toString() {
        return Masking.mask(value);
    }
}
