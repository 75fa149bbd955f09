/**
 * Turns rule files into a RuleSet the engine runs: lexicons merged, rules layered, patterns
 * and value expressions compiled, every reference checked.
 *
 * Layering (files are given in order, built-in first):
 * - a lexicon named in several files is one lexicon: later entries are added, and a later
 *   entry with the same surface replaces the earlier one;
 * - a rule whose id was defined by an earlier *origin* (built-in, then user) is replaced by the
 *   later one; the same id twice within one origin is a DUPLICATE_ID error;
 * - context settings: a later file's key replaces an earlier one's.
 */
import type { Diagnostic } from "../diagnostic.js";
import { matchView } from "../text/match-view.js";
import type { Kind, Qualifier } from "../types.js";
import { ExpressionError, parseExpression, references, type Expression } from "./expression.js";
import { isNumberLed, stickyTwin } from "./number-led.js";
import { compilePattern, lexiconSource, type CaptureSource } from "./pattern.js";
import { readRuleFile, type ContextKey, type LexiconEntry, type Pos, type RawExample, type RawRule, type RawRuleFile } from "./rule-file.js";
import type { Calendar } from "../dates/date-words.js";
import { compileCalendar } from "./date-settings.js";
import { recognizerSources } from "./recognizers.js";

/** A lexicon after merging: surface (as matched in the match view, spaces removed) → entry. */
export interface Lexicon {
  name: string;
  entries: Map<string, LexiconEntry>;
  source: string;
}

export interface CompiledRule {
  id: string;
  kind: Kind;
  description?: string;
  priority: number;
  /** Position in the rule set: the last tie-breaker of overlap resolution. */
  order: number;
  origin: string;
  pos: Pos;
  /** One per pattern, each with the `d` and `g` flags. */
  regexes: RegExp[];
  /**
   * One per pattern: for a number-led pattern (number-led.ts), a sticky twin of its regex,
   * tried only where a number starts; undefined for one that scans the text itself.
   */
  numberLed: Array<RegExp | undefined>;
  patternSources: string[];
  captures: Map<string, CaptureSource>;
  value: Expression;
  valueMax?: Expression;
  /** A literal unit code, or a capture whose canonical form is the unit. */
  unit?: { literal: string } | { capture: string };
  qualifier?: Qualifier;
  target?: boolean;
  examples: RawExample[];
  counterexamples: Array<{ text: string; pos: Pos }>;
}

