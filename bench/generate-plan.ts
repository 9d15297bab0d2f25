/**
 * A deterministic generator of realistic action plans of any size, as a Grid: the layout and the ways of writing
 * targets and actuals that prefectural staff use (see examples/build-sample.ts), varied by a seeded PRNG.
 *
 * Mix per initiative (approximate): 20% two or three indicators in one cell, 60% one measured indicator in one of
 * several notations (count, %, bare "/年", "/累計", reduction, 約), 20% qualitative; about 10% delayed (with a
 * cause and next steps), about 1% left without a recorded status.
 */
import type { CellValue, Grid, MergedArea } from '../src/core/grid';

export const HEADERS = ['No.', '方向性', '取組項目', '目標(抄)', 'R2年度末実績', '進捗状況', '遅れが生じている要因', '今後の取組', '所管課'] as const;
export const TITLE = '令和2年度 行財政改革行動計画 進捗状況';
export const AS_OF = '令和3年5月31日現在';
/** 0-based grid row of the header: title, date and a blank row sit above it. */
export const HEADER_ROW = 3;
export const PILLAR_COL = 1;

export type IntendedStatus = 'onTrack' | 'delayed' | 'unknown';

export interface GeneratedPlan {
  readonly grid: Grid;
  /** What the generator meant each initiative to be, for a sanity check against the engine's counts. */
  readonly intended: Readonly<Record<IntendedStatus, number>>;
}

// ---------------------------------------------------------------------------------------------------------------
// Seeded PRNG (mulberry32): no Math.random, so a given (n, seed) always gives the same plan.

export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary, as the published report writes it.

const DIRECTIONS = [
  '(1) 県庁のICT化・働き方改革',
  '(2) 多様な主体との連携・県民参画の推進',
  '(3) 経営感覚を持った行財政運営',
  '(4) 行政手続のオンライン化・キャッシュレス化',
  '(5) 公共施設マネジメントの推進',
  '(6) 人材の確保・育成と組織の活性化',
  '(7) 市町村との連携・協働',
  '(8) データ利活用とオープンデータの推進',
  '(9) 内部統制とコンプライアンスの徹底',
  '(10) 持続可能な財政基盤の確立',
] as const;

const TITLES = [
  'RPA・AI-OCR・音声テキスト化による業務自動化の推進', 'AI等新技術の活用による業務効率化の推進', '会議・打合せのペーパーレス化の推進',
  '市町村との協働によるICT施策の実施', '埼玉コラボレーションラウンジを活用した連携事業の推進', 'NPOとの連携による施策の推進',
  '「どこでも知事室」の実施', 'SNS及びスマートフォンアプリ「まいたま」を活用した広報の充実', '災害対策アプリ「まいたま防災」の機能充実',
  'Webシステムを活用した情報収集の推進', 'データに基づいた施策立案(EBPM)の定着', 'スマートステーションによる定型業務の集約化・効率化',
  '指定管理者施設のサービスレベルの向上', '指定出資法人の経営改善の推進', '電子申請・届出システムの利用拡大',
  'テレワーク・モバイルワークの推進', 'キャッシュレス決済の導入拡大', '公共施設の長寿命化と総量適正化',
  '職員研修の充実による人材育成', 'オープンデータの公開と利活用の促進', '内部統制制度の適切な運用', '県有資産の有効活用の推進',
] as const;

const DIVISIONS = [
  '行政・デジタル改革課', '市町村課', '企画総務課', '共助社会づくり課', '広聴広報課', '危機管理課', '財政課', '総務事務センター',
  '人事課', '職員育成課', '管財課', '情報システム戦略課', '出納総務課', '統計課',
] as const;

/** A count indicator: label, counter, whether written per year, and the range of a plausible target. */
interface CountKind {
  readonly label: string;
  readonly unit: string;
  readonly perYear: boolean;
  readonly min: number;
  readonly max: number;
}

