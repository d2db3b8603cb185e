import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { EntityType } from '../core/common/types';
import type { EntityCorrections } from '../features/entities/entityCorrections';
import type { EntityGroup, QuotesEntitiesModel } from '../features/views/quotesEntitiesModel';

const TYPES: { type: EntityType; label: string }[] = [
  { type: 'person', label: 'Person' },
  { type: 'place', label: 'Place' },
  { type: 'organization', label: 'Organisation' },
];

/** The entity a command was invoked on: a tree node, or (from the palette) one the analyst picks. */
async function entityArg(arg: unknown, model: QuotesEntitiesModel, title: string): Promise<EntityGroup | undefined> {
  const node = arg as { kind?: string; group?: EntityGroup } | undefined;
  if (node?.kind === 'entity' && node.group) return node.group;
  await model.ready();
  const all = TYPES.flatMap(({ type }) => model.corpus().entities[type]);
  const pick = await vscode.window.showQuickPick(
    all.map((g) => ({ label: g.canonical, description: `${g.type} · ${mentions(g.mentions.length)}`, group: g })),
    { title, placeHolder: 'Which entity?', matchOnDescription: true },
  );
  return pick?.group;
}

export function registerEntityCorrectionCommands(corrections: EntityCorrections, model: QuotesEntitiesModel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(Commands.editEntityCorrections, () => corrections.open()),

    vscode.commands.registerCommand(Commands.ignoreEntity, async (arg?: unknown) => {
      const g = await entityArg(arg, model, 'Ignore Entity');
      if (!g) return;
      await corrections.edit(`ignore ${g.canonical}`, (json) => {
        json.ignore = [...new Set([...(json.ignore ?? []), g.canonical])];
      });
    }),

    vscode.commands.registerCommand(Commands.setEntityType, async (arg?: unknown) => {
      const g = await entityArg(arg, model, 'Change Entity Type');
      if (!g) return;
      const pick = await vscode.window.showQuickPick(
        TYPES.map((t) => ({ ...t, description: t.type === g.type ? 'current' : undefined })),
        { title: `Type of ${g.canonical}` },
      );
      if (!pick || pick.type === g.type) return;
      await corrections.edit(`${g.canonical} is a ${pick.type}`, (json) => {
        const rules = (json.entities ??= []);
        const rule = rules.find((r) => r.name === g.canonical);
        if (rule) rule.type = pick.type;
        else rules.push({ name: g.canonical, type: pick.type });
      });
    }),

    vscode.commands.registerCommand(Commands.renameEntity, async (arg?: unknown) => {
      const g = await entityArg(arg, model, 'Rename Entity');
      if (!g) return;
      const name = await vscode.window.showInputBox({
        title: `Canonical name of ${g.canonical}`,
        value: g.canonical,
        prompt: 'The one name Crosscheck uses for this entity across the folder',
        validateInput: (v) => (v.trim() ? undefined : 'A name cannot be empty'),
      });
      if (!name || name.trim() === g.canonical) return;
      await corrections.edit(`${g.canonical} is called ${name.trim()}`, (json) => {
        const rules = (json.entities ??= []);
        const rule = rules.find((r) => r.name === g.canonical);
        if (rule) rule.canonical = name.trim();
        else rules.push({ name: g.canonical, type: g.type, canonical: name.trim() });
      });
    }),

    // (arg: the entity; with: the one it is the same as — a node like arg, else picked)
    vscode.commands.registerCommand(Commands.mergeEntity, async (arg?: unknown, withArg?: unknown) => {
      const g = await entityArg(arg, model, 'Merge Entity');
      if (!g) return;
      const given = (withArg as { kind?: string; group?: EntityGroup } | undefined)?.group;
      const others = TYPES.flatMap(({ type }) => model.corpus().entities[type]).filter((o) => o !== g);
      const other =
        given ??
        (
          await vscode.window.showQuickPick(
            others.map((o) => ({ label: o.canonical, description: `${o.type} · ${mentions(o.mentions.length)}`, other: o })),
            { title: `Merge ${g.canonical} with…`, placeHolder: 'The entity it is the same as (its name and type are kept)', matchOnDescription: true },
          )
        )?.other;
      if (!other) return;
      if (other.canonical === g.canonical) {
        // One name read as two types ("White House" a place here, an organisation there): a merge rule
        // of the name with itself would change nothing; the name gets the kept entity's type.
        if (other.type === g.type) return;
        await corrections.edit(`${g.canonical} is one ${other.type}`, (json) => {
          const rules = (json.entities ??= []);
          const rule = rules.find((r) => r.name === g.canonical);
          if (rule) rule.type = other.type;
          else rules.push({ name: g.canonical, type: other.type });
        });
        return;
      }
      await corrections.edit(`${g.canonical} is ${other.canonical}`, (json) => {
        (json.merge ??= []).push([other.canonical, g.canonical]);
      });
    }),
  ];
}

function mentions(n: number): string {
  return `${n} mention${n === 1 ? '' : 's'}`;
}