export interface ContextSettings {
  qualifierBefore?: Lexicon;
  qualifierAfter?: Lexicon;
  vetoBefore?: Lexicon;
  vetoAfter?: Lexicon;
  targetCues?: Lexicon;
  /** Cues that what follows already is (แล้ว, ปัจจุบัน): they cancel an earlier target cue. */
  targetReset?: Lexicon;
  /**
   * Markers of a rate's unit (ละ: ไร่ละ, รายละ, หน่วยละ "per rai, per case, per unit"): a
   * classifier with one of these after it names what the figure is per, not what it measures.
   */
  subjectPer?: Lexicon;
  /** Joiners between figures of one list (และ, `,`): a figure after one inherits the previous subject. */
  subjectJoin?: Lexicon;
  /** Words right before a figure that make it the total of the figures before it on its line (รวมเป็น). */
  subjectTotal?: Lexicon;
  /** Words right before a count that make it of what is glued after its classifier (ตาม, จาก, ใน). */
  subjectCountOf?: Lexicon;
  /** Words of one right before a `subject_count_of` word (1 ใน 5 ประเทศ), or one of (หนึ่งใน): the count sizes the set one belongs to. */
  subjectOneOf?: Lexicon;
  /** How far (UTF-16 units) before a figure a target cue still counts. */
  targetWindow: number;
  /** How many runs of spaces (Thai marks its phrases with them) a target cue reaches across. */
  targetReach: number;
  /** How far (UTF-16 units) before a จะ cue an entitlement's condition still counts (see target_entitlement). */
  conditionWindow: number;
  /** Year mentions (`ในปี 2567`), with a `year` capture. */
  yearPattern?: RegExp;
  /** How long a change has gone on, between it and its figure (เป็นเดือนที่ 7 ติดต่อกัน): stepped over. */
  changeStreak?: RegExp;
  /**
   * Words linking a figure to a year mention right after it (ใน, แรกของ: ร้อยละ 0.9 ในปี 2563):
   * that year is the figure's, before any earlier one.
   */
  yearLink?: Lexicon;
  yearWindow: number;
  /** How far back (characters) the news's day, alone before a figure in its paragraph, dates it. */
  yearDayWindow: number;
  subjectTrim?: Lexicon;
  /**
   * Words trimmed from a subject's end only: a measure word standing alone before the figure
   * (สลากรางวัลที่ 1 มูลค่า 2 ล้านบาท) is not the subject, but it heads one it starts (มูลค่าการค้า).
   */
  subjectTrimEnd?: Lexicon;
  /** Words a subject is cut before (ของ, ที่): what follows them modifies the head noun. */
  subjectCut?: Lexicon;
  subjectMaxWords: number;
  /** Words after a percentage naming what it is a share of (ของ: ร้อยละ 21 ของเนื้อที่ทั้งจังหวัด). */
  subjectShareOf?: Lexicon;
  /** Ending a chunk, words that attach a body's abbreviation after them to it (เปิดไว้กับ | ธ.ก.ส.): whom or where, not what is measured. */
  subjectBodyLink?: Lexicon;
  /** After a percentage, the whole it is a ratio to (ต่อ GDP): read only where a rise or a fall follows (see inheritsSubject). */
  subjectRatioOf?: Lexicon;
  /** Nouns a change verb acts on (ลด|ค่าใช้จ่าย, เพิ่ม|รายได้): the figure right after them is the change's size (see change.ts objectOf). */
  changeObject?: Lexicon;
  /** Nouns of money (ค่าปรับ, เงินลงทุน): alone after a count, the value of what it counts, named with its item (see refine/subject.ts). */
  subjectValueNoun?: Lexicon;
  /** The noun of a length right before it (ระยะเวลา): the length is named with it, after the phrase before. */
  subjectLengthNoun?: Lexicon;
  /** An anniversary's words (ครบรอบ: `mark`; โอกาส, วาระ: the occasion; ของ: `link`): a length after it is the age of what is named after it. */
  subjectAnniversary?: Lexicon;
  /** After a percentage, words naming the part it is the share of, written after them (อยู่ใน: ร้อยละ 16.3 อยู่ในจังหวัดเชียงราย). */
  subjectSharePart?: Lexicon;
  /** Words before a time reference that make it a comparison's base (จากปี 2563): it governs no figure. */
  yearBase?: Lexicon;
  /** Words right after a comparison's base that start its own clause (จากปีก่อนที่ …): its figures are the base's. */
  yearBaseClause?: Lexicon;
  /** Words right before a figure that make it a comparison's base (เทียบกับ 55,890 ล้านบาท): its period dates nothing after it. */
  yearBaseFigure?: Lexicon;
  /** Words saying a day is a resolution's (มติ; อนุมัติ, เห็นชอบ only after it), read on the text around it: it dates none of the decision's figures. */
  yearMeeting?: Lexicon;
  /** Words before a day that make it the day figures are counted as of (ณ วันที่ 30 เม.ย. 64): it dates them. */
  yearAsOf?: Lexicon;
  /** Words before a date that say when what comes before it takes effect (มีผลตั้งแต่): it dates those figures. */
  yearEffective?: Lexicon;
  /** Words opening a paragraph that goes on from the one before (โดย, ส่วน): it reports the same period. */
  yearContinues?: Lexicon;
  /** Opening a line, words that go on with the sentence the line before broke off (มีมูลค่า… after … โดยปี 2566 ตั้งแต่ ม.ค. - ก.ย.). */
  lineContinues?: Lexicon;
  /** Words ending a line that a list's item lines follow (ได้แก่, ดังนี้): its period dates the items. */
  listIntro?: Lexicon;
  /** Words before an era marker and its year that make it a year mention (ใน พ.ศ. 2562). */
  yearEraCue?: Lexicon;
  /** After a list of figures and one of years (3.2% และ 4.2% ในปี 2565 และ 2566 …), pairs them in order (ตามลำดับ). */
  yearRespectively?: Lexicon;
  /** Superlatives (สูงสุด): before a count of `rank_units`, the top N, exact. */
  qualifierTop?: Lexicon;
  /** Classifiers of ranks (อันดับ): after a superlative, the count is the top N. */
  rankUnits?: Lexicon;
  /** Words before a month's name written with no year (เดือน ธ.ค.): the month dates the figures after it. */
  monthAlone?: Lexicon;
  /** Words right after a month named alone that put it in the past (เดือน ม.ค. ที่ผ่านมา): the last such month up to the text's date. */
  monthPast?: Lexicon;
  /** Words that name the document's own time (สัปดาห์นี้ → 0, ปีที่แล้ว → -1: years from the document's date). */
  timeDeictic?: Lexicon;
  /** Change cues right before a figure: increase, decrease, or level (a change's start or end point). */
  changeBefore?: Lexicon;
  /** Words that open a list whose items' percentages share the change written before them (ได้แก่). */
  changeList?: Lexicon;
  /** Words between two figures that make the second restate or continue the first's change (หรือ, คิดเป็น). */
  changeRestate?: Lexicon;
  /** Words that may stand between a change or sign cue and its figure (ถึง). */
  cueSkip?: Lexicon;
  /** Growth verbs (ขยายตัว): a level cue that is a `cue_skip` word after one is stepped over (ขยายตัวอยู่ที่ 1.9%). */
  changeRate?: Lexicon;
  /** Words before a figure that make its value negative (ติดลบ). */
  signNegative?: Lexicon;
  /** Qualifier cues that compare (สูงกว่า): before a figure naming another period, they set no bound. */
  comparisonCues?: Lexicon;
  /** Right before a goal word, words that say a figure went past it (เกิน, ทะลุ: เกินเป้าไป 6 หมื่นล้านบาท): as a comparison with it, what was measured. */
  targetGoalPassed?: Lexicon;
  /** Between a compared figure and its period (ของ, ใน). */
  comparisonLink?: Lexicon;
  /** Words that start a period's name after a compared figure (ไตรมาส, ปี, เดือน). */
  comparisonPeriod?: Lexicon;
  /** Words right before a target cue that make it none (แม้ว่า + จะ, หาก + จะ). */
  targetBlock?: Lexicon;
  /** Right after a figure, a deadline: the figure is a target (ภายในปี 2564). */
  targetAfter?: Lexicon;
  /** Between two numbers of a list: a veto of the first is the second's too (มาตรา 7 และ 8). */
  vetoList?: Lexicon;
  /** Verbs of reporting, trimmed from a subject's ends (เปิดเผย, กล่าว). */
  subjectVerbs?: Lexicon;
  /** Words of time, trimmed from a subject's ends (สัปดาห์, ไตรมาส, นี้): they date, not name. */
  subjectTime?: Lexicon;
  /** After a word of time, words that make it a period (6 เดือนแรก): trimmed with it from a subject. */
  subjectTimeOrdinal?: Lexicon;
  /** Inside a phrase, the measured noun starts after these (มี), when two words or more follow. */
  subjectHeadAfter?: Lexicon;
  /** After a space, words that start a clause a target cue before them does not reach (ขณะที่, ทั้งนี้). */
  targetClause?: Lexicon;
  /** A condition (หาก, สำหรับ) before a จะ cue and a `receive` word (ได้รับ) right after it: what one gets under it, no plan. */
  targetEntitlement?: Lexicon;
  /** Words that open a list (แบ่งเป็น, ได้แก่): after a target, its items are targets too. */
  targetList?: Lexicon;
  /** Before a `subject_head_after` word, these keep the phrase whole (ผู้มีบัตร: a card holder). */
  subjectHeadKeep?: Lexicon;
  /** After a `subject_head_after` word, these make an action of what follows (มีการผลิต): no cut. */
  subjectHeadAction?: Lexicon;
  /** Verbs that, first in a phrase, take what is measured as their object (มอบ, จัดสรร): trimmed from its start. */
  subjectAction?: Lexicon;
  /** Words that join a list's last item (และ, หรือ): the subject is the whole list. */
  subjectList?: Lexicon;
  /** Right after a duration, words that make it a period (6 เดือนแรก, 30 ปีที่ผ่านมา): its subject is the phrase before it. */
  durationPeriod?: Lexicon;
  /** Right before a period, words naming a span of time (ระยะ, เวลา): stepped over, never its subject. */
  periodSpan?: Lexicon;
  /** Before a period, words that open what a reporter says (เปิดเผยว่า ในช่วง 6 เดือนแรก): the period's subject is after it. */
  periodReported?: Lexicon;
  /** Before a span's noun, words that make a length the record the figure before sets (สูงสุดในรอบ 4 ปี). */
  periodRecord?: Lexicon;
  /** Right before a count, words saying all of a set named before (ทั้งสองฝ่าย): no noun glued after its classifier names it. */
  subjectKnownSet?: Lexicon;
  /** Right before a figure, words that make it no target (ทั้ง: all of a known set; อายุ: an age). */
  targetNotBefore?: Lexicon;
  /** Cues that set or revise a goal or a forecast (ปรับเป้า): the former value after จากเดิม is one too. */
  targetGoal?: Lexicon;
  /** Target cues that say a time to come (จะ, แนวโน้ม): a period wholly past between one and a figure says the figure was. */
  targetAhead?: Lexicon;
  /** Before an approval cue, who decides (ครม.) and the words between (มีมติ): only a body's own approval makes a plan. */
  targetApprover?: Lexicon;
  /** Between an approval and a figure, what makes the approved no plan: an appointment, a draft law, results noted. */
  targetApprovedNot?: Lexicon;
  /** Sets a policy picks (อุตสาหกรรมเป้าหมาย): a target cue inside one counts for nothing. */
  targetNamedSet?: Lexicon;
  /** Words that alone name nothing (การ, ความ): a subject that is only one is none. */
  subjectPrefix?: Lexicon;
  /** Words never trimmed from a subject, though a cue (ลด: in ลด 50% the discount is measured). */
  subjectKeep?: Lexicon;
  /** Right after a measure word, change words that make one noun with it (วงเงินเพิ่ม: an additional credit line). */
  subjectChangeNoun?: Lexicon;
  /** Between two subject_action verbs, words that make the first one cause the second (อนุมัติ|ให้|ใช้). */
  subjectActionLink?: Lexicon;
  /** Bodies that act (กระทรวง, ธนาคาร, รัฐบาล), first in a phrase before a `subject_action` verb; `modal` entries (ได้, จะ) may stand between. */
  subjectAgent?: Lexicon;
  /** Measures of an amount (ปริมาณ): money after a figure they name is not that figure's value. */
  subjectAmount?: Lexicon;
  /** Words naming a compared goal's source (ตาม: ต่ำกว่าประมาณการตามเอกสารงบประมาณ): the figure after shares the subject before. */
  goalSource?: Lexicon;
  /** Words between a goal compared with and a figure that make it the goal's own value (ที่, ไว้). */
  goalValue?: Lexicon;
  /** Classifiers of people (คน, ราย): after an action verb they count who the phrase before names. */
  subjectPeople?: Lexicon;
  /** Nouns of people (ประชาชน; `prefix`: a word's start, ผู้): a count of people is of the first in its phrase; `with`: a word kept before it (ยอด); `name`: one making it a name's part (กระทรวง). */
  subjectPerson?: Lexicon;
  /** Words that make a length a measurement dated as other figures: `before` it (เฉลี่ย), `after` it (ต่อ). */
  durationMeasured?: Lexicon;
  /** A road's kilometre marks (กม. ที่): the number after "84+" after one is a chainage, no figure. */
  vetoChainage?: Lexicon;
  /** Words that start an address (ตำบล, หมู่ที่): between a name and its figure, not the subject. */
  subjectAddress?: Lexicon;
  /** Modifiers (สะสม): alone in a phrase, they join the noun before it. */
  subjectModifier?: Lexicon;
  /** Verbs that, first in a phrase, make it a predicate of the noun before it (มาเยือนประเทศไทยถึง 18 ล้านคน): no subject. */
  subjectPredicate?: Lexicon;
  /** Words of quality and size (ดี, แข็งแกร่ง, ขนาดใหญ่): alone in a phrase, they name nothing. */
  subjectQuality?: Lexicon;
  /** Words of a phase (ระยะ, งวด, ครั้ง): a phase alone (ระยะที่ 1) names a part of what is named before it. */
  subjectPhase?: Lexicon;
  /** A relative word glued after a count's classifier (ที่: 5 จังหวัดที่มีการเผามากที่สุด): the classifier and its clause name what is counted. */
  subjectRelative?: Lexicon;
  /** Regions and scopes glued after a count's classifier (ภาคเหนือ: 17 จังหวัดภาคเหนือ): the classifier and the word name what is counted. Read on the text. */
  subjectKindAfter?: Lexicon;
  /** Right before a year mention, words of a span's start (ตั้งแต่ปี 2565): a year before the text's dates no figure after it. */
  yearSince?: Lexicon;
  /** Right before a single day, words of a term's end (ถึงวันที่ 27 กุมภาพันธ์ 2568): the day dates no figure. */
  yearUntil?: Lexicon;
  /** Classifiers that name no kind (ราย, แห่ง, ตัว): before a relative clause, the phrase before them still names what is counted. */
  subjectCounter?: Lexicon;
  /** Classifiers that count places (แห่ง, จุด): the place after ณ before such a count is what it counts. */
  subjectPlaceCounter?: Lexicon;
  /** Words of exclusion (ไม่รวม): what follows them, to their list's last item, is left out of what is measured. */
  subjectExcept?: Lexicon;
  /** Words that open a list of examples (เช่น, อาทิ, ทั้ง): a figure totalling it is of the kind named before them. */
  subjectExamples?: Lexicon;
  /** Verbs of rise or fall that act on an object glued after them (ลด, ปรับขึ้น; เพิ่ม valued `lead`): the figure after the object is the change's size. */
  changeVerbObject?: Lexicon;
  /** Words that may stand glued right before a `lead` change_verb_object verb (จะ, ช่วย, การ, สามารถ). */
  changeVerbLead?: Lexicon;
  /** Places (ไทย, กรุงเทพฯ, จีน): after ใน, between what is measured and its figure, where it is (see dropLocatives). */
  subjectPlace?: Lexicon;
  /** Words that start a clause (โดย, ซึ่ง, มาจาก): a subject is not looked for before one. */
  clauseStart?: Lexicon;
  /** Year cues that, right after a figure, start the next item of a list (ปี 2562 … ปี 2561). */
  yearNextItem?: Lexicon;
  /** Right before a figure, a yearly rate (ปีละ): it takes no year from the references governing its paragraph. */
  yearPer?: Lexicon;
  /** Rates of interest or return: before a percentage per annum with no change word between, a product's term. */
  yearRateTerm?: Lexicon;
  /** Between a dated period and a length right after it, words that make the length the period's own (รวมระยะเวลา, สะสม). */
  yearSpanTotal?: Lexicon;
  /** Classifiers of kinds, parts and parties (ด้าน, ประเภท, ฝ่าย): such a count takes a year only from its own clause. */
  yearKindCount?: Lexicon;
  /** In a year mention or right before it, the words of a fiscal year (ปีงบประมาณ, งบฯ): it runs from the October before, so it may be one ahead of the news. */
  yearFiscal?: Lexicon;
  /** How far (characters) before a figure its subject is looked for. */
  subjectWindow: number;
  /** The longest line (characters) taken as a label for a figure opening the line after it. */
  labelLine: number;
  /** Every unit a rule of a measure captures (บาท, ตัน, ปี …; not a count's classifier): alone, it is no subject. */
  unitWords: Set<string>;
  /** Most characters between two figures for the second to share the first's subject. */
  joinWindow: number;
  /** Most characters between two figures for the second to restate the first's change. */
  restateWindow: number;
  /** Most characters between a figure and a time reference linked to it right after it. */
  yearLinkWindow: number;
  /** The date and year recognizers, built from the `date_*` words. */
  calendar: Calendar;
}

