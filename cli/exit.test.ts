/**
 * How both commands end (cli/exit.ts): the status a command answers, one line for a failure nothing
 * expected, and standard output that fails under them: a reader that goes away (`| head`: EPIPE)
 * ends the run quietly with the command's own status; a full disk (`> /dev/full`: ENOSPC) or another
 * write error is one line and exit 2. A stand-in for the streams, since Node's own emit those errors
 * only when a real pipe or disk fails (cli/hostile-more.test.ts runs the real ones).
 */
import { fileErrorReason, runCommand, type Command, type OutputStream } from './exit';

type ErrorListener = (error: NodeJS.ErrnoException) => void;

class Stream implements OutputStream {
  readonly written: string[] = [];
  private listener: ErrorListener | undefined;
  constructor(private readonly fails?: 'throw' | 'emit', private readonly code = 'EPIPE') {}
  write(text: string): boolean {
    if (this.fails === 'throw') throw Object.assign(new Error(`${this.code}: write failed`), { code: this.code });
    if (this.fails === 'emit') queueMicrotask(() => this.listener?.(Object.assign(new Error(`${this.code}: write failed, write`), { code: this.code })));
    this.written.push(text);
    return true;
  }
  on(_event: 'error', listener: ErrorListener): this {
    this.listener = listener;
    return this;
  }
  emit(code: string): void {
    this.listener?.(Object.assign(new Error(`${code}: stream failed`), { code }));
  }
}

/** Runs `command` with stand-in streams; resolves once its answer and any queued stream error are in. */
async function run(command: Command, stdout = new Stream(), argv: string[] = []) {
  const stderr = new Stream();
  const exits: number[] = [];
  await runCommand('ld-test', command, argv, { stdout, stderr, setExit: (code) => exits.push(code) });
  await new Promise((resolve) => setImmediate(resolve));
  return { out: stdout.written.join(''), err: stderr.written.join(''), exit: exits[exits.length - 1], exits };
}

const prints = (text: string, code: number): Command => async (_argv, out) => {
  out(text);
  return code;
};

describe('runCommand', () => {
  it('sets the status the command answers, and prints what it prints', async () => {
    expect(await run(prints('report\n', 1))).toEqual({ out: 'report\n', err: '', exit: 1, exits: [1] });
    expect((await run(prints('', 0))).exit).toBe(0);
  });

  it('passes the arguments and standard error through', async () => {
    const r = await run(async (argv, _out, err) => {
      err(`${argv.join(' ')}\n`);
      return 2;
    }, new Stream(), ['a.xlsx', '--json']);
    expect([r.err, r.exit]).toEqual(['a.xlsx --json\n', 2]);
  });

  it('a reader that goes away (EPIPE) ends the run quietly, with the status the command answered', async () => {
    const r = await run(prints('report\n', 1), new Stream('emit', 'EPIPE'));
    expect(r.err).toBe('');
    expect(r.exit).toBe(1);
  });

  it('EPIPE before the command answers: nothing more is written, and its answer still stands', async () => {
    const stdout = new Stream();
    const r = await run(async (_argv, out) => {
      stdout.emit('EPIPE');
      out('never written');
      return 0;
    }, stdout);
    expect([r.out, r.err, r.exit]).toEqual(['', '', 0]);
  });

  it('a full disk (ENOSPC) is one line and exit 2, whatever the command answered', async () => {
    for (const fails of ['emit', 'throw'] as const) {
      const r = await run(prints('report\n', 0), new Stream(fails, 'ENOSPC'));
      expect(r.err).toBe('ld-test: cannot write to standard output: the disk is full\n');
      expect(r.exit).toBe(2);
    }
  });

  it('another write error is named in one line, exit 2', async () => {
    const r = await run(prints('report\n', 1), new Stream('throw', 'EIO'));
    expect(r.err).toBe('ld-test: cannot write to standard output: the disk reported an input/output error\n');
    expect(r.exit).toBe(2);
  });

  it('a failure nothing expected is one line (its first), exit 2, and with --json a JSON answer too', async () => {
    const fails: Command = async () => {
      throw new Error('Invalid string length\n    at somewhere (file.ts:1:1)');
    };
    const plain = await run(fails);
    expect([plain.out, plain.err, plain.exit]).toEqual(['', 'ld-test: unexpected failure: Invalid string length\n', 2]);
    const json = await run(fails, new Stream(), ['x.xlsx', '--json']);
    expect(JSON.parse(json.out)).toEqual({ ok: false, reason: 'unexpected failure: Invalid string length' });
    expect(json.exit).toBe(2);
  });

  it('a thrown value that is not an Error, with control characters, is shown safely', async () => {
    const r = await run(async () => {
      throw 'bad\u001b[2J';
    });
    expect(r.err).toBe('ld-test: unexpected failure: bad␛[2J\n');
  });
});

describe('fileErrorReason', () => {
  const error = (code: string) => Object.assign(new Error(`${code}: something, stat '/x'`), { code });
  it.each([
    ['ENOENT', 'no such file'],
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['ELOOP', 'the path goes round in a loop of symbolic links'],
    ['ENOTDIR', 'a part of the path is a file, not a folder'],
    ['ENAMETOOLONG', 'the path or a name in it is too long'],
    ['EISDIR', 'it is a folder, not a file'],
    ['ENOSPC', 'the disk is full'],
    ['EROFS', 'the disk is read-only'],
    ['EDQUOT', 'the disk quota is used up'],
    ['EMFILE', 'too many files are open'],
    ['ENFILE', 'too many files are open'],
    ['EIO', 'the disk reported an input/output error'],
  ])('%s: %s', (code, words) => {
    expect(fileErrorReason(error(code))).toBe(words);
  });

  it('keeps the first line of Node\'s text for a code it does not list, and words a thrown value', () => {
    expect(fileErrorReason(Object.assign(new Error('EBUSY: resource busy\nmore'), { code: 'EBUSY' }))).toBe('EBUSY: resource busy');
    expect(fileErrorReason('plain')).toBe('plain');
    expect(fileErrorReason(undefined)).toBe('undefined');
  });
});
