/**
 * A deterministic synthetic archive for benchmarks and scale tests: articles, people, themes
 * and sources shaped like the real ones. Same seed and size, same files, byte for byte.
 */

/** What to generate. */
export interface CorpusOptions {
  articles: number;
  seed: number;
  /** First year of the ten the articles are spread over. */
  firstYear?: number;
}

/** One file to write, relative to the content folder. */
export interface CorpusFile {
  path: string;
  text: string;
}

/** A small, fast, seedable pseudo-random generator (mulberry32). */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const chosen = new Set<T>();
    while (chosen.size < Math.min(count, items.length)) chosen.add(pick(items));
    return [...chosen];
  };
  return { next, int, pick, sample };
}

const SURNAMES = [
  'Zhou',
  'Zhang',
  'Wang',
  'Li',
  'Liu',
  'Chen',
  'Yang',
  'Zhao',
  'Huang',
  'Wu',
  'Xu',
  'Sun',
  'Hu',
  'Zhu',
  'Gao',
  'Lin',
  'He',
  'Guo',
  'Ma',
  'Luo',
];
const SYLLABLES = [
  'peng',
  'ju',
  'jian',
  'jun',
  'shi',
  'hui',
  'tao',
  'ying',
  'zhi',
  'hong',
  'le',
  'cheng',
  'kui',
  'yi',
  'dong',
  'mei',
  'xiang',
  'qun',
  'wei',
  'ming',
  'hua',
  'guo',
  'an',
  'bo',
];
const ROLES = [
  'Deputy Secretary of the Municipal Party Committee and Mayor',
  'Member of the Standing Committee of the Municipal Party Committee and Deputy Mayor',
  'Secretary of the Municipal Party Committee',
  'Director of the Municipal Science and Technology Bureau',
  'Vice Chairman of the Municipal CPPCC',
  'Deputy Mayor',
  'Secretary-General of the Municipal Government',
  'Director of the Standing Committee of the Municipal People’s Congress',
  'President of the university',
  'Head of the county',
];
const ACTS = [
  'delivered a speech',
  'presided',
  'made a summary and deployment',
  'attended the meeting',
  'made a report',
];
const THEME_WORDS = [
  'innovation',
  'revitalization',
  'industry',
  'talent',
  'enterprises',
  'agriculture',
  'energy',
  'ecology',
  'education',
  'health',
  'transport',
  'finance',
  'culture',
  'safety',
  'tourism',
  'trade',
  'housing',
  'water',
  'digital',
  'rural',
];
const SENTENCES = [
  'The meeting fully implemented the spirit of the important speeches and deployed the key work for the year.',
  'It is necessary to focus on key tasks, quantify goals, refine measures and gather strong joint forces.',
  'Participants studied the measures to optimize the business environment and support technology-based enterprises.',
  'We must strengthen our practical responsibilities and promote the normalization of the work.',
  'The city will accelerate the construction of a modern industrial system and lay a solid foundation for high-quality development.',
  'Departments at all levels should take the lead in entering enterprises and help solve problems in production and operation.',
  'The conference summarized the work of the past year and analyzed the situation and tasks ahead.',
  'It is necessary to pay close attention to the introduction and retention of talents and promote exchanges and cooperation.',
  'Representatives of enterprises and research institutes made exchange speeches at the meeting.',
  'The meeting emphasized that responsibilities must be fixed, supervision strengthened and follow-up carried out.',
];

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Generates every file of a synthetic content folder. */
export function generateCorpus({ articles, seed, firstYear = 2014 }: CorpusOptions): CorpusFile[] {
  const random = createRandom(seed);
  const files: CorpusFile[] = [];

  const themeIds = Array.from(
    { length: 40 },
    (_, index) => `${THEME_WORDS[index % THEME_WORDS.length]}-${Math.floor(index / THEME_WORDS.length) + 1}`,
  );
  files.push({
    path: 'themes.yaml',
    text: themeIds
      .map(
        (id) =>
          `${id}:\n  label: ${titleCase(id.replace(/-/g, ' '))}\n  description: Synthetic theme ${id} for benchmarks.\n  keywords: [${id.split('-')[0]}]\n`,
      )
      .join(''),
  });
  const sourceIds = [
    'synthetic-news-network',
    'synthetic-daily',
    'synthetic-radio',
    'synthetic-government',
    'synthetic-agency',
    'synthetic-evening-post',
    'synthetic-weekly',
    'synthetic-online',
  ];
  files.push({
    path: 'sources.yaml',
    text: sourceIds
      .map(
        (id) =>
          `${id}:\n  label: ${titleCase(id.replace(/-/g, ' '))}\n  description: Synthetic source for benchmarks.\n  kind: news-site\n`,
      )
      .join(''),
  });

  files.push({
    path: 'glossary.yaml',
    text: [
      '- id: joint-forces\n  term: joint forces\n  meaning: Synthetic glossary term for benchmarks.\n',
      '- id: key-tasks\n  term: key tasks\n  meaning: Synthetic glossary term for benchmarks.\n',
    ].join(''),
  });

  const peopleCount = Math.max(4, Math.round(articles / 5));
  const people = Array.from({ length: peopleCount }, (_, index) => {
    const name = `${random.pick(SURNAMES)} ${titleCase(random.pick(SYLLABLES))}${random.pick(SYLLABLES)}`;
    return { id: `${name.toLowerCase().replace(/\s+/g, '-')}-${index + 1}`, name };
  });
  for (const person of people) {
    files.push({
      path: `people/${person.id}.yaml`,
      text: `name: ${person.name}\ndescription: Synthetic person ${person.id} for benchmarks.\n`,
    });
  }

  for (let index = 0; index < articles; index += 1) {
    const year = firstYear + random.int(0, 9);
    const month = String(random.int(1, 12)).padStart(2, '0');
    const day = String(random.int(1, 28)).padStart(2, '0');
    const published = `${year}-${month}-${day}`;
    const id = `${published}-synthetic-article-${index + 1}`;
    const speakers = random.sample(people, random.int(1, 4));
    const mentioned = random.sample(people, random.int(0, 3)).filter((person) => !speakers.includes(person));
    const themes = random.sample(themeIds, random.int(1, 5));
    const frontmatter = [
      '---',
      `title: 'Synthetic article ${index + 1}: ${speakers[0]?.name ?? 'the city'} on ${themes[0]?.replace(/-\d+$/, '') ?? 'work'}'`,
      `published: '${published}'`,
      `eventDate: '${published}'`,
      `source: ${random.pick(sourceIds)}`,
      'translation:\n  from: zh\n  method: machine',
      'speakers:',
      ...speakers.map(
        (person) =>
          `  - person: ${person.id}\n    role: ${random.pick(ROLES)}\n    act: ${random.pick(ACTS)}`,
      ),
      ...(mentioned.length > 0
        ? ['mentions:', ...mentioned.map((person) => `  - person: ${person.id}`)]
        : []),
      `themes: [${themes.join(', ')}]`,
      '---',
      '',
    ];
    files.push({
      path: `articles/${year}/${id}.md`,
      text: `${frontmatter.join('\n')}${body(
        random,
        speakers.map((person) => person.name),
      )}`,
    });
  }
  return files;
}

/** About 5-6 KB of paragraphs, with an occasional list and link, naming the speakers. */
function body(random: ReturnType<typeof createRandom>, names: string[]): string {
  const blocks: string[] = [];
  let length = 0;
  const target = random.int(5000, 6000);
  while (length < target) {
    const roll = random.next();
    let block: string;
    if (roll < 0.08) {
      block = Array.from({ length: random.int(3, 5) }, () => `- ${random.pick(SENTENCES)}`).join('\n');
    } else if (roll < 0.14) {
      block = `${random.pick(SENTENCES)} See the [city government notice](https://example.org/notice/${random.int(1, 9999)}) for details.`;
    } else {
      const sentences = Array.from({ length: random.int(3, 6) }, () => random.pick(SENTENCES));
      block = `${random.pick(names)} emphasized that ${sentences.join(' ')}`;
    }
    blocks.push(block);
    length += block.length + 2;
  }
  return `${blocks.join('\n\n')}\n`;
}