/** A `kind: mask` rule: text it matches holds no figure. */
export interface CompiledMask {
  id: string;
  kind: "mask";
  description?: string;
  priority: number;
  origin: string;
  pos: Pos;
  regexes: RegExp[];
  examples: RawExample[];
  counterexamples: Array<{ text: string; pos: Pos }>;
}

export interface RuleSet {
  rules: CompiledRule[];
  masks: CompiledMask[];
  lexicons: Map<string, Lexicon>;
  context: ContextSettings;
  /** Every lexicon surface: extra words for the segmenter's dictionary. */
  words: string[];
}

export interface RuleSource {
  /** Shown in messages: a path as the user gave it. */
  file: string;
  text: string;
  /** "built-in" or "user"; rules of a later origin override earlier ones by id. */
  origin: string;
}

const lexiconKey = (surface: string): string => matchView(surface).replace(/\s+/g, "");

/** Reads, checks and compiles rule sources. The RuleSet is usable only when `diagnostics` is empty. */
export function compileRules(sources: readonly RuleSource[]): { ruleSet: RuleSet; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const files: RawRuleFile[] = [];
  for (const source of sources) {
    const { data, diagnostics: found } = readRuleFile(source.file, source.text, source.origin);
    diagnostics.push(...found);
    files.push(data);
  }
  const at = (pos: Pos, offset = 0): Pick<Diagnostic, "file" | "line" | "col"> => ({ file: pos.file, line: pos.line, col: pos.col + offset });

  // Lexicons, merged across files.
  const lexicons = new Map<string, Lexicon>();
  for (const file of files) {
    for (const raw of file.lexicons) {
      const lexicon = lexicons.get(raw.name) ?? { name: raw.name, entries: new Map(), source: "" };
      // Entries of this file by key: a later file's entry replaces an earlier one's (a user's override),
      // but two in one file that differ only in spaces are one entry, the second silently lost.
      const own = new Map<string, LexiconEntry>();
      for (const entry of raw.entries) {
        const key = lexiconKey(entry.surface);
        const twin = own.get(key);
        // An empty key would occur at every offset: as a cue it says nothing.
        if (key === "") diagnostics.push({ ...at(entry.pos), code: "RULE_INVALID", message: `lexicon ${raw.name}: an entry must not be empty or only spaces, found ${JSON.stringify(entry.surface)}` });
        else if (twin) {
          const again = twin.surface === entry.surface ? `is listed already, on line ${twin.pos.line}`
            : `is the entry ${JSON.stringify(twin.surface)} of line ${twin.pos.line} again (a space in an entry matches none or more)`;
          diagnostics.push({ ...at(entry.pos), code: "RULE_INVALID", message: `lexicon ${raw.name}: ${JSON.stringify(entry.surface)} ${again}: remove one` });
        } else {
          own.set(key, entry);
          lexicon.entries.set(key, entry);
        }
      }
      lexicons.set(raw.name, lexicon);
    }
  }
  const lexiconSources = new Map<string, string>();
  for (const lexicon of lexicons.values()) {
    lexicon.source = lexiconSource([...lexicon.entries.values()].map((e) => matchView(e.surface)));
    lexiconSources.set(lexicon.name, lexicon.source);
  }

  // The date words, before any pattern: `{date}` and `{year}` are built from them.
  const calendar = compileCalendar(files, lexicons, diagnostics);
  const recognizers = recognizerSources(calendar.calendar);

  // Rules, layered by origin.
  const byId = new Map<string, RawRule>();
  /** Rules read with problems: compiled below for their checks, never part of the set. */
  const broken: RawRule[] = [];
  for (const file of files) {
    for (const rule of file.rules) {
      if (rule.broken) {
        broken.push(rule);
        continue;
      }
      const earlier = byId.get(rule.id);
      if (earlier && earlier.origin === rule.origin) {
        diagnostics.push({ ...at(rule.pos), code: "DUPLICATE_ID",
          message: `rule id "${rule.id}" is already defined at ${earlier.pos.file}:${earlier.pos.line}:${earlier.pos.col}` });
        continue;
      }
      if (earlier) byId.delete(rule.id); // an override takes the place of the rule it replaces, at the end
      byId.set(rule.id, rule);
    }
  }

  const rules: CompiledRule[] = [];
  const masks: CompiledMask[] = [];
  for (const raw of [...byId.values(), ...broken]) {
    const regexes: RegExp[] = [];
    const patternSources: string[] = [];
    let captures = new Map<string, CaptureSource>();
    let ok = true;
    raw.patterns.forEach((pattern, index) => {
      const compiled = compilePattern(pattern.source, lexiconSources, "dgu", recognizers);
      for (const problem of compiled.problems) {
        const where = at(pattern.pos, problem.offset);
        const end = problem.length === undefined ? {} : { endLine: where.line, endCol: where.col + problem.length };
        diagnostics.push({ ...where, ...end, code: problem.code, message: problem.message });
        ok = false;
      }
      if (compiled.regex) {
        regexes.push(compiled.regex);
        patternSources.push(compiled.source);
      }
      if (index === 0) captures = compiled.captures;
      else for (const [name, from] of compiled.captures) captures.set(name, from);
    });

    if (!ok) continue; // value and unit checks would only repeat the pattern's problem
    if (raw.kind === "mask") {
      if (raw.broken) continue;
      masks.push({
        id: raw.id, kind: "mask", priority: raw.priority, origin: raw.origin, pos: raw.pos, regexes,
        examples: raw.examples, counterexamples: raw.counterexamples,
        ...(raw.description !== undefined ? { description: raw.description } : {}),
      });
      continue;
    }
    const kind = raw.kind;
    const expression = (spec: { source: string; pos: Pos } | undefined, fallback: string | undefined): Expression | undefined => {
      const source = spec?.source ?? fallback;
      if (source === undefined) return undefined;
      try {
        const parsed = parseExpression(source);
        for (const name of references(parsed)) {
          if (!captures.has(name)) {
            diagnostics.push({ ...at(spec?.pos ?? raw.pos), code: "CAPTURE_UNDEFINED",
              message: `${spec ? "" : `default value "${source}": `}"${name}" is not captured by the pattern (captures: ${[...captures.keys()].join(", ") || "none"})` });
            ok = false;
          }
        }
        return parsed;
      } catch (error) {
        if (!(error instanceof ExpressionError)) throw error;
        diagnostics.push({ ...at(spec?.pos ?? raw.pos, error.offset), code: "RULE_INVALID", message: error.message });
        ok = false;
        return undefined;
      }
    };
    const unitCapture = captures.get("unit");
    const scaled = unitCapture?.type === "lexicon" && kind !== "date";
    const value = expression(raw.value, scaled ? "value * unit.factor" : "value");
    const valueMax = expression(raw.valueMax, captures.has("value_max") ? (scaled ? "value_max * unit.factor" : "value_max") : undefined);

    let unit: CompiledRule["unit"];
    if (raw.unit) {
      const m = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(raw.unit.source);
      if (m?.[1] !== undefined) {
        if (!captures.has(m[1])) {
          diagnostics.push({ ...at(raw.unit.pos), code: "CAPTURE_UNDEFINED", message: `unit: "${m[1]}" is not captured by the pattern` });
          ok = false;
        }
        unit = { capture: m[1] };
      } else unit = { literal: raw.unit.source };
    } else if (unitCapture) unit = { capture: "unit" };

    if (!ok || !value || raw.broken) continue;
    rules.push({
      id: raw.id, kind, order: rules.length, priority: raw.priority, origin: raw.origin, pos: raw.pos,
      regexes, numberLed: regexes.map((regex, i) => (isNumberLed(patternSources[i]!) ? stickyTwin(regex) : undefined)),
      patternSources, captures, value, examples: raw.examples, counterexamples: raw.counterexamples,
      ...(raw.description !== undefined ? { description: raw.description } : {}),
      ...(valueMax ? { valueMax } : {}),
      ...(unit ? { unit } : {}),
      ...(raw.qualifier ? { qualifier: raw.qualifier } : {}),
      ...(raw.target !== undefined ? { target: raw.target } : {}),
    });
  }

  const context = compileContext(files, lexicons, lexiconSources, diagnostics, calendar.calendar);
  // Units (the lexicons rules of measures capture as `unit`): alone, they name no subject. A
  // count's classifier is a noun too (พื้นที่ 40.8 ตารางกิโลเมตร: พื้นที่ is one), so it can.
  for (const rule of rules) {
    const unit = rule.captures.get("unit");
    if (unit?.type !== "lexicon" || rule.kind === "count") continue;
    for (const key of lexicons.get(unit.name)?.entries.keys() ?? []) context.unitWords.add(key);
  }
  // Deictic words are phrases (ปี + นี้) matched as runs of words: as dictionary words they would
  // swallow the unit of a figure before them (ภายใน 2 ปีนี้ would lose 2 ปี), and so would the
  // ordinals' words that veto the number after them (คนที่ 3: 500 คนที่ได้รับ would lose 500 คน,
  // 10 ปีที่แล้ว its 10 ปี). Date words are matched inside the date recognizer only: as dictionary
  // words they would recut the text around. A yearly rate's word (ปี|ละ) is read on the text: as one
  // dictionary word it would glue to the subject before it and hide the change before it (เพิ่มปีละ 500 คน).
  // A fiscal year's words (งบฯ) are read on the text too, and so are an entitlement's (ผู้ที่, ตามแผน: as
  // dictionary words they would glue to the nouns after them, ตามแผนแม่บท). Places are read on the
  // text too: as dictionary words they would recut the names they start (จีน|แดง). So are the words
  // that open a paragraph going on from the one before (year_continues): as dictionary words they
  // would glue to the subjects they open (ในขณะที่|รายได้…, อีกทั้ง|ยัง…); and those after a month
  // named alone that put it in the past (month_past: ที่แล้ว would glue to what follows it). So are the
  // regions glued after a classifier (subject_kind_after): as dictionary words they would glue to it.
  // Nouns of money (subject_value_noun) are matched against a subject found: as dictionary words they
  // would recut the measures they end (วง|เงินลงทุน for วงเงิน|ลงทุน). So are the words naming a share's part
  // after it (subject_share_part): as dictionary words they would recut อยู่|ในระดับ.
  const phrases = new Set([context.timeDeictic, context.subjectValueNoun, context.subjectLengthNoun, context.subjectAnniversary, context.subjectSharePart, context.vetoBefore, context.yearPer, context.yearFiscal, context.targetEntitlement, context.subjectPlace, context.yearContinues, context.lineContinues, context.monthPast, context.yearMeeting, context.targetApprover, context.targetApprovedNot, context.targetNamedSet, context.subjectKindAfter, context.yearSpanTotal, ...calendar.lexicons]);
  const words = [...new Set([...lexicons.values()].filter((l) => !phrases.has(l)).flatMap((l) => [...l.entries.values()].map((e) => e.surface)))]
    .filter((w) => /^[\u0e01-\u0e4e]+$/.test(w) && w.length > 1);
  return { ruleSet: { rules, masks, lexicons, context, words }, diagnostics };
}

