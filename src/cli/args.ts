/**
 * A small argv parser shared by the command-line tools: `--name value`, `--name=value` and boolean
 * `--flag`. Every problem is an ArgsError with a one-line message.
 */

export class ArgsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArgsError';
  }
}

export interface ArgSpec {
  /** Options that take a value, without the leading dashes (e.g. 'model'). */
  values?: readonly string[];
  /** Options that take no value (e.g. 'help'). */
  flags?: readonly string[];
  /** Whether arguments that are not options are allowed (default false). */
  positionals?: boolean;
}

export interface ParsedArgs {
  values: Record<string, string>;
  flags: Set<string>;
  positionals: string[];
}

/**
 * Parses argv (without node and the script). A value may itself start with a dash, except that
 * `--model --input x` reports a missing value for --model rather than reading '--input' as a file
 * name; write `--input=--x` to pass such a text. `--` ends the options.
 */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const valueNames = spec.values ?? [];
  const flagNames = spec.flags ?? [];
  const known = (name: string) => valueNames.includes(name) || flagNames.includes(name);
  const out: ParsedArgs = { values: {}, flags: new Set(), positionals: [] };
  let k = 0;
  while (k < argv.length) {
    const arg = argv[k++];
    if (arg === '--') {
      out.positionals.push(...argv.slice(k));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      if (!spec.positionals) throw new ArgsError(`unexpected argument '${arg}'`);
      out.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq < 0 ? arg : arg.slice(0, eq)).replace(/^--?/, '');
    if (!arg.startsWith('--') || !known(name)) {
      throw new ArgsError(`unknown option ${eq < 0 ? arg : arg.slice(0, eq)}`);
    }
    if (flagNames.includes(name)) {
      if (eq >= 0) throw new ArgsError(`option --${name} does not take a value`);
      out.flags.add(name);
      continue;
    }
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      const next = argv[k];
      const nextName = next?.startsWith('--') ? next.slice(2).split('=')[0] : undefined;
      if (next === undefined || (nextName !== undefined && known(nextName))) {
        throw new ArgsError(`option --${name} needs a value`);
      }
      value = next;
      k++;
    }
    if (Object.hasOwn(out.values, name)) throw new ArgsError(`option --${name} is given more than once`);
    out.values[name] = value;
  }
  return out;
}
