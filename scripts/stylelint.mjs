// Runs stylelint 18 on Node 20, the Node these machines have (Debian's nodesource 20.x).
// stylelint 18 asks for Node 22, and uses only a few of its built-ins: the Set methods
// (union, isDisjointFrom and friends, ES2025) and Map.groupBy (ES2024). They are defined here,
// following the specification's results, only when missing; on Node 22 or later this file adds
// nothing. Then stylelint's own command line runs with the arguments given.
const setMethods = {
  union(other) { const out = new Set(this); for (const v of other.keys()) out.add(v); return out; },
  intersection(other) { const out = new Set(); for (const v of this) if (other.has(v)) out.add(v); return out; },
  difference(other) { const out = new Set(this); for (const v of this) if (other.has(v)) out.delete(v); return out; },
  symmetricDifference(other) {
    const out = new Set(this);
    for (const v of other.keys()) { if (this.has(v)) out.delete(v); else out.add(v); }
    return out;
  },
  isSubsetOf(other) { for (const v of this) if (!other.has(v)) return false; return true; },
  isSupersetOf(other) { for (const v of other.keys()) if (!this.has(v)) return false; return true; },
  isDisjointFrom(other) { for (const v of this) if (other.has(v)) return false; return true; },
};
for (const [name, fn] of Object.entries(setMethods)) {
  if (typeof Set.prototype[name] !== 'function') {
    Object.defineProperty(Set.prototype, name, { value: fn, writable: true, configurable: true });
  }
}
if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value(items, key) {
      const out = new Map();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        if (!out.has(k)) out.set(k, []);
        out.get(k).push(item);
      }
      return out;
    },
    writable: true,
    configurable: true,
  });
}
await import(new URL('../node_modules/stylelint/bin/stylelint.mjs', import.meta.url));
