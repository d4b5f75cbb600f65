/**
 * A tolerant reader for the Structured Field Values of RFC 8941 (https://www.rfc-editor.org/rfc/rfc8941),
 * as far as rate-limit headers use them: lists and dictionaries of bare items with parameters,
 * e.g. `"default";r=0;t=30` or `limit=100, remaining=0, reset=30`. Inner lists are skipped.
 * Anything it cannot read gives undefined rather than a guess.
 */

export type BareItem = string | number | boolean;

export interface Member {
  /** The member's key in a dictionary; undefined in a list. */
  key?: string;
  value: BareItem;
  params: Record<string, BareItem>;
}

const TOKEN = /^[A-Za-z*][\w!#$%&'*+\-.^`|~:/]*/;
const KEY = /^[a-z*][a-z\d_\-.*]*/;
const NUMBER = /^-?\d{1,15}(?:\.\d{1,3})?/;

class Reader {
  constructor(
    private text: string,
    public at = 0,
  ) {}
  rest(): string {
    return this.text.slice(this.at, this.at + 256);
  }
  skip(): void {
    while (this.text[this.at] === ' ' || this.text[this.at] === '\t') this.at++;
  }
  peek(): string | undefined {
    return this.text[this.at];
  }
  done(): boolean {
    return this.at >= this.text.length;
  }
  match(re: RegExp): string | undefined {
    const m = re.exec(this.rest());
    if (m) this.at += m[0].length;
    return m?.[0];
  }
  bareItem(): BareItem | undefined {
    const c = this.peek();
    if (c === '"') {
      const m = /^"((?:[^"\\]|\\["\\])*)"/.exec(this.text.slice(this.at, this.at + 1024));
      if (!m) return undefined;
      this.at += m[0].length;
      return (m[1] as string).replace(/\\(["\\])/g, '$1');
    }
    if (c === '?') return this.match(/^\?[01]/) === '?1';
    if (c === ':') return this.match(/^:[\w+/=]*:/);
    const number = this.match(NUMBER);
    if (number !== undefined) return Number(number);
    return this.match(TOKEN);
  }
  params(): Record<string, BareItem> | undefined {
    const params: Record<string, BareItem> = {};
    while (this.peek() === ';') {
      this.at++;
      this.skip();
      const key = this.match(KEY);
      if (key === undefined) return undefined;
      let value: BareItem | undefined = true;
      if (this.peek() === '=') {
        this.at++;
        value = this.bareItem();
        if (value === undefined) return undefined;
      }
      params[key] = value;
    }
    return params;
  }
  /** One member: an item (or an inner list, read as `true`) with its parameters. */
  member(key?: string): Member | undefined {
    let value: BareItem | undefined;
    if (this.peek() === '(') {
      const close = this.text.indexOf(')', this.at);
      if (close < 0) return undefined;
      this.at = close + 1;
      value = true;
    } else value = this.bareItem();
    if (value === undefined) return undefined;
    const params = this.params();
    if (!params) return undefined;
    return key === undefined ? { value, params } : { key, value, params };
  }
}

function members(text: string, dictionary: boolean): Member[] | undefined {
  const reader = new Reader(text.slice(0, 4096).trim());
  const out: Member[] = [];
  while (!reader.done() && out.length < 50) {
    reader.skip();
    let member: Member | undefined;
    if (dictionary) {
      const key = reader.match(KEY);
      if (key === undefined) return undefined;
      if (reader.peek() === '=') {
        reader.at++;
        member = reader.member(key);
      } else {
        const params = reader.params(); // a bare key means `true` (RFC 8941 §3.2)
        member = params && { key, value: true, params };
      }
    } else member = reader.member();
    if (!member) return undefined;
    out.push(member);
    reader.skip();
    if (reader.done()) break;
    if (reader.peek() !== ',') return undefined;
    reader.at++;
    reader.skip();
    if (reader.done()) return undefined; // a trailing comma is an error (RFC 8941 §4.2.1)
  }
  return out;
}

export const parseList = (text: string): Member[] | undefined => members(text, false);
export const parseDictionary = (text: string): Member[] | undefined => members(text, true);
