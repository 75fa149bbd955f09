/**
 * Value building: a tiny arithmetic language over a rule's captures, so that rules stay data.
 *
 *   value: "rai + ngan / 4 + wa / 400"
 *   value: "value * unit.factor"
 *
 * Identifiers name captures; `name.factor`, `name.value` and `name.text` read a capture's
 * parts. Numbers, `+ - * /` and parentheses; nothing else (no calls, no code execution).
 * Captures that did not take part in the match are absent (see `evaluate`).
 */

/** What an identifier can read. */
export interface CaptureValue {
  text: string;
  /** A number (number, year and lexicon captures: for a lexicon, its factor) or an ISO date. */
  value: number | string;
  /** Lexicon captures: the canonical form (a unit code, a qualifier). */
  canonical?: string;
  factor: number;
}

export type Scope = ReadonlyMap<string, CaptureValue>;

export type Expression =
  | { type: "number"; value: number }
  | { type: "ref"; name: string; field?: "factor" | "value" | "text" | "canonical" }
  | { type: "binary"; op: "+" | "-" | "*" | "/"; left: Expression; right: Expression }
  | { type: "negate"; operand: Expression };

export class ExpressionError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_]+)?)|([-+*/()]))/y;

/** Parses an expression; throws ExpressionError with the offset of the problem. */
export function parseExpression(source: string): Expression {
  const tokens: Array<{ text: string; kind: "num" | "id" | "op"; offset: number }> = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const offset = TOKEN.lastIndex;
    const m = TOKEN.exec(source);
    if (!m) {
      if (/^\s*$/.test(source.slice(offset))) break;
      throw new ExpressionError(`unexpected "${source.slice(offset).trim()[0]}" in value expression`, offset);
    }
    if (m[1] !== undefined) tokens.push({ text: m[1], kind: "num", offset });
    else if (m[2] !== undefined) tokens.push({ text: m[2], kind: "id", offset });
    else if (m[3] !== undefined) tokens.push({ text: m[3], kind: "op", offset });
  }
  let i = 0;
  const peek = (): string | undefined => tokens[i]?.text;
  const fail = (msg: string): never => {
    throw new ExpressionError(msg, tokens[i]?.offset ?? source.length);
  };
  const primary = (): Expression => {
    const t = tokens[i];
    if (!t) return fail("value expression ends too early");
    i++;
    if (t.kind === "num") return { type: "number", value: Number(t.text) };
    if (t.kind === "id") {
      const [name = "", field] = t.text.split(".");
      if (field !== undefined && !["factor", "value", "text", "canonical"].includes(field)) {
        i--;
        return fail(`unknown field ".${field}" (expected .factor, .value, .text or .canonical)`);
      }
      return field ? { type: "ref", name, field: field as "factor" } : { type: "ref", name };
    }
    if (t.text === "(") {
      const inner = sum();
      if (peek() !== ")") return fail('expected ")"');
      i++;
      return inner;
    }
    if (t.text === "-") return { type: "negate", operand: primary() };
    i--;
    return fail(`unexpected "${t.text}"`);
  };
  /** A left-associative chain of `operand`s joined by `ops`: one precedence level. */
  const chain = (operand: () => Expression, ops: readonly string[]) => (): Expression => {
    let left = operand();
    for (let op = peek(); op !== undefined && ops.includes(op); op = peek()) {
      i++;
      left = { type: "binary", op: op as "+" | "-" | "*" | "/", left, right: operand() };
    }
    return left;
  };
  const product = chain(primary, ["*", "/"]);
  const sum = chain(product, ["+", "-"]);
  const result = sum();
  if (i < tokens.length) fail(`unexpected "${tokens[i]?.text}"`);
  return result;
}

/** Names of the captures an expression reads. */
export function references(e: Expression): string[] {
  switch (e.type) {
    case "number": return [];
    case "ref": return [e.name];
    case "negate": return references(e.operand);
    case "binary": return [...references(e.left), ...references(e.right)];
  }
}

/**
 * Evaluates an expression. A capture that did not take part in the match is absent: absent
 * times or divided by anything is absent, absent plus or minus a number is that number, so
 * `rai + ngan / 4` works without ngan and `value_max * unit.factor` gives nothing without
 * value_max. Undefined means no value (absent, or arithmetic on a non-number).
 */
export function evaluate(e: Expression, scope: Scope): number | string | undefined {
  switch (e.type) {
    case "number": return e.value;
    case "ref": {
      const capture = scope.get(e.name);
      if (!capture) return undefined;
      switch (e.field) {
        case "factor": return capture.factor;
        case "text": return capture.text;
        case "canonical": return capture.canonical ?? capture.text;
        default: return capture.value;
      }
    }
    case "negate": {
      const v = evaluate(e.operand, scope);
      return typeof v === "number" ? -v : undefined;
    }
    case "binary": {
      const a = evaluate(e.left, scope);
      const b = evaluate(e.right, scope);
      if ((a !== undefined && typeof a !== "number") || (b !== undefined && typeof b !== "number")) return undefined;
      if (e.op === "+" || e.op === "-") {
        if (a === undefined && b === undefined) return undefined;
        const x = a ?? 0;
        const y = b ?? 0;
        return e.op === "+" ? x + y : x - y;
      }
      if (a === undefined || b === undefined) return undefined;
      return e.op === "*" ? a * b : b === 0 ? undefined : a / b;
    }
  }
}
