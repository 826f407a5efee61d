/**
 * `npm run --silent trace -- --model M.json --input TEXT [--target TEXT] [--flow]`
 *
 * Prints the full forward and backward trace as one JSON object on stdout (docs/model-format.md);
 * --flow adds the gradient-flow curves (key `flow`).
 * On bad input: one line on stderr naming the problem, nothing on stdout, exit code 2.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { readModelBytes } from '../engine/modelCheck';
import { traceText } from '../engine/traceJson';
import { ArgsError, parseArgs } from './args';

export const USAGE = 'usage: npm run --silent trace -- --model M.json --input TEXT [--target TEXT] [--flow]';

export type CommandResult = { code: 0; stdout: string } | { code: 2; stderr: string };

/** Reads the model file, naming the file and the reason in one line. */
function readModelFile(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (e as Error).message;
    throw new ArgsError(`cannot read model file '${path}': ${reason}`);
  }
}

/** The whole command as a function of argv: what to print and the exit code (read: the file system). */
export function runTrace(argv: readonly string[], read = readModelFile): CommandResult {
  try {
    const args = parseArgs(argv, { values: ['model', 'input', 'target'], flags: ['help', 'flow'] });
    if (args.flags.has('help')) return { code: 0, stdout: `${USAGE}\n` };
    for (const name of ['model', 'input']) {
      if (args.values[name] === undefined) throw new ArgsError(`missing option --${name} (${USAGE})`);
    }
    const { model: path, input, target } = args.values;
    const model = readModelBytes(read(path));
    const json = traceText(model, input, target, args.flags.has('flow'));
    return { code: 0, stdout: `${JSON.stringify(json)}\n` };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { code: 2, stderr: `${message.replace(/\s*[\r\n]+\s*/g, ' ')}\n` };
  }
}

function main(): void {
  // A closed pipe (e.g. `| head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  const result = runTrace(process.argv.slice(2));
  if (result.code === 0) process.stdout.write(result.stdout);
  else process.stderr.write(result.stderr);
  process.exitCode = result.code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
