package dev.dvc4j.examples.cli;

/** Escaping for HTML and SVG text and attribute values. */
final class Html {

    private Html() {
    }

    /**
     * Escapes {@code & < > " '}.
     *
     * @param s the text
     * @return the escaped text
     */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
