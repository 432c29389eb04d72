/**
 * A person's timeline: their appearances by month, marked by role group and by whether they spoke
 * or were only mentioned, as an SVG scene (`charts.ts`) and as the same data in table rows.
 */
import { formatMonthOf, monthOf } from '../core/dates.ts';
import { roleKey } from '../core/roles.ts';
import { countOf } from '../core/text.ts';
import { monthAxis, monthColumns, type Lane, type Scene } from './charts.ts';
import type { PersonProfile } from './people.ts';

/** Label of the lane of appearances that state no role. */
export const NO_ROLE_LANE = 'none';

/** One month with appearances, for the timeline's table. */
export interface TimelineMonth {
  /** `YYYY-MM`. */
  month: string;
  spoke: number;
  mentioned: number;
  /** The role groups stated that month, by their number in the profile's list of roles (1 first). */
  roles: number[];
  /** Appearances that month stating no role. */
  withoutRole: number;
}

export interface Timeline {
  /** Accessible name of the chart. */
  title: string;
  /** What the chart shows, in a sentence or two, for its description. */
  summary: string;
  scene: Scene;
  /** Months with appearances, oldest first. */
  months: TimelineMonth[];
  /** Whether a lane holds appearances that state no role. */
  hasNoRoleLane: boolean;
}

/** The timeline of a profile; `undefined` for someone in no article. */
export function personTimeline(profile: PersonProfile): Timeline | undefined {
  const { person, appearances, roles } = profile;
  if (appearances.length === 0) return undefined;
  const axis = monthAxis(appearances.map((appearance) => appearance.day));
  const indexOfMonth = new Map(axis.map((month, index) => [month, index]));
  const groupNumber = new Map(roles.map((group, index) => [group.key, index + 1]));
  const byMonth = new Map<string, TimelineMonth>();
  // Per lane (role number, 0 for no role), per month: did they speak in that role that month, and how often.
  const laneCells = new Map<number, Map<string, { spoke: number; mentioned: number }>>();
  for (const { day, as, role } of appearances) {
    const month = monthOf(day);
    const row = byMonth.get(month) ?? { month, spoke: 0, mentioned: 0, roles: [], withoutRole: 0 };
    byMonth.set(month, row);
    if (as === 'speaker') row.spoke += 1;
    else row.mentioned += 1;
    const lane = role === undefined ? 0 : (groupNumber.get(roleKey(role)) ?? 0);
    if (lane === 0) row.withoutRole += 1;
    else if (!row.roles.includes(lane)) row.roles.push(lane);
    const cells = laneCells.get(lane) ?? new Map<string, { spoke: number; mentioned: number }>();
    laneCells.set(lane, cells);
    const cell = cells.get(month) ?? { spoke: 0, mentioned: 0 };
    cells.set(month, cell);
    if (as === 'speaker') cell.spoke += 1;
    else cell.mentioned += 1;
  }
  const months = [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
  for (const row of months) row.roles.sort((a, b) => a - b);
  const columns = axis.map((month) => {
    const row = byMonth.get(month);
    return {
      title: `${formatMonthOf(month)}: ${row ? monthInWords(row) : 'no appearances'}`,
      segments: [
        { tone: 'spoke' as const, value: row?.spoke ?? 0 },
        { tone: 'mentioned' as const, value: row?.mentioned ?? 0 },
      ],
    };
  });
  const laneNumbers = [...laneCells.keys()].filter((lane) => lane > 0).sort((a, b) => a - b);
  const hasNoRoleLane = laneCells.has(0);
  const lanes: Lane[] = [...laneNumbers, ...(hasNoRoleLane ? [0] : [])].map((lane) => ({
    label: lane === 0 ? NO_ROLE_LANE : String(lane),
    marks: [...(laneCells.get(lane) ?? new Map<string, { spoke: number; mentioned: number }>())].map(
      ([month, cell]) => ({
        index: indexOfMonth.get(month) ?? 0,
        tone: cell.spoke > 0 ? ('spoke' as const) : ('mentioned' as const),
        title: `${formatMonthOf(month)}, ${lane === 0 ? 'no role stated' : (roles[lane - 1]?.label ?? '')}: ${monthInWords(cell)}`,
      }),
    ),
  }));
  const first = months[0]?.month ?? '';
  const last = months.at(-1)?.month ?? '';
  const span =
    first === last ? `in ${formatMonthOf(first)}` : `from ${formatMonthOf(first)} to ${formatMonthOf(last)}`;
  return {
    title: `${person.name}’s appearances by month`,
    summary: `${countOf(appearances.length, 'appearance')} ${span}, in ${countOf(months.length, 'month')}: ${monthInWords(profile)}. Columns count the articles of each month, solid where ${person.name} spoke and hatched where only mentioned; each numbered row below them is a role from the list of roles.`,
    scene: monthColumns(axis, columns, lanes),
    months,
    hasNoRoleLane,
  };
}

/** "spoke at 2 events, mentioned in 1 article", leaving out a count of zero. */
export function monthInWords({ spoke, mentioned }: { spoke: number; mentioned: number }): string {
  const parts = [
    ...(spoke > 0 ? [`spoke at ${countOf(spoke, 'event')}`] : []),
    ...(mentioned > 0 ? [`mentioned in ${countOf(mentioned, 'article')}`] : []),
  ];
  return parts.length > 0 ? parts.join(', ') : 'no appearances';
}
