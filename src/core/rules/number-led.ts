/**
 * Number-led patterns: those whose every match starts where a number does (`{number:value} ?
 * {currency:unit}`, also behind lookarounds: `(?<={money_cue} ?){number:value}`). Most rules are
 * such, and a document has far fewer number starts than characters, so the engine finds the
 * number starts once (`numberStarts`) and tries these patterns only there, anchored (a sticky
 * twin of the regex), instead of letting each one scan the whole text.
 */
import { RECOGNIZERS } from "./recognizers.js";

/** End (exclusive) of the group opening at `open` (a `(`), or -1 when it does not close. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") i++;
    else if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return i + 1;
  }
  return -1;
}

/** Whether `source` has a `|` outside every group and class: an alternative could then lead with anything. */
function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") i++;
    else if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth === 0) return true;
  }
  return false;
}

const ASSERTION = /^\(\?(?:=|!|<=|<!)/;
const CAPTURE_OPEN = /^\(\?<[A-Za-z_][A-Za-z0-9_]*>/;
const QUANTIFIER = /^[?*{]/;

/**
 * Whether every match of the expanded pattern `source` (pattern.ts) starts with the number
 * recognizer: zero-width assertions, then the recognizer (captured or not) not made optional, and
 * no alternative at the top that could lead otherwise. False whenever unsure: the pattern then
 * scans the text as usual.
 */
export function isNumberLed(source: string): boolean {
  if (hasTopLevelAlternation(source)) return false;
  let i = 0;
  while (ASSERTION.test(source.slice(i, i + 4))) {
    const end = groupEnd(source, i);
    if (end < 0 || QUANTIFIER.test(source.slice(end, end + 1))) return false;
    i = end;
  }
  const number = RECOGNIZERS.number;
  let end: number;
  const capture = CAPTURE_OPEN.exec(source.slice(i, i + 64));
  if (capture) {
    if (!source.startsWith(number, i + capture[0].length)) return false;
    end = groupEnd(source, i);
    if (end !== i + capture[0].length + number.length + 1) return false; // the group holds more than the number
  } else {
    if (!source.startsWith(number, i)) return false;
    end = i + number.length;
  }
  return !QUANTIFIER.test(source.slice(end, end + 1));
}

/** A sticky twin of a compiled pattern (same source and flags, plus `y`), to try at one offset. */
export function stickyTwin(regex: RegExp): RegExp {
  return new RegExp(regex.source, `${regex.flags.replace(/[gy]/g, "")}y`);
}

const NUMBER_SCAN = new RegExp(RECOGNIZERS.number, "gu");

/**
 * Every offset of `view` where the number recognizer matches, in order: overlapping ones too
 * (`ห้า` inside `สองแสนห้าหมื่น`, `แสน` after `5 `), since a pattern failing at one start is tried
 * again one character later. So every match of a number-led pattern starts at one of these.
 */
export function numberStarts(view: string): Int32Array {
  let starts = new Int32Array(64);
  let count = 0;
  NUMBER_SCAN.lastIndex = 0;
  for (let m = NUMBER_SCAN.exec(view); m; m = NUMBER_SCAN.exec(view)) {
    if (count === starts.length) {
      const grown = new Int32Array(count * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[count++] = m.index;
    NUMBER_SCAN.lastIndex = m.index + 1;
  }
  return starts.subarray(0, count);
}
