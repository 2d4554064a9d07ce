package dev.dvc4j.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns; numbers are right-aligned. */
public final class TextTable {

    private final List<String> headers;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param headers the column headers
     */
    public TextTable(String... headers) {
        this.headers = List.of(headers);
        this.right = new boolean[headers.length];
    }

    /**
     * Right-aligns columns.
     *
     * @param columns the column indexes
     * @return this table
     */
    public TextTable right(int... columns) {
        for (int c : columns) {
            right[c] = true;
        }
        return this;
    }

    /**
     * Adds a row.
     *
     * @param cells one value per column ({@code null} prints as empty)
     * @return this table
     */
    public TextTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(c == null ? "" : c.toString());
        }
        rows.add(r);
        return this;
    }

    /** @return the number of rows */
    public int size() {
        return rows.size();
    }

    /**
     * Prints the table.
     *
     * @param out where
     */
    public void print(PrintWriter out) {
        int[] w = new int[headers.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = width(headers.get(i));
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], width(r.get(i)));
            }
        }
        line(out, headers, w);
        StringBuilder sep = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            sep.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
        }
        out.println(sep);
        for (List<String> r : rows) {
            line(out, r, w);
        }
    }

    private void line(PrintWriter out, List<String> cells, int[] w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            String c = cells.get(i);
            String pad = " ".repeat(w[i] - width(c));
            b.append(i == 0 ? "" : "  ").append(right[i] ? pad + c : (i == w.length - 1 ? c : c + pad));
        }
        out.println(b);
    }

    private static int width(String s) {
        // Vietnamese text may carry combining marks; they take no column.
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }
}