const COUNT_KINDS: readonly CountKind[] = [
  { label: 'RPA導入業務数', unit: '業務', perYear: false, min: 10, max: 120 },
  { label: 'AI-OCR利用枚数', unit: '枚', perYear: true, min: 5000, max: 80000 },
  { label: '音声テキスト化システム利用会議数', unit: '会議', perYear: true, min: 100, max: 600 },
  { label: '共同クラウドの参加団体数', unit: '団体', perYear: false, min: 5, max: 63 },
  { label: '新たな連携事業数', unit: '事業', perYear: true, min: 20, max: 150 },
  { label: 'NPO基金による助成数', unit: '件', perYear: true, min: 5, max: 60 },
  { label: '開催回数', unit: '回', perYear: true, min: 2, max: 24 },
  { label: '電子申請件数', unit: '件', perYear: true, min: 1000, max: 250000 },
  { label: 'テレワーク実施者数', unit: '人', perYear: true, min: 200, max: 8000 },
  { label: 'ヘルプデスクAIの応答可能質問数', unit: '問', perYear: false, min: 300, max: 2000 },
  { label: '研修受講者数', unit: '人', perYear: true, min: 50, max: 3000 },
  { label: 'オープンデータ公開数', unit: 'データセット', perYear: false, min: 100, max: 1500 },
];

const RATE_LABELS = ['公の施設の管理目標達成率', '経営目標や経営指標達成率', '電子申請の利用率', '施設利用者満足度', '研修満足度'] as const;
const ACCESS_LABELS = ['「まいたま」のアクセス数', 'ホームページ閲覧数', 'メールマガジン配信数'] as const;
const DOWNLOAD_LABELS = ['ダウンロード数', 'アプリ登録者数', '電子図書利用登録数'] as const;
const REDUCTION_LABELS = ['コピー使用量', '紙の使用量', '時間外勤務時間', '庁舎の電力使用量'] as const;

const QUALITATIVE = [
  ['全新規事業の立案にEBPMの手法を導入', '・各部局からの提案事業(全241事業)全てにおいて、EBPM調書の作成を必須とした。'],
  ['1 新技術を活用した取組の推進\n2 全庁共通の取組の推進及び横展開', '・音声翻訳システムを15拠点に導入\n・業務アシスタントを3月に仮運用(R3年度本格運用)'],
  ['ペーパーレス会議・打合せ環境の整備', '・部長級職員執務室への大型モニターの整備\n・タブレット端末等によるペーパーレス会議の実施'],
  ['職員が創造的な仕事に専念できる時間を確保し、県民サービスの向上を図る。', '庁内定型業務等の集約を進め、業務フローを見直した。'],
  ['公共施設等総合管理計画に基づく個別施設計画の策定', '全庁の個別施設計画を策定し、公表した。'],
  ['内部統制の評価・報告の実施', '内部統制評価報告書を作成し、監査委員の審査を受けた。'],
] as const;

const CAUSES = [
  '新型コロナウイルス感染症の影響により、開催を中止したため。',
  '市町村において、新型コロナウイルス感染症の影響での厳しい財政状況で、費用面での調整が難航したため。',
  '新型コロナウイルス感染症の影響により、イベント等でのPRが十分できなかったため。',
  '関係機関との協議に時間を要し、導入時期が後ろ倒しとなったため。',
  '担当職員の欠員により、推進体制が十分に確保できなかったため。',
  '予算の確保が困難であったため、計画の一部を延期した。',
  'システム改修の工期が延びたため。',
] as const;

const NEXT_STEPS = [
  '引き続き、関係課と連携して取組を推進する。',
  '更なる業務効率化を推進するため、行動計画の目標値を再設定。\n〇R3年度:2万→6.7万枚 R4年度:3万→7万枚',
  '・スマート自治体推進会議等の場においてシステムの共同利用の検討等を進める。\n・国のDX関連予算などを注視しつつ、利用を促進していく。',
  'オンラインでの開催を検討し、機会の確保に努めていく。',
  '利用者ニーズに合った情報提供を行っていく。',
] as const;

