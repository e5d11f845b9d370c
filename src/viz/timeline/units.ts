// Measures the parts of the drawing share.

/**
 * Every position of the drawing to a thousandth of a pixel: finer than any screen shows, and
 * short, stable numbers in the SVG and in the tests.
 */
export const round = (n: number) => Math.round(n * 1000) / 1000;

/** The least room kept between a text and the drawing's left or right edge. */
export const EDGE = 4;
/** Between a mark and its text. */
export const LABEL_GAP = 6;
/** Between two texts in one lane. */
export const LANE_GAP = 10;
