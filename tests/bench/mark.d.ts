// The part of mark.js (no types published) the bench uses.
declare module 'mark.js' {
  interface MarkRegExpOptions {
    acrossElements?: boolean;
    filter?: (textNode: Text, match: string, totalCounter: number, counter: number) => boolean;
    done?: (totalMatches: number) => void;
  }
  export default class Mark {
    constructor(context: Element | Element[] | string);
    markRegExp(regexp: RegExp, options?: MarkRegExpOptions): void;
  }
}
