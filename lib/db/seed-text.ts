// What seeded notes say: Markdown comments and replies of the kinds readers write (a word, a
// question, a list of points, a link, a quote of the passage, code, several paragraphs, or
// nothing at all), tags, and the authors, named in English, Korean and Japanese. Pure and
// deterministic: everything comes from the `Random` it is given.

/** A small, fast, seeded generator (mulberry32): the same seed gives the same notes on any machine. */
export type Random = { next(): number; int(below: number): number; pick<T>(items: readonly T[]): T; chance(p: number): boolean };

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const int = (below: number) => Math.floor(next() * below);
  return { next, int, pick: (items) => items[int(items.length)]!, chance: (p) => next() < p };
}

export const seedAuthors = [
  { name: 'Alice Kim' },
  { name: '김민지' },
  { name: '佐藤 花子' },
  { name: 'Daniel Okafor' },
  { name: '박서준' },
  { name: '田中 健' },
  { name: 'Margaret Ellis' },
  { name: '山本 さくら' },
] as const;

export const seedTags = [
  'normalisation',
  'compensation',
  'abductions',
  'nuclear',
  'missiles',
  'apology',
  'economic-cooperation',
  'claims',
  'security',
  'translation',
  'question',
  'follow-up',
  '번역',
  '경제협력',
  '핵문제',
  '사죄',
  '国交正常化',
  '経済協力',
  '拉致問題',
  '植民地支配',
] as const;

const links = [
  ['the MOFA page', 'https://www.mofa.go.jp/region/asia-paci/n_korea/pmv0209/pyongyang.html'],
  ['Wikipedia', 'https://en.wikipedia.org/wiki/Japan%E2%80%93North_Korea_Pyongyang_Declaration'],
  ['the 1965 treaty', 'https://en.wikipedia.org/wiki/Treaty_on_Basic_Relations_between_Japan_and_the_Republic_of_Korea'],
  ['6자회담 자료', 'https://ko.wikipedia.org/wiki/6%EC%9E%90_%ED%9A%8C%EB%8B%B4'],
  ['日朝平壌宣言', 'https://ja.wikipedia.org/wiki/%E6%97%A5%E6%9C%9D%E5%B9%B3%E5%A3%8C%E5%AE%A3%E8%A8%80'],
] as const;

type Phrases = { short: string[]; question: string[]; point: string[]; paragraph: string[] };

const phrases: Record<'en' | 'ko' | 'ja', Phrases> = {
  en: {
    short: ['Key sentence.', 'Compare with the Korean.', 'Important.', 'Vague on purpose?', 'See the 1965 treaty.'],
    question: [
      'Who decides what counts as *appropriate*?',
      'Is this binding, or only a statement of intent?',
      'Why October 2002?',
      'Does this cover claims of individuals?',
    ],
    point: [
      'economic cooperation after normalisation',
      'waiver of **property and claims**',
      'the moratorium on missile launches',
      'security of both countries',
      'international agreements on the nuclear issue',
    ],
    paragraph: [
      'The wording here is *much softer* than in the draft that circulated in August.',
      'Read together with paragraph 3, this is the closest the text comes to naming the abductions.',
      'Note the order: apology first, economic cooperation second. The **sequence** mattered to both delegations.',
      'The English is the ministry’s provisional translation; the authentic texts may differ in tone.',
    ],
  },
  ko: {
    short: ['핵심 문장.', '영문과 비교할 것.', '중요.', '표현이 모호하다.', '1965년 조약 참고.'],
    question: ['*적절한* 기간은 누가 정하는가?', '법적 구속력이 있는가?', '왜 2002년 10월인가?', '개인 청구권도 포함되는가?'],
    point: ['정상화 이후의 경제협력', '**재산 및 청구권**의 상호 포기', '미사일 발사 보류', '두 나라의 안전', '핵문제에 관한 국제적 합의'],
    paragraph: [
      '이 부분의 표현은 8월 초안보다 *훨씬 부드럽다*.',
      '3항과 함께 읽으면 납치 문제에 가장 가깝게 다가간 문장이다.',
      '사죄가 먼저, 경제협력이 다음이다. 이 **순서**가 양측 모두에게 중요했다.',
    ],
  },
  ja: {
    short: ['重要な一文。', '韓国語と比較。', '要確認。', '意図的に曖昧？', '1965年の条約を参照。'],
    question: ['*適切な*期間は誰が決めるのか。', '法的拘束力はあるのか。', 'なぜ2002年10月なのか。', '個人の請求権も含まれるのか。'],
    point: ['国交正常化後の経済協力', '**財産及び請求権**の相互放棄', 'ミサイル発射のモラトリアム', '双方の安全保障', '核問題に関する国際的合意'],
    paragraph: [
      'ここの表現は8月の草案より*かなり穏やか*になっている。',
      '第3項と併せて読むと、拉致問題に最も近づいた箇所である。',
      'お詫びが先で、経済協力が後。この**順序**が双方にとって重要だった。',
    ],
  },
};

const phrasesFor = (language: string): Phrases => phrases[(language in phrases ? language : 'en') as keyof typeof phrases];

/** Each line of `text` as a Markdown block quote. */
const quoted = (text: string) =>
  text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

/**
 * A comment on `exact` (the selected text), mostly in the language of the column it was made in,
 * sometimes in English: one in five is empty (a bare highlight).
 */
export function seedComment(random: Random, language: string, exact: string): string {
  const p = phrasesFor(random.chance(0.75) ? language : 'en');
  const shortQuote = Array.from(exact).slice(0, 60).join('');
  const kind = random.int(10);
  switch (kind) {
    case 0:
    case 1:
      return '';
    case 2:
      return random.pick(p.short);
    case 3:
      return random.pick(p.question);
    case 4:
      return `${random.pick(p.short)}\n\n- ${random.pick(p.point)}\n- ${random.pick(p.point)}\n- ${random.pick(p.point)}`;
    case 5: {
      const [label, url] = random.pick(links);
      return `${random.pick(p.paragraph)} See [${label}](${url}).`;
    }
    case 6:
      return `${quoted(shortQuote)}\n\n${random.pick(p.question)}`;
    case 7:
      return `${random.pick(p.paragraph)}\n\n${random.pick(p.paragraph)}\n\n1. ${random.pick(p.point)}\n2. ${random.pick(p.point)}`;
    case 8:
      return `\`${shortQuote.replaceAll('`', '')}\` — ${random.pick(p.short)}\n\n\`\`\`text\n${shortQuote}\n\`\`\``;
    default:
      return `${random.pick(p.paragraph)} ${random.pick(p.question)}`;
  }
}

export function seedReply(random: Random, language: string): string {
  const p = phrasesFor(random.chance(0.6) ? language : 'en');
  return random.chance(0.5) ? random.pick([...p.short, ...p.question]) : `${random.pick(p.paragraph)}\n\n- ${random.pick(p.point)}`;
}

/** None to three distinct tags; two in five notes have none. */
export function seedTagsFor(random: Random): string[] {
  if (random.chance(0.4)) return [];
  const tags = new Set<string>();
  const count = 1 + random.int(3);
  while (tags.size < count) tags.add(random.pick(seedTags));
  return [...tags];
}
