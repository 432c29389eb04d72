/**
 * The archive at a glance, for the overview page: articles per month, the most frequent speakers
 * and themes over time, each as an SVG scene (`charts.ts`) with the same data for its table. One
 * pass over the articles, so it stays cheap at tens of thousands of them.
 */
import { formatMonthOf, formatShortMonth, monthOf, monthsFromTo } from '../core/dates.ts';
import type { Archive, Person, Theme } from '../core/schemas.ts';
import { compareText, countOf } from '../core/text.ts';
import { heatMap, horizontalBars, monthColumns, type Scene } from './charts.ts';
import { byName, type PersonProfile } from './people.ts';

/** How many speakers the speakers chart and table show. */
export const SPEAKER_LIMIT = 15;
/** How many themes the themes chart draws (the table lists them all). */
export const THEME_CHART_LIMIT = 20;
/** Themes are counted by year once the archive spans at least this many calendar years, else by month. */
export const YEARS_FOR_YEARLY_THEMES = 3;

/** One chart of the overview: its accessible name, its description and its scene. */
export interface OverviewChart {
  title: string;
  summary: string;
  scene: Scene;
}

export interface Overview {
  articleCount: number;
  /** Every month from the first to the last article's, with its number of articles (by publication day). */
  months: { month: string; count: number }[];
  perMonth: OverviewChart;
  /** The people who spoke in most articles, with how often they spoke and were mentioned. */
  speakers: { person: Person; spoke: number; mentioned: number }[];
  speakersChart: OverviewChart;
  /** The periods themes are counted by (years or months, `YYYY` or `YYYY-MM`), oldest first, with their labels. */
  periods: { period: string; label: string }[];
  /** Every theme with at least one article, most articles first, with its count per period. */
  themes: { theme: Theme; total: number; counts: number[] }[];
  themesChart: OverviewChart;
}

/** The overview of `archive`; `undefined` when it has no articles. */
export function buildOverview(archive: Archive, profiles: Iterable<PersonProfile>): Overview | undefined {
  const { articles } = archive;
  if (articles.length === 0) return undefined;
  const perMonthCounts = new Map<string, number>();
  let first = '';
  let last = '';
  for (const { published } of articles) {
    const month = monthOf(published);
    perMonthCounts.set(month, (perMonthCounts.get(month) ?? 0) + 1);
    if (first === '' || month < first) first = month;
    if (last === '' || month > last) last = month;
  }
  const months = monthsFromTo(first, last).map((month) => ({ month, count: perMonthCounts.get(month) ?? 0 }));
  const busiest = months.reduce((best, row) => (row.count > best.count ? row : best));
  const perMonth: OverviewChart = {
    title: 'Articles per month',
    summary: `${countOf(articles.length, 'article')} from ${formatMonthOf(first)} to ${formatMonthOf(last)}, by the month the source published them; the most, ${busiest.count}, in ${formatMonthOf(busiest.month)}.`,
    scene: monthColumns(
      months.map((row) => row.month),
      months.map((row) => ({
        title: `${formatMonthOf(row.month)}: ${countOf(row.count, 'article')}`,
        segments: [{ tone: 'count' as const, value: row.count }],
      })),
    ),
  };

  const speakers = [...profiles]
    .filter((profile) => profile.spoke > 0)
    .sort((a, b) => b.spoke - a.spoke || b.mentioned - a.mentioned || byName(a.person, b.person))
    .slice(0, SPEAKER_LIMIT)
    .map(({ person, spoke, mentioned }) => ({ person, spoke, mentioned }));
  const speakersChart: OverviewChart = {
    title: 'The most frequent speakers',
    summary:
      speakers.length === 0
        ? 'No article names a speaker yet.'
        : `The ${countOf(speakers.length, 'person', 'people')} who spoke at the most events, by the number of articles reporting them speaking; ${speakers[0]?.person.name} leads with ${speakers[0]?.spoke}.`,
    scene: horizontalBars(speakers.map(({ person, spoke }) => ({ label: person.name, value: spoke }))),
  };

  const yearly = Number(last.slice(0, 4)) - Number(first.slice(0, 4)) + 1 >= YEARS_FOR_YEARLY_THEMES;
  const periodKeys = yearly
    ? Array.from({ length: Number(last.slice(0, 4)) - Number(first.slice(0, 4)) + 1 }, (_, n) =>
        String(Number(first.slice(0, 4)) + n),
      )
    : monthsFromTo(first, last);
  const periodIndex = new Map(periodKeys.map((period, index) => [period, index]));
  const themeCounts = new Map<string, number[]>();
  for (const article of articles) {
    const month = monthOf(article.published);
    const index = periodIndex.get(yearly ? month.slice(0, 4) : month) ?? 0;
    for (const id of new Set(article.themes)) {
      const counts = themeCounts.get(id) ?? periodKeys.map(() => 0);
      counts[index] = (counts[index] ?? 0) + 1;
      themeCounts.set(id, counts);
    }
  }
  const themes = [...themeCounts]
    .flatMap(([id, counts]) => {
      const theme = archive.themes.get(id);
      return theme ? [{ theme, counts, total: counts.reduce((sum, count) => sum + count, 0) }] : [];
    })
    .sort((a, b) => b.total - a.total || compareText(a.theme.label, b.theme.label));
  const periods = periodKeys.map((period) => ({ period, label: yearly ? period : formatShortMonth(period) }));
  const charted = themes.slice(0, THEME_CHART_LIMIT);
  const themesChart: OverviewChart = {
    title: 'Themes over time',
    summary: `${themes.length > charted.length ? `The ${charted.length} most frequent of ${countOf(themes.length, 'theme')}` : `All ${countOf(themes.length, 'theme')}`}, one row each, most articles first; each cell is ${yearly ? 'a year' : 'a month'}, darker for more articles.`,
    scene: heatMap(
      periods.map((period) => period.label),
      charted.map(({ theme, counts }) => ({
        label: theme.label,
        values: counts,
      })),
    ),
  };
  return {
    articleCount: articles.length,
    months,
    perMonth,
    speakers,
    speakersChart,
    periods,
    themes,
    themesChart,
  };
}