const DELAYED_NEXT_STEPS = [
  '感染状況を踏まえつつ、オンラインでの実施など代替手段により取組を進める。',
  '関係機関との調整を早期に行い、R3年度中の実施を目指す。',
  '推進体制を見直し、所管課と連携して進捗管理を徹底する。',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Writing values the way staff do.

const BULLETS = ['○', '〇'] as const;

/** 12000 → "12,000". */
function grouped(value: number): string {
  const [whole = '', fraction] = String(value).split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}

/** A value on target (rate 1.0–1.3) or short of it (rate 0.4–0.95). */
function actualValue(rng: Prng, target: number, delayed: boolean): number {
  const rate = delayed ? 0.4 + rng.next() * 0.55 : 1 + rng.next() * 0.3;
  return Math.max(0, Math.round(target * rate));
}

interface Indicator {
  readonly target: string;
  readonly actual: string;
}

/** "○RPA導入業務数 R2年度:50業務" / "○RPA導入業務数 51業務", or the label on its own line. */
function countIndicator(rng: Prng, delayed: boolean, inList: boolean, kind: CountKind = rng.pick(COUNT_KINDS)): Indicator {
  const target = Math.round(kind.min + rng.next() * (kind.max - kind.min));
  const suffix = `${kind.unit}${kind.perYear ? '/年' : ''}`;
  const approx = !delayed && target >= 1000 && rng.chance(0.3) ? '約' : '';
  const bullet = rng.pick(BULLETS);
  const actualText = `${approx}${grouped(actualValue(rng, target, delayed))}${suffix}`;
  if (inList || rng.chance(0.5)) {
    return { target: `${bullet}${kind.label} R2年度:${grouped(target)}${suffix}`, actual: `${bullet}${kind.label} ${actualText}` };
  }
  return { target: `${bullet}${kind.label}\nR2年度:${grouped(target)}${suffix}`, actual: actualText };
}

/** "R2年度:90%以上" / "92.4%" (or, when delayed, sometimes a sentence about the value). */
function percentIndicator(rng: Prng, delayed: boolean): Indicator {
  const target = rng.pick([50, 60, 75, 80, 90, 95]);
  const label = rng.pick(RATE_LABELS);
  const targetText = `${rng.pick(BULLETS)}${label}\nR2年度:${target}%以上`;
  if (delayed && rng.chance(0.3)) return { target: targetText, actual: `${target}%以上達成が困難の見込み` };
  const actual = delayed ? target * (0.4 + rng.next() * 0.55) : Math.min(100, target + rng.next() * 8);
  return { target: targetText, actual: `${label}:${actual.toFixed(1)}%` };
}

/** "R2年度:5,350,000/年" / "4,217,829/年": a per-year value with no counter. */
function perYearIndicator(rng: Prng, delayed: boolean): Indicator {
  const target = rng.int(500, 6000) * 1000;
  return {
    target: `${rng.pick(BULLETS)}${rng.pick(ACCESS_LABELS)}\nR2年度:${grouped(target)}/年`,
    actual: `${grouped(actualValue(rng, target, delayed))}/年`,
  };
}

/** "ダウンロード数 R2年度:28,400/累計" / "23,183/累計". */
function cumulativeIndicator(rng: Prng, delayed: boolean): Indicator {
  const target = rng.int(50, 900) * 100;
  return {
    target: `${rng.pick(BULLETS)}まいたま防災アプリ利用拡大\n${rng.pick(DOWNLOAD_LABELS)} R2年度:${grouped(target)}/累計`,
    actual: `${grouped(actualValue(rng, target, delayed))}/累計`,
  };
}

/** "コピー使用量50%以上削減" / "コピー使用量61.2%減". */
function reductionIndicator(rng: Prng, delayed: boolean): Indicator {
  const label = rng.pick(REDUCTION_LABELS);
  const target = rng.pick([10, 20, 30, 50]);
  const cut = delayed ? target * (0.3 + rng.next() * 0.6) : target + rng.next() * 15;
  return { target: `${label}${target}%以上削減`, actual: `${label}${cut.toFixed(1)}%減` };
}

/** `count` different count kinds: one row never lists the same indicator twice. */
function distinctKinds(rng: Prng, count: number): CountKind[] {
  const kinds: CountKind[] = [];
  while (kinds.length < count) {
    const kind = rng.pick(COUNT_KINDS);
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

/** Two or three count indicators in one cell, matched by name; when delayed, one of them falls short. */
function indicatorList(rng: Prng, delayed: boolean): Indicator {
  const count = rng.chance(0.6) ? 2 : 3;
  const short = delayed ? rng.int(0, count - 1) : -1;
  const kinds = distinctKinds(rng, count);
  const items = kinds.map((kind, i) => countIndicator(rng, i === short, true, kind));
  return { target: items.map((i) => i.target).join('\n'), actual: items.map((i) => i.actual).join('\n') };
}

function measuredIndicator(rng: Prng, delayed: boolean): Indicator {
  const roll = rng.next();
  if (roll < 0.25) return indicatorList(rng, delayed);
  if (roll < 0.55) return countIndicator(rng, delayed, false);
  if (roll < 0.7) return percentIndicator(rng, delayed);
  if (roll < 0.8) return perYearIndicator(rng, delayed);
  if (roll < 0.9) return cumulativeIndicator(rng, delayed);
  return reductionIndicator(rng, delayed);
}

// ---------------------------------------------------------------------------------------------------------------
// Rows and the grid.

interface Row {
  readonly cells: CellValue[];
  readonly intended: IntendedStatus;
}

function initiativeRow(rng: Prng, no: number, pillar: string | null): Row {
  const delayed = rng.chance(0.1);
  const qualitative = rng.chance(0.2);
  const forgotten = qualitative && !delayed && rng.chance(0.05);
  const indicator: Indicator = qualitative
    ? (([target, actual]) => ({ target, actual }))(rng.pick(QUALITATIVE))
    : measuredIndicator(rng, delayed);
  const status = forgotten ? null : delayed ? rng.pick(['遅れ', '遅れ', 'やや遅れ']) : rng.pick(['順調', '順調', '順調', '概ね順調']);
  const cells: CellValue[] = [
    no, pillar, rng.pick(TITLES), indicator.target, indicator.actual, status,
    delayed ? rng.pick(CAUSES) : null,
    delayed ? rng.pick(DELAYED_NEXT_STEPS) : rng.pick(NEXT_STEPS),
    rng.pick(DIVISIONS),
  ];
  return { cells, intended: forgotten ? 'unknown' : delayed ? 'delayed' : 'onTrack' };
}

/** Splits n rows among the directions, unevenly but every group non-empty (when n allows). */
function groupSizes(rng: Prng, n: number, groups: number): number[] {
  const weights = Array.from({ length: groups }, () => 0.5 + rng.next());
  const total = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1, Math.floor((w / total) * n)));
  let excess = sizes.reduce((a, b) => a + b, 0) - n;
  for (let i = 0; excess !== 0; i = (i + 1) % groups) {
    const size = sizes[i] ?? 0;
    if (excess > 0 && size > 1) { sizes[i] = size - 1; excess--; }
    else if (excess < 0) { sizes[i] = size + 1; excess++; }
  }
  return sizes;
}

function topRows(): CellValue[][] {
  const last = HEADERS.length - 1;
  const dateRow: CellValue[] = new Array<CellValue>(HEADERS.length).fill(null);
  dateRow[last] = AS_OF;
  return [[TITLE], dateRow, [], [...HEADERS]];
}

/** A plan of n initiatives under the ten directions, each direction's cell merged down its group. */
export function generatePlan(n: number, seed = 20210531): GeneratedPlan {
  const rng = new Prng(seed ^ n);
  const cells = topRows();
  const merges: MergedArea[] = [{ top: 0, left: 0, bottom: 0, right: HEADERS.length - 1 }];
  const intended: Record<IntendedStatus, number> = { onTrack: 0, delayed: 0, unknown: 0 };
  const sizes = groupSizes(rng, n, Math.min(DIRECTIONS.length, n));
  let no = 1;
  sizes.forEach((size, g) => {
    const top = cells.length;
    for (let i = 0; i < size; i++) {
      const row = initiativeRow(rng, no++, i === 0 ? (DIRECTIONS[g] ?? null) : null);
      cells.push(row.cells);
      intended[row.intended]++;
    }
    if (size > 1) merges.push({ top, left: PILLAR_COL, bottom: top + size - 1, right: PILLAR_COL });
  });
  return { grid: { sheetName: '行動計画', cells, merges, top: 0, left: 0, mergesKnown: true }, intended };
}
