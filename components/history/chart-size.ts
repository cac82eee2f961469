/** A chart's height in pixels: uPlot's canvas, and the place kept for it before it is drawn. */
export const CHART_HEIGHT = 260;
