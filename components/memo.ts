import { type Component, type FunctionComponent, h } from 'preact';

/**
 * A component that renders again only when one of its props changed (compared one by one). What
 * preact/compat's `memo` does, without importing preact/compat: that module adds hooks to every
 * element of every render on the page (some 10 ms per redraw of the history page).
 */
export function memo<Props extends object>(render: FunctionComponent<Props>): FunctionComponent<Props> {
  function shouldComponentUpdate(this: Component<Props>, next: Props): boolean {
    const previous = this.props as Props;
    const keys = Object.keys(next) as (keyof Props)[];
    return keys.length !== Object.keys(previous).length || keys.some((key) => previous[key] !== next[key]);
  }
  function Memoized(this: Component<Props>, props: Props) {
    this.shouldComponentUpdate = shouldComponentUpdate;
    return h(render, props);
  }
  Memoized.displayName = `Memo(${render.displayName ?? render.name})`;
  return Memoized;
}
