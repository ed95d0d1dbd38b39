/**
 * Who may import whom between domains: a domain uses another only through its index.ts, its models and
 * records (`*.models.ts`, `*.records.ts`) or a file that domain declares public (`publicFiles` of its
 * DomainModule: rules or statements it offers), never its resolvers, loaders or repositories; and no two domains depend on each other, directly
 * or round a longer loop. Every import counts, type-only ones too: a type is a dependency as much as a value.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { modules } from '../../src/modules.js';
import type { DomainModule } from '../../src/shared/domain-module.js';

const domainsDir = resolve(import.meta.dirname, '../../src/domains');
const domains = readdirSync(domainsDir).filter((d) => statSync(join(domainsDir, d)).isDirectory()).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return f.endsWith('.ts') ? [path] : [];
  });
}

interface CrossImport { from: string; fromDomain: string; toDomain: string; toFile: string }

/** Every import from one domain's file into another domain's folder, with the file it names. */
function crossDomainImports(): CrossImport[] {
  const found: CrossImport[] = [];
  for (const fromDomain of domains) {
    for (const file of sourceFiles(join(domainsDir, fromDomain))) {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      for (const { fileName } of importedFiles) {
        if (!fileName.startsWith('.')) continue;
        const target = relative(domainsDir, resolve(dirname(file), fileName));
        const [toDomain, ...rest] = target.split('/');
        if (!toDomain || toDomain.startsWith('..') || toDomain === fromDomain || !domains.includes(toDomain)) continue;
        found.push({ from: relative(domainsDir, file), fromDomain, toDomain, toFile: rest.join('/').replace(/\.js$/, '.ts') });
      }
    }
  }
  return found;
}

/** A domain's models and records (how its items are stored) are public by their names; other files by declaration. */
const publicByName = (file: string) => file === 'index.ts' || /^[\w-]+\.(models|records)\.ts$/.test(file);

/** The files a domain declares public: its DomainModule's publicFiles (module `businessPlans` is folder business-plans). */
function declaredPublic(domain: string): readonly string[] {
  const module: DomainModule | undefined = modules.find((m) => m.name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) === domain);
  if (!module) throw new Error(`src/domains/${domain} is not in src/modules.ts`);
  return module.publicFiles ?? [];
}

/** The loops of the domain graph (Tarjan's strongly connected components of two or more domains). */
function loops(edges: Map<string, Set<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (d: string) => {
    index.set(d, next); low.set(d, next); next++; stack.push(d);
    for (const to of edges.get(d) ?? []) {
      if (!index.has(to)) { visit(to); low.set(d, Math.min(low.get(d)!, low.get(to)!)); }
      else if (stack.includes(to)) low.set(d, Math.min(low.get(d)!, index.get(to)!));
    }
    if (low.get(d) === index.get(d)) {
      const component: string[] = [];
      let member: string;
      do { member = stack.pop()!; component.push(member); } while (member !== d);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const d of domains) if (!index.has(d)) visit(d);
  return found;
}

describe('imports between domains', () => {
  const imports = crossDomainImports();

  it('are found (the walk reads the tree)', () => {
    expect(imports.length).toBeGreaterThan(20);
    expect(imports).toContainEqual(expect.objectContaining({ fromDomain: 'traceability', toDomain: 'plans' }));
  });

  it('go through the other domain\'s index.ts or a file it declares public', () => {
    const offending: string[] = [];
    for (const domain of domains) {
      const declared = declaredPublic(domain);
      for (const i of imports.filter((x) => x.toDomain === domain && !publicByName(x.toFile) && !declared.includes(x.toFile))) {
        offending.push(`${i.from} imports ${domain}/${i.toFile}, which ${domain} does not declare public`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('declare public only files that exist and are not resolvers, loaders or repositories', () => {
    for (const domain of domains) {
      for (const file of declaredPublic(domain)) {
        expect(statSync(join(domainsDir, domain, file), { throwIfNoEntry: false })?.isFile(), `${domain}/${file}`).toBe(true);
        expect(file, `${domain}/${file}`).not.toMatch(/\.(resolvers|loaders|repository)\.ts$/);
      }
    }
  });

  it('take a domain\'s models and records as public by name, nothing else', () => {
    expect(['index.ts', 'plans.models.ts', 'plans.records.ts'].every(publicByName)).toBe(true);
    expect(['plans.repository.ts', 'plans.resolvers.ts', 'plan-item-writes.ts'].some(publicByName)).toBe(false);
  });

  it('make no loop: no two domains depend on each other, directly or through others', () => {
    const edges = new Map<string, Set<string>>();
    for (const i of imports) edges.set(i.fromDomain, (edges.get(i.fromDomain) ?? new Set()).add(i.toDomain));
    const described = loops(edges).map((loop) => `${loop.join(' ↔ ')}: ${imports
      .filter((i) => loop.includes(i.fromDomain) && loop.includes(i.toDomain)).map((i) => `${i.from} → ${i.toDomain}/${i.toFile}`).join(', ')}`);
    expect(described).toEqual([]);
  });

  it('would see a loop (the check itself)', () => {
    const edges = new Map([['plans', new Set(['links'])], ['links', new Set(['history'])], ['history', new Set(['plans'])]]);
    expect(loops(edges)).toEqual([['history', 'links', 'plans']]);
  });
});
