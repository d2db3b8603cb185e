/**
 * Where an article's sidecar lives. Paths are relative to the workspace (or CLI) folder, with '/'
 * separators, as FileSystemPort uses them.
 *
 *   adjacent (default):  news/bbc.txt  →  news/bbc.txt.annotations.json
 *   mirror:              news/bbc.txt  →  .crosscheck/annotations/news/bbc.txt.annotations.json
 */
export type SidecarLayout = { kind: 'adjacent' } | { kind: 'mirror'; folder: string };

export const ADJACENT: SidecarLayout = { kind: 'adjacent' };
export const SIDECAR_SUFFIX = '.annotations.json';
const RECOVERED = /\.annotations\.recovered-[^/]*\.json$/;

/** A layout from a setting: '' or undefined → adjacent, otherwise a mirror folder (e.g. '.crosscheck/annotations'). */
export function layoutFromSetting(folder: string | undefined): SidecarLayout {
  const f = (folder ?? '').trim().replace(/\\/g, '/').replace(/^\.\/+/, '').replace(/\/+$/, '');
  return f === '' || f === '.' ? ADJACENT : { kind: 'mirror', folder: f };
}

export function sidecarPathFor(articlePath: string, layout: SidecarLayout = ADJACENT): string {
  const p = `${articlePath}${SIDECAR_SUFFIX}`;
  return layout.kind === 'adjacent' ? p : `${layout.folder}/${p}`;
}

/** The article a sidecar belongs to, or undefined when the path is not a sidecar of this layout. */
export function articlePathForSidecar(sidecarPath: string, layout: SidecarLayout = ADJACENT): string | undefined {
  if (!sidecarPath.endsWith(SIDECAR_SUFFIX)) return undefined;
  let p = sidecarPath.slice(0, -SIDECAR_SUFFIX.length);
  if (layout.kind === 'mirror') {
    if (!p.startsWith(`${layout.folder}/`)) return undefined;
    p = p.slice(layout.folder.length + 1);
  }
  return p === '' ? undefined : p;
}

export function isSidecarPath(path: string): boolean {
  return path.endsWith(SIDECAR_SUFFIX);
}

/**
 * A recovery file next to the sidecar: name.txt.annotations.recovered-20260501T093000Z.json
 * (`attempt` > 1 appends -2, -3, … so two recoveries in one second never share a file).
 */
export function recoveryPathFor(articlePath: string, layout: SidecarLayout, at: Date, attempt = 1): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
  return sidecarPathFor(articlePath, layout).replace(/\.json$/, `.recovered-${stamp}${attempt > 1 ? `-${attempt}` : ''}.json`);
}

export function isRecoveryPath(path: string): boolean {
  return RECOVERED.test(path);
}

/** The article's file name (the sidecar's `source`). */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
