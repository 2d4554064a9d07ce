package dev.dvc4j.core.internal;

/**
 * Allocation-free character checks for the identifier and duration parsers (hot paths of JSON reading). Not part of
 * the API.
 */
public final class Chars {

    private Chars() {
    }

    /** @return whether {@code s} is exactly {@code n} ASCII digits */
    public static boolean digits(CharSequence s, int n) {
        return s != null && s.length() == n && digits(s, 0, n);
    }

    /** @return whether {@code s[from, to)} are all ASCII digits */
    public static boolean digits(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** @return whether {@code c} is an ASCII digit or upper-case letter */
    public static boolean upperAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }

    /**
     * @return whether {@code s} has the shape {@code XXX.XX.XX.XXX} of QCVN 102:2016, each {@code X} an ASCII digit or
     *         upper-case letter
     */
    public static boolean agencyShape(String s) {
        if (s == null || s.length() != 13) {
            return false;
        }
        for (int i = 0; i < 13; i++) {
            char c = s.charAt(i);
            if (i == 3 || i == 6 || i == 9 ? c != '.' : !upperAlnum(c)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether {@code s} is 1 to {@code max} ASCII digits or upper-case letters */
    public static boolean upperAlnum(CharSequence s, int max) {
        if (s == null || s.isEmpty() || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }
}
