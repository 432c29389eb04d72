/**
 * Charts drawn at build time: plain data in, the geometry of an SVG scene out (rectangles, lines
 * and labels in a fixed coordinate space), which `src/components/SvgChart.astro` writes as markup.
 * No JavaScript runs in the browser. Scales and ticks come from d3-scale; months and their names
 * from the date module.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { formatShortMonth, monthOf, monthsFromTo, addMonths } from '../core/dates.ts';

/** What a mark stands for; each has its own fill in the stylesheet. */
export const TONES = ['spoke', 'mentioned', 'count', 'axis', 'grid', 'label', 'lane'] as const;
export type Tone = (typeof TONES)[number];

export interface RectMark {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  tone: Tone;
  /** Heat of a heat-map cell, 0 to 1; the fill's opacity. */
  heat?: number;
  /** Shown on hover, e.g. "April 2023: 2 articles". */
  title?: string;
}

export interface LineMark {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  tone: Tone;
}

export interface TextMark {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  tone: Tone;
}

export type Mark = RectMark | LineMark | TextMark;

/** An SVG scene: its size in user units and its marks, drawn in order. */
export interface Scene {
  width: number;
  height: number;
  marks: Mark[];
}

/** Width of every chart in user units; the page scales it, and narrow screens scroll it. */
export const CHART_WIDTH = 640;
/** Height of a label line, in user units; labels are set at 14. */
const LINE = 18;
const PLOT_HEIGHT = 140;
const LANE_HEIGHT = 22;
/** Rough width of a label character at 14 user units, to keep labels inside the chart. */
const CHAR_WIDTH = 7.5;
const MARGIN = { top: 10, right: 12, left: 44 };
/** Fewest months a time axis shows, so a single appearance does not fill the whole width. */
export const MIN_MONTHS = 12;
/** Most labels on a time axis. */
const MAX_MONTH_LABELS = 6;

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The months a time axis covers: from the month of the earliest to that of the latest of `days`,
 * widened evenly on both sides to at least `MIN_MONTHS`. Empty when there are no days.
 */
export function monthAxis(days: Iterable<string>): string[] {
  let first: string | undefined;
  let last: string | undefined;
  for (const day of days) {
    const month = monthOf(day);
    if (first === undefined || month < first) first = month;
    if (last === undefined || month > last) last = month;
  }
  if (first === undefined || last === undefined) return [];
  const months = monthsFromTo(first, last);
  const missing = MIN_MONTHS - months.length;
  if (missing <= 0) return months;
  const before = Math.floor(missing / 2);
  return monthsFromTo(addMonths(first, -before), addMonths(last, missing - before));
}

/**
 * Which months of an axis get a label: every January (as the year) when the axis spans years
 * enough, else every n-th month (as "Apr 2023"), at most `MAX_MONTH_LABELS` of them.
 */
export function monthLabels(months: readonly string[]): { index: number; text: string }[] {
  const steps = [1, 2, 3, 6];
  const step = steps.find((candidate) => Math.ceil(months.length / candidate) <= MAX_MONTH_LABELS);
  if (step !== undefined) {
    return months.flatMap((month, index) =>
      index % step === 0 ? [{ index, text: formatShortMonth(month) }] : [],
    );
  }
  const years = months.flatMap((month, index) =>
    month.endsWith('-01') ? [{ index, year: month.slice(0, 4) }] : [],
  );
  const yearStep = Math.max(1, Math.ceil(years.length / MAX_MONTH_LABELS));
  return years.filter((_, n) => n % yearStep === 0).map(({ index, year }) => ({ index, text: year }));
}

/** One column of a column chart: its stacked segments, bottom first. */
export interface Column {
  /** Hover text for the whole column. */
  title: string;
  segments: { tone: Tone; value: number }[];
}

/** A role lane of a timeline: its number and, per month index, how the person took part in that role. */
export interface Lane {
  /** Shown at the lane's left: the role group's number in the list of roles. */
  label: string;
  marks: { index: number; tone: Tone; title: string }[];
}

/**
 * Stacked columns over a month axis, with a count axis on the left, and optionally one lane per
 * role under the columns, each a row of marks in the months the role is attested.
 */