/** The context keys that name a lexicon, each setting the ContextSettings field of its name in camel case. */
const LEXICON_KEYS = [
  "qualifier_before", "qualifier_after", "veto_before", "veto_after", "target_cues", "target_reset", "target_entitlement",
  "subject_join", "subject_total", "subject_count_of", "subject_one_of", "goal_source", "goal_value", "subject_trim", "subject_trim_end", "subject_cut", "subject_per", "subject_share_of", "subject_body_link", "subject_ratio_of",
  "year_link", "year_base", "year_base_clause", "year_base_figure", "year_as_of", "year_meeting", "year_effective", "year_continues", "year_since", "year_until", "line_continues", "time_deictic", "month_alone", "month_past", "change_before", "change_restate", "change_list", "cue_skip",
  "sign_negative", "comparison_cues", "target_goal_passed", "comparison_link", "comparison_period", "target_block",
  "target_after", "target_list", "veto_list", "subject_verbs", "subject_time", "subject_time_ordinal",
  "subject_head_after", "target_clause", "subject_head_keep", "subject_head_action", "subject_action",
  "subject_list", "duration_period", "period_span", "period_record", "period_reported", "subject_known_set", "target_not_before", "target_goal", "target_ahead", "target_approver", "target_approved_not", "target_named_set", "subject_prefix", "subject_keep", "subject_change_noun", "subject_action_link", "subject_agent", "subject_amount", "subject_people", "subject_person", "duration_measured", "veto_chainage", "clause_start", "subject_modifier", "subject_predicate",
  "subject_quality", "subject_phase", "subject_address", "subject_relative", "subject_kind_after", "subject_counter", "subject_place_counter", "subject_except", "subject_examples", "subject_place", "year_next_item", "year_per", "year_rate_term", "year_span_total", "year_kind_count", "year_fiscal", "list_intro", "year_era_cue", "year_respectively", "qualifier_top", "rank_units",
  "change_rate", "change_object", "change_verb_object", "change_verb_lead", "subject_value_noun", "subject_length_noun", "subject_anniversary", "subject_share_part",
] as const satisfies readonly ContextKey[];
type LexiconKey = (typeof LEXICON_KEYS)[number];

