package dev.dvc4j.examples.cli;

import java.util.Locale;

/** A {@link ChartCanvas} that writes SVG 1.1 text, to inline in an HTML page (no external resource). */
final class SvgCanvas implements ChartCanvas {

    private final int width;
    private final int height;
    private final StringBuilder body = new StringBuilder();

    SvgCanvas(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String colour, double w) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"")
                .append(n(w)).append("\"/>\n");
    }

    @Override
    public void rect(double x, double y, double w, double h, String colour) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"").append(colour).append("\"/>\n");
    }

    @Override
    public void circle(double cx, double cy, double r, String colour, String tooltip) {
        body.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(colour).append('"');
        if (tooltip == null) {
            body.append("/>\n");
        } else {
            body.append("><title>").append(Html.escape(tooltip)).append("</title></circle>\n");
        }
    }

    @Override
    public void polyline(double[] xs, double[] ys, String colour, double w) {
        body.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"").append(n(w))
                .append("\" points=\"");
        for (int i = 0; i < xs.length; i++) {
            body.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        body.append("\"/>\n");
    }

    @Override
    public void text(double x, double y, String text, double size, String colour, Anchor anchor, boolean bold) {
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
                .append("\" fill=\"").append(colour).append('"');
        if (anchor != Anchor.START) {
            body.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        if (bold) {
            body.append(" font-weight=\"bold\"");
        }
        body.append('>').append(Html.escape(text)).append("</text>\n");
    }

    /** An estimate (the browser measures for itself): 0.56 em a character, 0.6 em in bold. */
    @Override
    public double textWidth(String text, double size, boolean bold) {
        return text.codePointCount(0, text.length()) * size * (bold ? 0.6 : 0.56);
    }

    /**
     * The SVG element.
     *
     * @param id the element's id
     * @param title the accessible title
     * @return the markup
     */
    String svg(String id, String title) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" + Html.escape(id) + "\" role=\"img\" viewBox=\"0 0 "
                + width + " " + height + "\" width=\"" + width + "\" height=\"" + height
                + "\" font-family=\"'DejaVu Sans', 'Noto Sans', Arial, sans-serif\" aria-labelledby=\"" + Html.escape(id)
                + "-title\">\n<title id=\"" + Html.escape(id) + "-title\">" + Html.escape(title) + "</title>\n" + body
                + "</svg>";
    }
}