export function monthColumns(
  months: readonly string[],
  columns: readonly Column[],
  lanes: readonly Lane[] = [],
): Scene {
  const marks: Mark[] = [];
  const right = CHART_WIDTH - MARGIN.right;
  const x = scaleBand<number>()
    .domain(months.map((_, index) => index))
    .range([MARGIN.left, right])
    .paddingInner(months.length > 60 ? 0 : 0.2);
  const band = x.bandwidth();
  const barWidth = Math.max(round(Math.min(band, 48)), 1);
  const offset = (band - barWidth) / 2;
  const highest = Math.max(
    1,
    ...columns.map((column) => sum(column.segments.map((segment) => segment.value))),
  );
  const plotBottom = MARGIN.top + PLOT_HEIGHT;
  const y = scaleLinear().domain([0, highest]).range([plotBottom, MARGIN.top]).nice(4);
  for (const tick of y.ticks(4).filter((value) => Number.isInteger(value))) {
    const at = round(y(tick));
    marks.push({
      kind: 'line',
      x1: MARGIN.left,
      y1: at,
      x2: right,
      y2: at,
      tone: tick === 0 ? 'axis' : 'grid',
    });
    marks.push({
      kind: 'text',
      x: MARGIN.left - 6,
      y: round(at + 5),
      text: String(tick),
      anchor: 'end',
      tone: 'label',
    });
  }
  columns.forEach((column, index) => {
    let base = 0;
    for (const { tone, value } of column.segments) {
      if (value <= 0) continue;
      const top = y(base + value);
      marks.push({
        kind: 'rect',
        x: round((x(index) ?? 0) + offset),
        y: round(top),
        width: barWidth,
        height: round(y(base) - top),
        tone,
        title: column.title,
      });
      base += value;
    }
  });
  let laneTop = plotBottom + 14;
  for (const lane of lanes) {
    marks.push({ kind: 'line', x1: MARGIN.left, y1: laneTop + 6, x2: right, y2: laneTop + 6, tone: 'lane' });
    marks.push({
      kind: 'text',
      x: MARGIN.left - 6,
      y: laneTop + 11,
      text: lane.label,
      anchor: 'end',
      tone: 'label',
    });
    for (const mark of lane.marks) {
      marks.push({
        kind: 'rect',
        x: round((x(mark.index) ?? 0) + offset),
        y: laneTop,
        width: barWidth,
        height: 12,
        tone: mark.tone,
        title: mark.title,
      });
    }
    laneTop += LANE_HEIGHT;
  }
  const labelsTop = laneTop + (lanes.length > 0 ? 2 : 6);
  for (const { index, text } of monthLabels(months)) {
    const at = round((x(index) ?? 0) + band / 2);
    marks.push({ kind: 'line', x1: at, y1: labelsTop - 4, x2: at, y2: labelsTop, tone: 'axis' });
    marks.push({
      kind: 'text',
      x: at,
      y: labelsTop + 14,
      text,
      anchor: anchorInside(at, text, right),
      tone: 'label',
    });
  }
  return { width: CHART_WIDTH, height: labelsTop + LINE + 4, marks };
}

/** One bar of a bar chart: its label (drawn above it), its value and its hover text. */
export interface Bar {
  label: string;
  value: number;
}

/** Horizontal bars, longest first as given, each with its label above and its value at its end. */
export function horizontalBars(bars: readonly Bar[]): Scene {
  const marks: Mark[] = [];
  const left = 4;
  const right = CHART_WIDTH - 56;
  const highest = Math.max(1, ...bars.map((bar) => bar.value));
  const x = scaleLinear().domain([0, highest]).range([left, right]);
  const rowHeight = LINE + 18;
  bars.forEach((bar, index) => {
    const top = index * rowHeight + 4;
    const end = round(Math.max(x(bar.value), left + 2));
    marks.push({ kind: 'text', x: left, y: top + 13, text: bar.label, anchor: 'start', tone: 'label' });
    marks.push({
      kind: 'rect',
      x: left,
      y: top + LINE,
      width: round(end - left),
      height: 14,
      tone: 'count',
      title: `${bar.label}: ${bar.value}`,
    });
    marks.push({
      kind: 'text',
      x: end + 6,
      y: top + LINE + 12,
      text: String(bar.value),
      anchor: 'start',
      tone: 'label',
    });
  });
  return { width: CHART_WIDTH, height: bars.length * rowHeight + 8, marks };
}

/** One row of a heat map: its label and a value per column. */
export interface HeatRow {
  label: string;
  values: readonly number[];
}

/**
 * A heat map: rows labelled on the left, one cell per column whose opacity grows with its value
 * (an empty outline for zero), and the column labels under it.
 */
export function heatMap(columnLabels: readonly string[], rows: readonly HeatRow[]): Scene {
  const marks: Mark[] = [];
  const labelWidth = 250;
  const right = CHART_WIDTH - MARGIN.right;
  const x = scaleBand<number>()
    .domain(columnLabels.map((_, index) => index))
    .range([labelWidth, right])
    .paddingInner(0.08);
  const cell = round(x.bandwidth());
  const highest = Math.max(1, ...rows.flatMap((row) => row.values));
  rows.forEach((row, rowIndex) => {
    const top = rowIndex * LINE + 4;
    marks.push({
      kind: 'text',
      x: labelWidth - 8,
      y: top + 12,
      // The full label is in each cell's title and in the data table under the chart.
      text: fitLabel(row.label, Math.floor((labelWidth - 8) / CHAR_WIDTH)),
      anchor: 'end',
      tone: 'label',
    });
    row.values.forEach((value, columnIndex) => {
      marks.push({
        kind: 'rect',
        x: round(x(columnIndex) ?? 0),
        y: top,
        width: cell,
        height: LINE - 3,
        tone: value > 0 ? 'count' : 'grid',
        heat: value > 0 ? round(0.15 + (0.85 * value) / highest) : 0,
        title: `${row.label}, ${columnLabels[columnIndex] ?? ''}: ${value}`,
      });
    });
  });
  const labelsTop = rows.length * LINE + 8;
  const every = Math.max(1, Math.ceil(columnLabels.length / MAX_MONTH_LABELS));
  columnLabels.forEach((text, index) => {
    if (index % every !== 0) return;
    marks.push({
      kind: 'text',
      x: round(x(index) ?? 0),
      y: labelsTop + 14,
      text,
      anchor: 'start',
      tone: 'label',
    });
  });
  return { width: CHART_WIDTH, height: labelsTop + LINE + 4, marks };
}

/** `label` cut at a word with an ellipsis when it has more than `maxLength` characters. */
export function fitLabel(label: string, maxLength: number): string {
  if (label.length <= maxLength) return label;
  const cut = label.lastIndexOf(' ', maxLength - 1);
  return `${label.slice(0, cut > 0 ? cut : maxLength - 1)}…`;
}

/** Centres a label on `at`, unless that would run it past the chart's left or right edge. */
function anchorInside(at: number, text: string, right: number): TextMark['anchor'] {
  const half = (text.length * CHAR_WIDTH) / 2;
  if (at - half < 0) return 'start';
  if (at + half > right + MARGIN.right) return 'end';
  return 'middle';
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
