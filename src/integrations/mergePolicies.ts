/**
 * One Content-Security-Policy that every page's own policy fits in: each directive with the union
 * of its sources over all pages. Served as a header beside each page's <meta> policy, it adds
 * what a <meta> policy cannot carry (frame-ancestors) without loosening any page: a browser
 * enforces both, so each page still runs only what its own policy allows.
 */
export function mergePolicies(policies: readonly string[], extra: readonly string[] = []): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of [...policies, ...extra]) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const s of sources) set.add(s);
      directives.set(name, set);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
