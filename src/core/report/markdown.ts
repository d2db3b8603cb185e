import type { AnalysisJson } from '../common/analysisFormat';
import { plural, oneLine } from '../common/strings';

/**
 * A readable report of an analysis: who is quoted, the quotes several articles carry, where the
 * articles differ, then per article its quotes with speakers and the names it mentions. `sections`:
 * Markdown placed after the summary (the analyst's claims and notes, in the editor's report), each
 * starting with a level-2 heading.
 */
export function renderMarkdownReport(analysis: AnalysisJson, title = 'Crosscheck report', sections: readonly string[] = []): string {
  const out: string[] = [`# ${title}`, ''];
  const docs = Object.entries(analysis.documents);
  // An article by its outlet where known (its path after it), else by its path.
  const name = (doc: string) => {
    const outlet = analysis.sources?.[doc]?.outlet;
    return outlet ? `${outlet} (\`${doc}\`)` : `\`${doc}\``;
  };
  const quoteCount = docs.reduce((n, [, d]) => n + d.quotes.length, 0);
  const entityCount = docs.reduce((n, [, d]) => n + d.entities.length, 0);
  out.push(`${plural(docs.length, 'article')}, ${plural(quoteCount, 'quotation')}, ${plural(entityCount, 'entity mention', 'entity mentions')}.`, '');

  if (analysis.errors?.length) {
    out.push('## Files skipped', '');
    for (const e of analysis.errors) out.push(`- \`${e.path}\`: ${e.message}`);
    out.push('');
  }
  for (const section of sections) out.push(section.replace(/\n+$/, ''), '');

  // Who is quoted, across the corpus.
  const bySpeaker = new Map<string, number>();
  for (const [, d] of docs) for (const q of d.quotes) {
    const s = q.speaker ?? '(unattributed)';
    bySpeaker.set(s, (bySpeaker.get(s) ?? 0) + 1);
  }
  if (bySpeaker.size) {
    out.push('## Who is quoted', '', '| Speaker | Quotations |', '| --- | ---: |');
    for (const [s, n] of [...bySpeaker].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) out.push(`| ${escapeCell(s)} | ${n} |`);
    out.push('');
  }

  if (analysis.quoteClusters.length) {
    out.push('## Quotes carried by several articles', '');
    for (const c of analysis.quoteClusters) out.push(`- **${c.label}** — ${[...new Set(c.members.map((m) => m.doc))].map(name).join(', ')}`);
    out.push('');
  }

  if (analysis.discrepancies.length) {
    out.push('## Where the articles differ', '');
    for (const d of analysis.discrepancies) {
      out.push(`- **${d.label}** (${d.kind})`);
      for (const m of d.members) out.push(`  - ${name(m.doc)}: “${m.text}”`);
    }
    out.push('');
  }

  for (const [path, d] of docs) {
    const s = analysis.sources?.[path];
    out.push(`## ${s?.outlet ? `${s.outlet} — ${path}` : path}`, '');
    if (s?.headline || s?.date) out.push(`_${[s.headline, s.date].filter(Boolean).join(' · ')}_`, '');
    if (!d.quotes.length) out.push('_No quotations found._', '');
    for (const q of d.quotes) {
      const who = q.speaker ? `**${q.speaker}**` : '_unattributed_';
      out.push(`- ${who}${q.kind === 'partial' ? ' (partial)' : ''}: “${oneLine(q.text)}”`);
    }
    const names = new Map<string, { type: string; n: number }>();
    for (const e of d.entities) {
      const k = names.get(e.canonical) ?? { type: e.type, n: 0 };
      k.n++;
      names.set(e.canonical, k);
    }
    if (names.size) {
      out.push('', `Named: ${[...names].map(([name, { type, n }]) => `${name} (${type}${n > 1 ? `, ×${n}` : ''})`).join('; ')}.`);
    }
    out.push('');
  }
  return out.join('\n');
}



function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|');
}
