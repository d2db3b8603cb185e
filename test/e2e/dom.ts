// The few browser types the functions passed to page.evaluate() use. The project's tsconfig has no
// "dom" lib (everything else runs in Node), so those functions reach the page through
// `globalThis as unknown as PageWindow`.
export interface DomRect {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}

export interface DomNode {
  textContent: string | null;
}

export interface DomElement extends DomNode {
  className: string;
  classList: { contains(token: string): boolean };
  getBoundingClientRect(): DomRect;
  closest(selector: string): DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomRange {
  setStart(node: DomNode, offset: number): void;
  setEnd(node: DomNode, offset: number): void;
  getBoundingClientRect(): DomRect;
}

export interface PageWindow {
  document: {
    querySelector(selector: string): DomElement | null;
    querySelectorAll(selector: string): ArrayLike<DomElement>;
    createTreeWalker(root: DomElement, whatToShow: number): { nextNode(): DomNode | null };
    createRange(): DomRange;
  };
  getComputedStyle(el: DomElement): { backgroundColor: string; getPropertyValue(name: string): string };
  /** NodeFilter.SHOW_TEXT */
  NodeFilter: { SHOW_TEXT: number };
}