type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
/** `qualifier_before` → `qualifierBefore`. */
const fieldOf = <K extends LexiconKey>(key: K): CamelCase<K> => key.replace(/_(.)/g, (_, c: string) => c.toUpperCase()) as CamelCase<K>;

/** The fields of ContextSettings that hold a lexicon. */
type LexiconField = { [K in keyof ContextSettings]-?: NonNullable<ContextSettings[K]> extends Lexicon ? K : never }[keyof ContextSettings];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Checked when compiling: LEXICON_KEYS gives every lexicon field of ContextSettings, and no other.
const LEXICON_KEYS_COVER_SETTINGS: Same<CamelCase<LexiconKey>, LexiconField> = true;
void LEXICON_KEYS_COVER_SETTINGS;

function compileContext(
  files: readonly RawRuleFile[],
  lexicons: ReadonlyMap<string, Lexicon>,
  lexiconSources: ReadonlyMap<string, string>,
  diagnostics: Diagnostic[],
  calendar: Calendar,
): ContextSettings {
  const values: Partial<Record<ContextKey, { value: string | number; pos: Pos }>> = {};
  for (const file of files) Object.assign(values, file.context.values);
  const lexicon = (key: ContextKey): Lexicon | undefined => {
    const v = values[key];
    if (!v) return undefined;
    const found = lexicons.get(String(v.value));
    if (!found) {
      diagnostics.push({ file: v.pos.file, line: v.pos.line, col: v.pos.col, code: "LEXICON_UNDEFINED",
        message: `context ${key}: no lexicon named "${v.value}" (known: ${[...lexicons.keys()].join(", ")})` });
    }
    return found;
  };
  const number = (key: ContextKey, fallback: number): number => {
    const v = values[key]?.value;
    return typeof v === "number" ? v : fallback;
  };
  /** Compiles a pattern-valued context key, reporting its problems at the key's position. */
  const contextPattern = (key: ContextKey, flags: string) => {
    const entry = values[key];
    if (!entry) return undefined;
    const compiled = compilePattern(String(entry.value), lexiconSources, flags, recognizerSources(calendar));
    for (const problem of compiled.problems) {
      diagnostics.push({ file: entry.pos.file, line: entry.pos.line, col: entry.pos.col + problem.offset, code: problem.code, message: `context ${key}: ${problem.message}` });
    }
    return compiled;
  };
  let yearPattern: RegExp | undefined;
  const yp = values.year_pattern;
  const years = contextPattern("year_pattern", "dgu");
  if (yp && years) {
    if (years.regex && !years.captures.has("year")) {
      diagnostics.push({ file: yp.pos.file, line: yp.pos.line, col: yp.pos.col, code: "CAPTURE_UNDEFINED", message: "context year_pattern must capture {year:year}" });
    } else yearPattern = years.regex;
  }
  const settings: ContextSettings = {
    targetWindow: number("target_window", 200),
    targetReach: number("target_reach", 5),
    conditionWindow: number("condition_window", 300),
    yearWindow: number("year_window", 500),
    yearDayWindow: number("year_day_window", 1500),
    subjectMaxWords: number("subject_max_words", 14),
    subjectWindow: number("subject_window", 160),
    labelLine: number("label_line", 40),
    unitWords: new Set(),
    joinWindow: number("join_window", 60),
    restateWindow: number("restate_window", 30),
    yearLinkWindow: number("year_link_window", 12),
    calendar,
  };
  for (const key of LEXICON_KEYS) {
    const found = lexicon(key);
    if (found) settings[fieldOf(key)] = found;
  }
  if (yearPattern) settings.yearPattern = yearPattern;
  // Matched at the end of the text before a figure (see change.ts).
  const streak = contextPattern("change_streak", "u")?.regex;
  if (streak) settings.changeStreak = new RegExp(`(?:${streak.source})[ \\t]*$`, "u");
  return settings;
}

