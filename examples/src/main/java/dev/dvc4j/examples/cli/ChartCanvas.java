package dev.dvc4j.examples.cli;

/**
 * What the report's charts draw on: the same drawing code makes the PNG ({@link PngCanvas}) and the inline SVG of the
 * HTML report ({@link SvgCanvas}), so both show the same chart. Coordinates are pixels from the top left; colours are
 * {@code #rrggbb}.
 */
interface ChartCanvas {

    /** How a text is placed on its x coordinate. */
    enum Anchor { START, MIDDLE, END }

    /** @return the width in pixels */
    int width();

    /** @return the height in pixels */
    int height();

    /**
     * A line.
     *
     * @param x1 start x
     * @param y1 start y
     * @param x2 end x
     * @param y2 end y
     * @param colour the colour
     * @param width the stroke width
     */
    void line(double x1, double y1, double x2, double y2, String colour, double width);

    /**
     * A filled rectangle.
     *
     * @param x left
     * @param y top
     * @param w width
     * @param h height
     * @param colour the fill
     */
    void rect(double x, double y, double w, double h, String colour);

    /**
     * A filled circle, with a tooltip where the canvas has them.
     *
     * @param cx centre x
     * @param cy centre y
     * @param r radius
     * @param colour the fill
     * @param tooltip the tooltip, or {@code null}
     */
    void circle(double cx, double cy, double r, String colour, String tooltip);

    /**
     * A polyline.
     *
     * @param xs the x coordinates
     * @param ys the y coordinates
     * @param colour the colour
     * @param width the stroke width
     */
    void polyline(double[] xs, double[] ys, String colour, double width);

    /**
     * A line of text, its baseline at {@code y}.
     *
     * @param x the anchor's x
     * @param y the baseline
     * @param text the text
     * @param size the font size in pixels
     * @param colour the colour
     * @param anchor where {@code x} is
     * @param bold whether bold
     */
    void text(double x, double y, String text, double size, String colour, Anchor anchor, boolean bold);

    /**
     * The width a text takes.
     *
     * @param text the text
     * @param size the font size in pixels
     * @param bold whether bold
     * @return the width in pixels
     */
    double textWidth(String text, double size, boolean bold);
}
