import type { ParsedArgs } from './command';

export class UsageError extends Error {}

/**
 * `--flag value`, `--flag=value`, bare `--flag` (true), `-h` as `--help`, `--` ends flags.
 * Flags in `valueFlags` take the next argument; repeating one collects its values.
 */
export function parseArgs(argv: readonly string[], valueFlags: readonly string[], booleanFlags?: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string[] | true>();
  const known = booleanFlags ? new Set([...valueFlags, ...booleanFlags, 'help']) : undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      flags.set('help', true);
      continue;
    }
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (known && !known.has(name)) throw new UsageError(`unknown option --${name}`);
    if (valueFlags.includes(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      const previous = flags.get(name);
      flags.set(name, Array.isArray(previous) ? [...previous, value] : [value]);
    } else {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`);
      flags.set(name, true);
    }
  }
  return { positionals, flags };
}

export function flagValue(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags.get(name);
  return Array.isArray(value) ? value[value.length - 1] : undefined;
}

export function flagValues(args: ParsedArgs, name: string): string[] {
  const value = args.flags.get(name);
  return Array.isArray(value) ? value : [];
}

export function hasFlag(args: ParsedArgs, name: string): boolean {
  return args.flags.has(name);
}

/** A flag's value as a number above zero (a whole one when `whole`), or `fallback` when the flag is absent. */
export function positiveFlag(args: ParsedArgs, name: string, fallback: number, whole: boolean): number {
  const text = flagValue(args, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === '' || !(value > 0) || !Number.isFinite(value) || (whole && !Number.isInteger(value))) {
    throw new UsageError(`--${name} must be a ${whole ? 'positive whole number' : 'number above 0'}, not ${text}`);
  }
  return value;
}
