import { describe, expect, it } from 'vitest';
import {
  CHART_WIDTH,
  fitLabel,
  heatMap,
  horizontalBars,
  MIN_MONTHS,
  monthAxis,
  monthColumns,
  monthLabels,
  type Mark,
  type RectMark,
  type Scene,
} from '../../../src/site/charts.ts';
import { monthsFromTo } from '../../../src/core/dates.ts';

const rects = (scene: Scene, tone?: RectMark['tone']): RectMark[] =>
  scene.marks.filter(
    (mark): mark is RectMark => mark.kind === 'rect' && (tone === undefined || mark.tone === tone),
  );
const texts = (scene: Scene): string[] =>
  scene.marks.flatMap((mark: Mark) => (mark.kind === 'text' ? [mark.text] : []));

function insideChart(scene: Scene): void {
  for (const mark of scene.marks) {
    if (mark.kind === 'rect') {
      expect(mark.x).toBeGreaterThanOrEqual(0);
      expect(mark.x + mark.width).toBeLessThanOrEqual(scene.width);
      expect(mark.y + mark.height).toBeLessThanOrEqual(scene.height);
      expect(mark.width).toBeGreaterThan(0);
    }
  }
}

describe('monthAxis', () => {
  it('widens a single month to a year around it', () => {
    const axis = monthAxis(['2023-04-17']);
    expect(axis).toHaveLength(MIN_MONTHS);
    expect(axis).toContain('2023-04');
    expect(axis[0]).toBe('2022-11');
    expect(axis.at(-1)).toBe('2023-10');
  });

  it('covers the first to the last month when they span more than a year', () => {
    const axis = monthAxis(['2023-11-09', '2014-01-02', '2018-06-30']);
    expect(axis[0]).toBe('2014-01');
    expect(axis.at(-1)).toBe('2023-11');
    expect(axis).toHaveLength(119);
  });

  it('is empty without days', () => expect(monthAxis([])).toEqual([]));
});

describe('monthLabels', () => {
  it('labels short axes with month names, at most six', () => {
    const labels = monthLabels(monthsFromTo('2022-10', '2023-09'));
    expect(labels.map((label) => label.text)).toEqual([
      'Oct 2022',
      'Dec 2022',
      'Feb 2023',
      'Apr 2023',
      'Jun 2023',
      'Aug 2023',
    ]);
  });

  it('labels years on an axis of ten years', () => {
    const labels = monthLabels(monthsFromTo('2014-01', '2023-12'));
    expect(labels.length).toBeLessThanOrEqual(6);
    expect(labels.map((label) => label.text)).toEqual(['2014', '2016', '2018', '2020', '2022']);
  });
});

describe('monthColumns', () => {
  const months = monthsFromTo('2022-10', '2023-09');
  const columns = months.map((month) => ({
    title: month,
    segments: [
      { tone: 'spoke' as const, value: month === '2023-04' ? 3 : 0 },
      { tone: 'mentioned' as const, value: month === '2023-04' ? 1 : month === '2023-05' ? 2 : 0 },
    ],
  }));

  it('stacks what someone spoke at under what only mentions them, heights in proportion', () => {
    const scene = monthColumns(months, columns);
    const [spoke] = rects(scene, 'spoke');
    const mentioned = rects(scene, 'mentioned');
    expect(rects(scene, 'spoke')).toHaveLength(1);
    expect(mentioned).toHaveLength(2);
    if (!spoke || !mentioned[0] || !mentioned[1]) throw new Error('missing columns');
    expect(mentioned[0].x).toBe(spoke.x);
    expect(mentioned[0].y + mentioned[0].height).toBeCloseTo(spoke.y, 0);
    expect(spoke.height / mentioned[0].height).toBeCloseTo(3, 0);
    expect(mentioned[1].height).toBeCloseTo(2 * mentioned[0].height, 0);
    insideChart(scene);
  });

  it('draws whole-number ticks up to the highest column', () => {
    const labels = texts(monthColumns(months, columns));
    expect(labels).toEqual(expect.arrayContaining(['0', '1', '2', '3', '4']));
    expect(labels).not.toContain('0.5');
  });

  it('adds a numbered lane under the columns for each role, with marks in its months', () => {
    const scene = monthColumns(months, columns, [
      { label: '1', marks: [{ index: 6, tone: 'spoke', title: 'April 2023' }] },
      { label: '2', marks: [{ index: 7, tone: 'mentioned', title: 'May 2023' }] },
    ]);
    expect(texts(scene)).toEqual(expect.arrayContaining(['1', '2']));
    const laneMarks = rects(scene).filter((mark) => mark.title === 'April 2023' || mark.title === 'May 2023');
    expect(laneMarks.map((mark) => mark.tone)).toEqual(['spoke', 'mentioned']);
    expect(scene.height).toBeGreaterThan(monthColumns(months, columns).height);
    insideChart(scene);
  });

  it('keeps hundreds of months inside the chart, each column at least one unit wide', () => {
    const many = monthsFromTo('1990-01', '2023-12');
    const scene = monthColumns(
      many,
      many.map((month, n) => ({ title: month, segments: [{ tone: 'count' as const, value: n % 7 }] })),
    );
    expect(scene.width).toBe(CHART_WIDTH);
    expect(rects(scene, 'count').length).toBeGreaterThan(300);
    insideChart(scene);
  });
});

describe('horizontalBars', () => {
  it('draws one bar per entry, the longest for the highest value, each labelled with name and value', () => {
    const scene = horizontalBars([
      { label: 'Zhou Pengju', value: 6 },
      { label: 'Hu Tao', value: 3 },
    ]);
    const [first, second] = rects(scene, 'count');
    expect(second?.width).toBeCloseTo((first?.width ?? 0) / 2, 0);
    expect(texts(scene)).toEqual(['Zhou Pengju', '6', 'Hu Tao', '3']);
    insideChart(scene);
  });
});

describe('heatMap', () => {
  it('shades each cell by its value and outlines empty ones', () => {
    const scene = heatMap(
      ['2022', '2023'],
      [
        { label: 'Talent', values: [0, 4] },
        { label: 'Science', values: [2, 1] },
      ],
    );
    const cells = rects(scene);
    expect(cells.map((cell) => [cell.tone, cell.heat])).toEqual([
      ['grid', 0],
      ['count', 1],
      ['count', 0.6],
      ['count', 0.4],
    ]);
    expect(texts(scene)).toEqual(['Talent', 'Science', '2022', '2023']);
    insideChart(scene);
  });

  it('shortens a row label too long for the room left of the cells, keeping it whole in the titles', () => {
    const long = 'Implementing Party and national policy on the revitalization of the Northeast';
    const scene = heatMap(['2023'], [{ label: long, values: [3] }]);
    const [label] = texts(scene);
    expect(label).toMatch(/…$/);
    expect(long.startsWith(label!.slice(0, -1))).toBe(true);
    const firstCell = rects(scene)[0]!;
    // Right-aligned against the cells, at most about 7.5 units a character: it must not run off the left.
    expect(label!.length * 7.5).toBeLessThanOrEqual(firstCell.x);
    expect(firstCell.title).toContain(long);
  });
});

describe('fitLabel', () => {
  it('keeps a short label whole', () => expect(fitLabel('Talent', 10)).toBe('Talent'));
  it('cuts a long label at a word, with an ellipsis', () => {
    expect(fitLabel('Implementing Party and national policy', 20)).toBe('Implementing Party…');
  });
});
